package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;
import org.quire.testing.BookText;
import org.quire.testing.Samples;

/** Plain text as pasted from fan-fiction sites: title, chapters, notes, each guess a warning at its line. */
class TextReaderTest {
    @TempDir
    Path dir;

    private ImportedStory read(String name, String text, NoteMode mode) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new TextReader(mode).read(file);
    }

    @Test
    void theSeedsFirstParagraphIsItsNotesAndItsLastItsEndNotes() throws Exception {
        assumeTrue(Samples.hasSeed(), "the seed story is not at " + Samples.seed() + "; skipping");
        String seed = Files.readString(Samples.seed(), StandardCharsets.UTF_8);
        String[] paragraphs = seed.strip().split("\n\\s*\n");

        ImportedStory story = new TextReader(NoteMode.GUESS).read(Samples.seed());

        assertThat(story.oneShot()).isTrue();
        assertThat(story.metadata().get("notes")).isEqualTo(paragraphs[0]);
        assertThat(story.metadata().get("end_notes")).isEqualTo(paragraphs[paragraphs.length - 1]);
        String inner = seed.substring(seed.indexOf(paragraphs[1]), seed.lastIndexOf(paragraphs[paragraphs.length - 1]));
        assertThat(BookText.words(story.chapters().get(0).body())).isEqualTo(BookText.words(inner));
        assertThat(story.warnings()).extracting(Diagnostic::code).contains("IMPORT-NOTE", "IMPORT-TITLE");
        assertThat(story.warnings().stream().filter(d -> d.code().equals("IMPORT-NOTE")).map(d -> d.location().line()))
                .containsExactly(1, 102);
    }

    @Test
    void edgesTakesTheFirstAndLastParagraphsAndNoneTakesNothing() throws Exception {
        String text = "He ran.\n\nShe ran after him.\n\nThey both fell.\n";
        ImportedStory edges = read("run.txt", text, NoteMode.EDGES);
        assertThat(edges.metadata()).containsEntry("notes", "He ran.").containsEntry("end_notes", "They both fell.");
        ImportedStory none = read("run.txt", "A/N: hi!\n\n" + text, NoteMode.NONE);
        assertThat(none.metadata()).doesNotContainKeys("notes", "end_notes");
        assertThat(none.chapters().get(0).body()).startsWith("A/N: hi!");
    }

    @Test
    void dialogueAndNarrationAreNeverTakenForNotes() throws Exception {
        String text = "\"Please review the file,\" she said. \"Let me know how it was.\"\n\n"
                + "The story of the ship was an old one.\n\n"
                + "\"Thanks for reading,\" said the sign above the library door.\n";
        ImportedStory story = read("ship.txt", text, NoteMode.GUESS);
        assertThat(story.metadata()).doesNotContainKeys("notes", "end_notes");
        assertThat(BookText.words(story.chapters().get(0).body())).isEqualTo(BookText.words(text));
    }

    @Test
    void markedNotesDisclaimersTitleByAuthorAndChapterLines() throws Exception {
        String text = String.join("\n", "The Storm by Ada Quill", "",
                "Disclaimer: I don't own the characters.", "",
                "A/N: Written for a friend.", "",
                "~*~ Chapter 1 ~*~", "",
                "Rain came.", "",
                "Author's note: more soon!", "",
                "Chapter Two: The Calm", "",
                "The sea lay flat.", "",
                "oOo", "",
                "Morning.", "");
        ImportedStory story = read("storm.txt", text, NoteMode.GUESS);

        assertThat(story.metadata()).containsEntry("title", "The Storm").containsEntry("author", "Ada Quill")
                .containsEntry("disclaimer", "I don't own the characters.")
                .containsEntry("notes", "Written for a friend.");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Chapter 1", "Chapter Two: The Calm");
        assertThat(story.chapters().get(0).body()).isEqualTo("Rain came.");
        assertThat(story.chapters().get(0).endNotes()).isEqualTo("more soon!");
        assertThat(story.chapters().get(1).body()).isEqualTo("The sea lay flat.\n\n* * *\n\nMorning.");
        assertThat(story.warnings()).filteredOn(d -> d.code().equals("IMPORT-CHAPTER"))
                .extracting(d -> d.location().line()).containsExactly(7, 13);
    }

    @Test
    void oneParagraphPerLineWhenTheFileHasNoBlankLines() throws Exception {
        ImportedStory story = read("lines.txt", "First line here.\nSecond line here.\nThird.\n", NoteMode.NONE);
        assertThat(story.chapters().get(0).body()).isEqualTo("First line here.\n\nSecond line here.\n\nThird.");
        assertThat(story.metadata()).containsEntry("title", "lines");
    }

    @Test
    void markupInPlainTextIsEscapedSoEveryCharacterIsKept() throws Exception {
        ImportedStory story = read("marks.txt", "x\n\n# not a heading *or* _this_ [link] <b> 1. a & b &amp; {.c} | ~x~\n\n- not a list\n\n2. nor this\n", NoteMode.NONE);
        assertThat(story.chapters().get(0).body()).isEqualTo(
                "\\# not a heading \\*or\\* \\_this\\_ \\[link\\] \\<b\\> 1. a & b \\&amp; \\{.c\\} \\| \\~x\\~\n\n\\- not a list\n\n2\\. nor this");
    }

    @Test
    void windows1252IsReadWithAWarning() throws Exception {
        Path file = dir.resolve("old.txt");
        Files.write(file, "Caf\u00e9 \u201cnoir\u201d.\n\nEnd.\n".getBytes("windows-1252"));
        ImportedStory story = new TextReader(NoteMode.NONE).read(file);
        assertThat(story.chapters().get(0).body()).contains("Café “noir”.");
        assertThat(story.warnings()).extracting(Diagnostic::code).contains("IMPORT-ENCODING");
    }

    @Test
    void settingsParse() {
        assertThat(List.of("guess", "edges", "none")).extracting(NoteMode::parse)
                .containsExactly(NoteMode.GUESS, NoteMode.EDGES, NoteMode.NONE);
    }
}
