package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quire.model.Diagnostic;
import org.quire.testing.BookText;

/**
 * A Word manuscript's front (title page, byline, dedication; pandoc's Subtitle and Author
 * paragraphs) is metadata, never a numbered "Chapter 1", and centred "Chapter One" lines start
 * chapters in a document without heading styles, and in Calibre's EPUB of it (new user's trial
 * 2, findings 1, 10 and 12). The documents are the trial's, made by LibreOffice, pandoc and
 * Calibre ({@code import/trial/README.md}).
 */
class DocxFrontTest {
    private static final Path TRIAL = FormatReadersTest.RESOURCES.resolve("trial");
    private final Importer importer = new Importer(NoteMode.GUESS);

    @ParameterizedTest
    @ValueSource(strings = {"skerry-title-page.docx", "skerry-headings.docx", "skerry-nobreaks.docx"})
    void aManuscriptsFrontIsItsTitleBylineAndDedication(String name) throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve(name));
        assertThat(story.metadata()).containsEntry("title", "The Lighthouse at Skerry").containsEntry("author", "Ann Nolan")
                .containsEntry("dedication", "For my father, who kept the light.");
        assertThat(story.chapters()).extracting(ImportedChapter::title)
                .containsExactly("Chapter One", "Chapter Two", "Chapter Three");
        assertThat(story.chapters().get(0).body()).startsWith("The keeper’s cottage had two rooms");
        assertThat(story.chapters().get(2).body()).contains("“Well,” said Nora.");
        assertThat(story.warnings()).filteredOn(d -> d.code().equals("IMPORT-TITLE")).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("'by Ann Nolan'")).anyMatch(m -> m.contains("as the dedication"));

        // Every word of the document is kept: the front's in metadata, the rest in the chapters.
        List<String> kept = new ArrayList<>(BookText.words(story.title() + " by " + story.metadata().get("author") + " "
                + story.metadata().get("dedication")));
        kept.addAll(ToolFilesTest.textWords(story));
        assertThat(kept).startsWith("The", "Lighthouse", "at", "Skerry", "by", "Ann", "Nolan", "For", "my", "father",
                "who", "kept", "the", "light", "Chapter", "One", "The", "keeper's");
    }

    @Test
    void pandocsSubtitleAndAuthorsAreMetadata() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("ember-and-ash-pandoc.docx"));
        assertThat(story.metadata()).containsEntry("title", "Ember & Ash: a novelette")
                .containsEntry("author", List.of("Priya Raman", "Jo Castillo")).containsEntry("published", "2022-03-05");
        assertThat(story.chapters().get(0).title()).doesNotContain("novelette").isNotEqualTo("");
        assertThat(story.chapters()).allSatisfy(chapter -> assertThat(chapter.body()).doesNotContain("Priya", "novelette"));
        assertThat(story.chapters().get(0).body()).contains("The fire started in the bakery");
    }

    @Test
    void calibresEpubOfTheManuscriptIsCutAtItsChapterLines() throws Exception {
        // Calibre made the EPUB from the Word file: no headings, no contents, centred bold "Chapter One" lines.
        ImportedStory story = importer.read(TRIAL.resolve("skerry-calibre.epub"));
        assertThat(story.chapters()).extracting(ImportedChapter::title)
                .containsExactly("Chapter One", "Chapter Two", "Chapter Three");
        assertThat(story.metadata()).containsEntry("title", "The Lighthouse at Skerry").containsEntry("author", "Ann Nolan")
                .containsEntry("dedication", "For my father, who kept the light.");
        assertThat(story.chapters().get(0).body()).startsWith("The keeper’s cottage").contains("[^1]")
                .contains("[^1]: The Commissioners of Irish Lights").doesNotContain("Chapter Two");
        assertThat(story.chapters().get(1).body()).contains("[^2]").contains("[^2]: On the Beaufort scale");
        // The centred '* * *' and '#' lines are scene breaks, not escaped centred text (finding 13).
        assertThat(story.chapters().get(0).body()).contains("\n\n* * *\n\n").doesNotContain("\\*");
        assertThat(story.chapters().get(1).body()).contains("\n\n* * *\n\n").doesNotContain("\\#");
        assertThat(story.chapters().get(2).body()).endsWith("“Well,” said Nora.");
    }
}
