package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.importer.ImportedStory;
import org.quire.importer.Importer;
import org.quire.importer.NoteMode;
import org.quire.importer.SourceWriter;
import org.quire.testing.BookText;
import org.quire.testing.EpubCheckReport;
import org.quire.testing.Samples;

/**
 * Files in other formats built straight into books: EPUBCheck finds nothing, every word of the
 * text is in the book in order, the notes are where they belong; and a round trip (a sample
 * story built to EPUB, imported back, built again) keeps text, notes and metadata.
 */
class ImportedBooksIT {
    private static final Path RESOURCES = Path.of("src/test/resources/import");

    @TempDir
    Path output;

    private final Quire quire = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(false).build();

    private Path epub(Path input) throws Exception {
        BookReport report = quire.build(input, output);
        Path epub = report.files().get(0);
        EpubCheckReport check = EpubCheckReport.check(epub);
        assertThat(check.problems()).as("EPUBCheck on %s", input.getFileName()).isEmpty();
        assertThat(check.fatalCount() + check.errorCount() + check.warningCount()).isZero();
        return epub;
    }

    @Test
    void theSeedBuildsWithItsNotesAroundEveryOtherWord() throws Exception {
        assumeTrue(Samples.hasSeed(), "the seed story is not at " + Samples.seed() + "; skipping");
        String seed = Files.readString(Samples.seed(), StandardCharsets.UTF_8);
        String[] paragraphs = seed.strip().split("\n\\s*\n");
        Path epub = epub(Samples.seed());

        String title = BookText.epubText(epub);
        List<String> book = BookText.words(title);
        assertThat(BookText.missingInOrder(BookText.words(seed), book)).as("seed words missing, in order").isEmpty();
        String notes = BookText.words(paragraphs[0]).toString();
        String chapter = pageText(epub, "ch001.xhtml");
        assertThat(BookText.words(pageText(epub, "title.xhtml")).toString()).contains(notes.substring(1, notes.length() - 1));
        assertThat(BookText.words(pageText(epub, "afterword.xhtml")))
                .containsSubsequence(BookText.words(paragraphs[paragraphs.length - 1]));
        String inner = seed.substring(seed.indexOf(paragraphs[1]), seed.lastIndexOf(paragraphs[paragraphs.length - 1]));
        assertThat(BookText.words(chapter)).containsSubsequence(BookText.words(inner));
        assertThat(BookText.words(chapter)).doesNotContainSequence(BookText.words(paragraphs[0]));
    }

    private static String pageText(Path epub, String page) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            return org.jsoup.Jsoup.parse(new String(zip.getInputStream(zip.getEntry("EPUB/" + page)).readAllBytes(),
                    StandardCharsets.UTF_8)).body().text();
        }
    }

    @Test
    void everyFormatBuildsToAValidEpubWithEveryWordInOrder() throws Exception {
        String source = Files.readString(RESOURCES.resolve("tools/source.md"));
        List<String> words = BookText.words(source.substring(source.indexOf("\n---\n", 4) + 5)
                .replace("[^1]:", "").replace("[^1]", ""));
        for (String name : List.of("tools/pandoc.epub", "tools/calibre.epub", "tools/pandoc.docx", "tools/pandoc.html")) {
            Path epub = epub(RESOURCES.resolve(name));
            assertThat(BookText.missingInOrder(words, BookText.words(BookText.epubText(epub)))).as(name).isEmpty();
        }
        // The same story by pandoc and by Calibre's default conversion: its text, and each
        // chapter's footnote in that chapter's page, with the same count of every word.
        List<String> salt = org.quire.importer.ToolFilesTest.sourceWords(false); // a book draws a list's numbers
        for (String name : List.of("pandoc.epub", "pandoc-epub2.epub", "pandoc.html", "pandoc.docx",
                "calibre-from-html.epub", "calibre-from-docx.epub", "calibre-epub2.epub")) {
            Path epub = epub(RESOURCES.resolve("salt").resolve(name));
            List<String> book = BookText.words(BookText.epubText(epub));
            assertThat(BookText.missingInOrder(salt, book)).as(name).isEmpty();
            assertThat(BookText.words(pageText(epub, "ch001.xhtml"))).as(name).containsSubsequence("FOOT", "A", "The", "heat");
            assertThat(BookText.words(pageText(epub, "ch003.xhtml"))).as(name).containsSubsequence("FOOT", "B", "Which", "was");
            assertThat(book.stream().filter(w -> w.equals("GAMMA")).count()).as(name).isEqualTo(3);
        }
    }

    @Test
    void ao3DownloadsBuildWithTheirTagsAndNotes() throws Exception {
        Path epub = epub(RESOURCES.resolve("ao3/lanterns.html"));
        String title = pageText(epub, "title.xhtml");
        assertThat(title).contains("General Audiences", "Ada/Lune", "Found Family", "Harrow Bay",
                "Written for the Harrow Bay prompt week", "http://archiveofourown.org/works/123456");
        assertThat(pageText(epub, "ch001.xhtml")).contains("Ada buys paper.", "The shop is based on one in my hometown.",
                "Next chapter: the lighting!");
        assertThat(pageText(epub, "afterword.xhtml")).contains("Thanks for reading! Come say hi on my blog.");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(opf).contains("<dc:source>http://archiveofourown.org/works/123456</dc:source>");
        }
        epub(RESOURCES.resolve("ao3/tea.html"));
    }

    @Test
    void aSampleStoryBuiltImportedAndBuiltAgainKeepsTextNotesAndMetadata() throws Exception {
        Path story = Samples.story("the-lighthouse-keepers-daughter");
        Path first = epub(story);
        ImportedStory imported = new Importer(NoteMode.GUESS).read(first);
        Path again = SourceWriter.write(imported, output.resolve("again"), "again", false).source();
        Path second = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(false).build()
                .build(again, output.resolve("second")).files().get(0);

        assertThat(EpubCheckReport.check(second).problems()).isEmpty();
        assertThat(BookText.words(BookText.epubText(second))).containsAll(BookText.words(BookText.epubText(first)));
        for (String page : List.of("ch001.xhtml", "ch002.xhtml", "ch003.xhtml", "afterword.xhtml")) {
            assertThat(BookText.words(pageText(second, page))).as(page).isEqualTo(BookText.words(pageText(first, page)));
        }
        assertThat(imported.metadata()).containsKeys("title", "author", "language")
                .containsEntry("status", java.util.Map.of("state", "in-progress", "chapters", 4))
                .containsEntry("updated", "2026-11-20");
        // The book prints typographic apostrophes; the words are the same.
        assertThat(BookText.words((String) imported.metadata().get("title")))
                .isEqualTo(BookText.words("The Lighthouse Keeper's Daughter"));
    }

    /** The book's making date (dcterms:modified) is not when the story was updated: a re-import gets no 'updated'. */
    @Test
    void aBooksMakingDateIsNotTakenForTheStorysUpdate() throws Exception {
        Path story = output.resolve("in/night.md");
        Files.createDirectories(story.getParent());
        Files.writeString(story, "---\ntitle: Night\npublished: 2020-01-02\n---\nIt was dark.\n");
        Path book = Quire.builder().clock(Instant.parse("2026-11-27T00:00:00Z")).formats(EnumSet.of(Format.EPUB))
                .covers(false).build().build(story, output.resolve("out")).files().get(0);
        ImportedStory imported = new Importer(NoteMode.GUESS).read(book);
        assertThat(imported.metadata()).containsEntry("published", "2020-01-02").doesNotContainKey("updated");
    }
}
