package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;

/**
 * What stands before the first chapter of an HTML or EPUB story (a blog's header, a title page
 * Calibre kept as a page) is metadata and notes, never a numbered "Chapter 1" (new user's trial
 * 2, finding 1).
 */
class HtmlFrontTest {
    private final Importer importer = new Importer(NoteMode.GUESS);

    @TempDir
    Path dir;

    @Test
    void aBlogsHeaderBeforePartOneIsTheStorysDetails() throws Exception {
        ImportedStory story = importer.read(FormatReadersTest.RESOURCES.resolve("trial/dreamwidth-export.html"));
        assertThat(story.metadata()).containsEntry("title", "Paper Lanterns").containsEntry("author", "inkwell_dreams")
                .containsEntry("fandoms", List.of("Original Work")).containsEntry("rating", "G")
                .containsEntry("notes", "Written for the summer prompt meme. Prompt was \"lanterns\"!");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Part One", "Part Two");
        assertThat(story.chapters().get(0).body()).startsWith("Mei's lantern would not float.");
        assertThat(story.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("'Words: 400' left out"));
    }

    @Test
    void aTitlePageWithNotesBeforeChapterOneIsMetadataAndTextIsAnOpening() throws Exception {
        Path file = dir.resolve("compass.html");
        Files.writeString(file, "<html><head><title>Broken Compass</title></head><body>"
                + "<h1>Broken Compass</h1><p>by starlight_scribe</p>"
                + "<p>Disclaimer: I don't own Pirates of the Caribbean.</p><p>A/N: Hey guys! This is my first POTC fic.</p>"
                + "<h1>Chapter 1: The Storm</h1><p>The wind had been rising since noon.</p>"
                + "<h1>Chapter 2: Landfall</h1><p>They saw land at dawn.</p></body></html>", StandardCharsets.UTF_8);
        ImportedStory story = importer.read(file);
        assertThat(story.metadata()).containsEntry("title", "Broken Compass").containsEntry("author", "starlight_scribe")
                .containsEntry("disclaimer", "I don't own Pirates of the Caribbean.")
                .containsEntry("notes", "Hey guys! This is my first POTC fic.");
        assertThat(story.chapters()).extracting(ImportedChapter::title)
                .containsExactly("Chapter 1: The Storm", "Chapter 2: Landfall");

        Path opening = dir.resolve("opening.html");
        Files.writeString(opening, "<html><body><h1>Storm</h1><p>The sea had been quiet for a week.</p>"
                + "<h2>Chapter 1</h2><p>The wind rose.</p><h2>Chapter 2</h2><p>It fell.</p></body></html>",
                StandardCharsets.UTF_8);
        ImportedStory withOpening = importer.read(opening);
        assertThat(withOpening.chapters()).extracting(ImportedChapter::title).doesNotContain("");
        assertThat(withOpening.chapters().get(0).body()).contains("The sea had been quiet for a week.");
    }
}
