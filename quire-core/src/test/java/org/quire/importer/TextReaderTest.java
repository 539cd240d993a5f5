package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.markdown.MarkdownConverter;
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
        ImportedStory story = read("marks.txt", "Marks\n\n# not a heading *or* _this_ [link] <b> 1. a & b &amp; {.c} | ~x~ ~~y~~"
                + " starlight_scribe a_b_c\n\n- not a list\n\n2. nor this\n", NoteMode.NONE);
        // A single tilde and an underscore inside a word are no markup, so they stay as typed (trial 2, finding 16).
        assertThat(story.chapters().get(0).body()).isEqualTo(
                "\\# not a heading \\*or\\* \\_this\\_ \\[link\\] \\<b\\> 1. a & b \\&amp; \\{.c\\} \\| ~x~ \\~\\~y\\~\\~"
                        + " starlight_scribe a_b_c\n\n\\- not a list\n\n2\\. nor this");
        String page = new MarkdownConverter("en").convert(story.chapters().get(0).body(), dir.resolve("marks.md"), 1, "c",
                Optional.of("")).xhtml().markup();
        assertThat(page).contains("_this_", "~x~ ~~y~~ starlight_scribe a_b_c").doesNotContain("<em>", "<del>", "\\");
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
    void notesBeforeTheFirstChapterAreAllKeptInOrder() throws Exception {
        ImportedStory story = read("fournotes.txt", String.join("\n\n", "A/N: Thanks to my beta.",
                "A/N: This is for the prompt.", "Note: Set after season 3.", "A/N: Reviews make me write faster!",
                "Chapter 1", "The rain fell hard.", "She waited.", "Chapter 2", "Morning came.") + "\n", NoteMode.GUESS);
        assertThat(story.metadata().get("notes")).isEqualTo("Thanks to my beta.\n\nThis is for the prompt.\n\n"
                + "Set after season 3.\n\nReviews make me write faster!");
        assertThat(story.chapters()).extracting(ImportedChapter::body).containsExactly("The rain fell hard.\n\nShe waited.",
                "Morning came.");
    }

    @Test
    void eachBlockIsReadForWhatItsLinesAre() throws Exception {
        String paste = "Three years later\n\nAlex walked in. He was tired.\nJo looked up from the chart.\n"
                + "\"You came back,\" she said.\nHe nodded.\nA/N: thanks for reading, please review!\n";
        ImportedStory story = read("paste.txt", paste, NoteMode.GUESS);
        assertThat(story.title()).isEqualTo("paste");
        assertThat(story.chapters().get(0).body()).isEqualTo("Three years later\n\nAlex walked in. He was tired.\n\n"
                + "Jo looked up from the chart.\n\n\"You came back,\" she said.\n\nHe nodded.");
        assertThat(story.metadata()).containsEntry("end_notes", "thanks for reading, please review!");
        assertThat(story.warnings()).filteredOn(d -> d.code().equals("IMPORT-PARAGRAPHS"))
                .extracting(d -> d.location().line()).containsExactly(3);

        String wrapped = "The Field\n\nIt was the best of times, it was the worst of times, it was the age of\n"
                + "wisdom, it was the age of foolishness, it was the epoch of belief, it was\nthe epoch of incredulity.\n\n"
                + "Roses are red\nviolets are blue\nsugar is sweet\n";
        ImportedStory prose = read("field.txt", wrapped, NoteMode.NONE);
        assertThat(prose.chapters().get(0).body()).isEqualTo("It was the best of times, it was the worst of times, it was"
                + " the age of\nwisdom, it was the age of foolishness, it was the epoch of belief, it was\n"
                + "the epoch of incredulity.\n\nRoses are red  \nviolets are blue  \nsugar is sweet");
    }

    @Test
    void storyTextIsNotTakenForNotes() throws Exception {
        String british = "Tea and Rain\n\n\u2018Where were you?\u2019 she asked.\n\nHe didn\u2019t answer.\n\n"
                + "\u2018Let me know next time,\u2019 she said, and you guys would have laughed to see his face.\n";
        assertThat(read("british.txt", british, NoteMode.GUESS).metadata()).doesNotContainKeys("notes", "end_notes");
        String first = "Summer\n\nThe lake was warm that year.\n\nWe swam every day until August.\n\n"
                + "It was my first love, and I never forgot it.\n";
        ImportedStory summer = read("firstperson.txt", first, NoteMode.GUESS);
        assertThat(summer.metadata()).doesNotContainKeys("notes", "end_notes");
        assertThat(BookText.words(summer.chapters().get(0).body()))
                .isEqualTo(BookText.words(first.substring(first.indexOf("The lake"))));
    }

    @Test
    void aTitleLineIsSetLikeATitleAndByNamesAnAuthor() throws Exception {
        String text = "\n\nThe road was long and the night was cold.\n\nThey walked until dawn.\n";
        ImportedStory stand = read("stand.txt", "Stand by Me" + text, NoteMode.NONE);
        assertThat(stand.metadata()).containsEntry("title", "Stand by Me").doesNotContainKey("author");
        assertThat(read("s.txt", "Nightfall by moon_writer22" + text, NoteMode.NONE).metadata())
                .containsEntry("title", "Nightfall").containsEntry("author", "moon_writer22");
        assertThat(read("three-years.txt", "Three years later" + text, NoteMode.NONE).title()).isEqualTo("three years");
    }

    @Test
    void aContentsListIsKeptAsTextNotTakenForEmptyChapters() throws Exception {
        String toc = "Contents\n\nChapter 1: Rain\n\nChapter 2: Sun\n\nChapter 1: Rain\n\nIt rained.\n\n"
                + "Chapter 2: Sun\n\nIt shone.\n";
        ImportedStory story = read("toc.txt", toc, NoteMode.GUESS);
        // The list is the text before the first chapter: an opening titled by its own first line, never "Chapter 1".
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Contents", "Chapter 1: Rain",
                "Chapter 2: Sun");
        assertThat(story.chapters().get(0).body()).isEqualTo("Chapter 1: Rain\n\nChapter 2: Sun");
        assertThat(story.warnings()).extracting(Diagnostic::code).contains("IMPORT-CONTENTS", "IMPORT-OPENING");
    }

    @Test
    void utf16WithItsMarkIsReadAndBinaryIsRefused() throws Exception {
        Path utf16 = dir.resolve("u16.txt");
        byte[] text = "Winter Song\n\nSnow fell on the caf\u00e9.\n\nShe smiled.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] marked = new byte[text.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(text, 0, marked, 2, text.length);
        Files.write(utf16, marked);
        ImportedStory story = new TextReader(NoteMode.NONE).read(utf16);
        assertThat(story.title()).isEqualTo("Winter Song");
        assertThat(story.chapters().get(0).body()).isEqualTo("Snow fell on the caf\u00e9.\n\nShe smiled.");

        Path binary = dir.resolve("binary.txt");
        byte[] bytes = new byte[4096];
        new java.util.Random(4).nextBytes(bytes);
        Files.write(binary, bytes);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextReader(NoteMode.GUESS).read(binary))
                .isInstanceOf(org.quire.model.StoryException.class).hasMessageContaining("IMPORT-NOT-TEXT")
                .hasMessageContaining("save it as UTF-8 text");
    }

    @Test
    void aStoryCanHaveItsOwnNoteSetting() throws Exception {
        String text = "He ran.\n\nShe ran after him.\n\nThey both fell.\n";
        Files.writeString(dir.resolve("seed.txt"), text);
        Files.writeString(dir.resolve("other.txt"), text);
        Importer importer = new Importer(NoteSettings.parse("none,seed.txt=edges"));
        assertThat(importer.read(dir.resolve("seed.txt")).metadata()).containsEntry("notes", "He ran.");
        assertThat(importer.read(dir.resolve("other.txt")).metadata()).doesNotContainKey("notes");
        assertThat(importer.fingerprint(dir.resolve("seed.txt"))).isNotEqualTo(importer.fingerprint(dir.resolve("other.txt")));
        assertThat(NoteSettings.parse("guess").with("drafts/a.txt=none").modeFor(Path.of("x", "drafts", "a.txt")))
                .isEqualTo(NoteMode.NONE);
    }

    @Test
    void settingsParse() {
        assertThat(List.of("guess", "edges", "none")).extracting(NoteMode::parse)
                .containsExactly(NoteMode.GUESS, NoteMode.EDGES, NoteMode.NONE);
    }
}
