package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;
import org.quire.testing.BookText;

/**
 * Each reader on small files made by the real tools (pandoc 3, Calibre's ebook-convert; see
 * {@code import/tools/README.md}) and AO3 downloads written after otwarchive's templates:
 * metadata mapped, notes in their places, chapters in order, every word kept.
 */
class FormatReadersTest {
    static final Path RESOURCES = Path.of("src/test/resources/import");
    private final Importer importer = new Importer(NoteMode.GUESS);

    @TempDir
    Path dir;

    /** The words of the story's text in {@code tools/source.md}: everything below its front matter, headings out. */
    static List<String> sourceWords() throws Exception {
        String source = Files.readString(RESOURCES.resolve("tools/source.md"));
        String body = source.substring(source.indexOf("\n---\n", 4) + 5).replaceAll("(?m)^# .*$", "");
        return BookText.words(body.replace("[^1]:", "").replace("[^1]", ""));
    }

    private static List<String> words(ImportedStory story) {
        StringBuilder text = new StringBuilder();
        story.chapters().forEach(c -> text.append(c.body().replaceAll("\\[\\^\\d+\\]:?", "")).append('\n'));
        return BookText.words(text.toString());
    }

    @Test
    void ao3DownloadMapsPrefaceChaptersNotesAndAfterword() throws Exception {
        ImportedStory story = importer.read(RESOURCES.resolve("ao3/lanterns.html"));

        assertThat(story.format()).isEqualTo("ao3-html");
        assertThat(story.metadata()).containsEntry("title", "Lanterns Over Harrow Bay")
                .containsEntry("author", "samreed").containsEntry("rating", "General Audiences")
                .containsEntry("warnings", List.of("No Archive Warnings Apply"))
                .containsEntry("categories", List.of("F/F", "Gen"))
                .containsEntry("fandoms", List.of("Original Work"))
                .containsEntry("relationships", List.of("Ada/Lune"))
                .containsEntry("characters", List.of("Ada", "Lune"))
                .containsEntry("tags", List.of("Fluff", "Lighthouses", "Found Family"))
                .containsEntry("language", "en")
                .containsEntry("series", Map.of("name", "Harrow Bay", "part", 2))
                .containsEntry("published", "2023-06-01").containsEntry("updated", "2023-07-15")
                .containsEntry("status", Map.of("state", "in-progress", "chapters", 3))
                .containsEntry("source", "http://archiveofourown.org/works/123456")
                .containsEntry("summary", "Every autumn the bay fills with *paper lanterns*. This year Ada means to light one.")
                .containsEntry("notes", "Written for the Harrow Bay prompt week. Thank you to my beta, K!")
                .containsEntry("end_notes", "Thanks for reading! Come say hi on my blog.");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("The Paper Shop", "");
        ImportedChapter first = story.chapters().get(0);
        assertThat(first.summary()).isEqualTo("Ada buys paper.");
        assertThat(first.notes()).isEqualTo("The shop is based on one in my hometown.");
        assertThat(first.endNotes()).isEqualTo("Next chapter: the lighting!");
        assertThat(first.body()).startsWith("The paper shop on Quay Street").contains("**red**");
        assertThat(story.chapters().get(1).body()).contains("\n\n* * *\n\n").contains("promised. 2. Not a list.")
                .doesNotContain("drop by", "Afterword", "Preface");
    }

    @Test
    void ao3OneShotKeepsCharactersThatLookLikeMarkup() throws Exception {
        ImportedStory story = importer.read(RESOURCES.resolve("ao3/tea.html"));
        assertThat(story.oneShot()).isTrue();
        assertThat(story.metadata()).containsEntry("status", Map.of("state", "complete", "chapters", 1))
                .doesNotContainKey("end_notes");
        assertThat(story.chapters().get(0).body()).contains("with_underscores\\_ and \\*stars\\*");
    }

    @Test
    void epubFromPandocAndCalibre() throws Exception {
        for (String name : List.of("tools/pandoc.epub", "tools/calibre.epub")) {
            ImportedStory story = importer.read(RESOURCES.resolve(name));
            assertThat(story.metadata()).as(name).containsEntry("title", "The Glass Orchard")
                    .containsEntry("author", "Wren Halloway")
                    .containsEntry("summary", "Two sisters tend an orchard where the apples ring like bells.");
            assertThat(story.chapters()).as(name).extracting(ImportedChapter::title)
                    .containsExactly("The First Frost", "The Ringing");
            assertThat(words(story)).as(name).containsExactlyInAnyOrderElementsOf(sourceWords());
        }
        ImportedStory calibre = importer.read(RESOURCES.resolve("tools/calibre.epub"));
        assertThat(calibre.metadata()).containsEntry("series", Map.of("name", "Orchard Tales", "part", 2))
                .containsEntry("tags", List.of("Magical Realism", "Sisters"));
        assertThat(calibre.cover()).isPresent();
        ImportedStory pandoc = importer.read(RESOURCES.resolve("tools/pandoc.epub"));
        assertThat(pandoc.metadata()).containsEntry("language", "en-GB").containsEntry("published", "2021-03-04");
        assertThat(pandoc.chapters().get(0).body()).contains("rungs.[^1]")
                .endsWith("[^1]: Tam never wore shoes in the orchard; she said the trees could tell.");
        assertThat(words(pandoc)).containsExactlyElementsOf(sourceWords());
    }

    @Test
    void docxFromPandoc() throws Exception {
        ImportedStory story = importer.read(RESOURCES.resolve("tools/pandoc.docx"));
        assertThat(story.metadata()).containsEntry("title", "The Glass Orchard").containsEntry("author", "Wren Halloway");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("The First Frost", "The Ringing");
        assertThat(story.chapters().get(0).body()).contains("*bells*", "**silent**", "\n\n* * *\n\n", "rungs.[^1]",
                "[^1]: Tam never wore shoes");
        assertThat(words(story)).containsExactlyElementsOf(sourceWords());
    }

    @Test
    void genericHtmlFromPandoc() throws Exception {
        ImportedStory story = importer.read(RESOURCES.resolve("tools/pandoc.html"));
        assertThat(story.format()).isEqualTo("html");
        assertThat(story.metadata()).containsEntry("title", "The Glass Orchard").containsEntry("author", "Wren Halloway")
                .containsEntry("language", "en-GB");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("The First Frost", "The Ringing");
        assertThat(words(story)).containsExactlyElementsOf(sourceWords());
    }

    @Test
    void markdownWithoutFrontMatterTakesItsHeadingAsTitle() throws Exception {
        Path file = dir.resolve("night.md");
        Files.writeString(file, "\n# The Long Night\n\nIt was *dark*.\n");
        ImportedStory story = importer.read(file);
        assertThat(story.metadata()).containsEntry("title", "The Long Night");
        assertThat(story.chapters().get(0).body()).isEqualTo("It was *dark*.\n");
        assertThat(story.warnings()).extracting(d -> d.location().line()).containsExactly(2);
    }

    @Test
    void markdownWithSeveralHeadingsIsAStoryInChapters() throws Exception {
        Path novel = dir.resolve("novel.md");
        Files.writeString(novel, "# Chapter 1\n\nFirst.\n\n```\n# not a heading\n```\n\n# Chapter 2\n\nSecond.\n");
        ImportedStory story = importer.read(novel);
        assertThat(story.title()).isEqualTo("novel");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Chapter 1", "Chapter 2");
        assertThat(story.chapters().get(0).body()).isEqualTo("First.\n\n```\n# not a heading\n```\n");

        Path titled = dir.resolve("titled.md");
        Files.writeString(titled, "# The Long Night\n\n## Dusk\n\nIt fell.\n\n## Dawn\n\nIt rose.\n");
        ImportedStory night = importer.read(titled);
        assertThat(night.title()).isEqualTo("The Long Night");
        assertThat(night.chapters()).extracting(ImportedChapter::title).containsExactly("Dusk", "Dawn");
    }

    @Test
    void anAo3PrefaceWithoutItsTagListSaysSo() throws Exception {
        Path file = dir.resolve("bare.html");
        Files.writeString(file, "<html><body><div id=\"preface\"><p class=\"message\">Posted originally on the Archive of"
                + " Our Own</p><div><h1>Bare</h1></div></div><div id=\"chapters\"><p>Text.</p></div></body></html>");
        ImportedStory story = importer.read(file);
        assertThat(story.title()).isEqualTo("Bare");
        assertThat(story.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("holds no tag list"));
    }

    @Test
    void brokenFilesFailAloneWithTheirPathAndWhy() throws Exception {
        Path epub = dir.resolve("broken.epub");
        Files.writeString(epub, "this is not a zip");
        assertThatThrownBy(() -> importer.read(epub)).isInstanceOf(StoryException.class)
                .satisfies(e -> assertThat(((StoryException) e).diagnostics()).extracting(Diagnostic::code).containsExactly("IMPORT-ZIP"))
                .hasMessageContaining("broken.epub");
        Path docx = dir.resolve("broken.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> importer.read(docx)).isInstanceOf(StoryException.class).hasMessageContaining("broken.docx");
    }
}
