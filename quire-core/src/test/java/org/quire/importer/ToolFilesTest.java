package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quire.markdown.MarkdownConverter;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;
import org.quire.testing.BookText;

/**
 * One story ({@code import/salt/source.md}) made into EPUB 3, EPUB 2, HTML and DOCX by pandoc and
 * into EPUBs by Calibre's default conversion (see {@code import/tools/README.md}): every reader
 * gives back its chapters, its footnotes in the chapter that calls them (pandoc numbers each
 * EPUB page's notes from 1 again; Calibre moves them to other files), every word in order, and
 * the text itself: no space before punctuation after emphasis, the no-break space kept.
 */
public class ToolFilesTest {
    static final Path SALT = FormatReadersTest.RESOURCES.resolve("salt");
    private final Importer importer = new Importer(NoteMode.GUESS);

    /** The story's words in reading order: each chapter's title and text, without its footnotes. */
    static List<String> textWords(ImportedStory story) {
        StringBuilder text = new StringBuilder();
        for (ImportedChapter chapter : story.chapters()) {
            text.append(chapter.title()).append('\n').append(withoutNotes(chapter.body())).append('\n');
        }
        return BookText.words(text.toString());
    }

    /** Markdown without its footnote definitions and calls, and without HTML tags. */
    static String withoutNotes(String markdown) {
        return markdown.replaceAll("(?m)^\\[\\^\\d+]:.*(\\n {4}.*|\\n\\s*\\n {4}.*)*", "").replaceAll("\\[\\^\\d+]", "")
                .replaceAll("</?(div|em|strong|u|del|br)\\b[^>]*>", " ");
    }

    /** The words of source.md as written: headings, text, lists; its notes and pandoc's fences left out. */
    public static List<String> sourceWords() throws Exception {
        return sourceWords(true);
    }

    /** The same, the ordered list's numbers left out when {@code listNumbers} is false (a book draws them). */
    public static List<String> sourceWords(boolean listNumbers) throws Exception {
        String source = Files.readString(SALT.resolve("source.md"));
        String body = source.substring(source.indexOf("\n---\n", 4) + 5);
        if (!listNumbers) {
            body = body.replaceAll("(?m)^\\d+\\. ", "");
        }
        body = body.replaceAll("(?m)^\\[\\^\\w+]:.*$", "").replaceAll("\\[\\^\\w+]", "").replaceAll("(?m)^:::.*$", "");
        return BookText.words(body);
    }

    private static String notes(ImportedChapter chapter) {
        return chapter.body().lines().filter(l -> l.startsWith("[^")).reduce("", (a, b) -> a + b + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pandoc.epub", "pandoc-epub2.epub", "pandoc.html", "pandoc.docx", "calibre-from-html.epub",
            "calibre-from-docx.epub", "calibre-epub2.epub"})
    void everyToolsFileGivesTheSameChaptersNotesAndWords(String name) throws Exception {
        ImportedStory story = importer.read(SALT.resolve(name));

        assertThat(story.metadata()).containsEntry("title", "The Salt Road").containsEntry("author", "Mira Vance");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Departure", "Part Two", "Return");
        assertThat(textWords(story)).containsExactlyElementsOf(sourceWords());
        assertThat(notes(story.chapters().get(0))).isEqualTo("[^1]: FOOT-A The heat on the flats could kill.\n");
        assertThat(notes(story.chapters().get(1))).isEmpty();
        assertThat(notes(story.chapters().get(2))).isEqualTo("[^2]: FOOT-B Which was, in the end, enough.\n");
        assertThat(story.chapters().get(1).body()).startsWith("## The Well\n\n");

        Element alpha2 = rendered(story.chapters().get(0).body()).select("p:contains(ALPHA-2)").first();
        assertThat(alpha2.wholeText().replaceAll("[ \\n]+", " ").strip()).isEqualTo("ALPHA-2 \u201CWater first,\u201D said Oren. \u201CThen talk.\u201D Yes, she said;"
                + " now! Mr.\u00A0Lorry nodded.");
        assertThat(alpha2.select("em").eachText()).containsExactly("Yes", "now");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pandoc.epub", "pandoc.html", "calibre-from-html.epub", "calibre-epub2.epub"})
    void centredTextStaysCentredAndLinesStayLines(String name) throws Exception {
        ImportedStory story = importer.read(SALT.resolve(name));
        assertThat(story.chapters().get(2).body()).contains("<div class=\"center\">\n\nGAMMA-C a centred line\n\n</div>");
        assertThat(story.chapters().get(1).body()).contains("BETA-2 Verse lines follow:  \na second line  \na third line\n");
        assertThat(rendered(story.chapters().get(2).body()).select("div.center").text()).isEqualTo("GAMMA-C a centred line");
    }

    /** The chapter's XHTML as Quire's Markdown stage writes it. */
    static Element rendered(String markdown) {
        String xhtml = new MarkdownConverter("en").convert(markdown, Path.of("chapter.md"), 1, "c-", Optional.empty())
                .xhtml().markup();
        return Jsoup.parseBodyFragment(xhtml).body();
    }

    @Test
    void htmlEmphasisBeforePunctuationLineBreaksAndNoBreakSpacesAreKept() throws Exception {
        ImportedStory story = importer.read(FormatReadersTest.RESOURCES.resolve("html/em.html"));
        String body = story.chapters().get(0).body();
        assertThat(body).startsWith("*Yes*, she said. He was *tired*. \u201C*Go*!\u201D **Stop**; *now*\u2014then.")
                .contains("Line one  \nLine two  \nLine three")
                .contains("<div class=\"center\">\n\nCentred\n\n</div>")
                .endsWith("A\u00A0B French\u00A0!");
        Element html = rendered(body);
        assertThat(html.select("p").first().text()).isEqualTo("Yes, she said. He was tired. \u201CGo!\u201D Stop; now\u2014then.");
        assertThat(html.select("p").last().wholeText()).isEqualTo("A\u00A0B French\u00A0!");
    }

    @Test
    void aFirstHeadingWithNothingUnderItIsTheTitle() throws Exception {
        ImportedStory story = importer.read(FormatReadersTest.RESOURCES.resolve("html/multi.html"));
        assertThat(story.title()).isEqualTo("Moonrise");
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Chapter 1", "Chapter 2");
        assertThat(story.chapters()).extracting(ImportedChapter::body).containsExactly("First text.", "Second text.");
    }

    @Test
    void docxKeepsHeadingsInARowContentControlsEndnotesCentredLinesAndNoDeletedText() throws Exception {
        ImportedStory story = importer.read(FormatReadersTest.RESOURCES.resolve("docx/hand.docx"));

        assertThat(story.metadata()).containsEntry("title", "Glass Harbour");
        // The text before the first heading is an opening, not a "Chapter 1" that would misnumber Part One (trial 2, finding 1).
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Prologue", "Part One");
        assertThat(story.warnings()).extracting(Diagnostic::code).contains("IMPORT-OPENING");
        String first = story.chapters().get(0).body();
        String second = story.chapters().get(1).body();
        assertThat(first).contains("D-ONE plain *italic words* and **bold words** and <u>under words</u> and ~~struck words~~.")
                .contains("<div class=\"center\">\n\nD-CENTRED a centred line\n\n</div>\n\n* * *")
                .contains("[^1]: D-FOOTNOTE-TEXT the footnote words");
        assertThat(second).startsWith("## The Harbour\n\nD-TWO chapter text D-SDT-INLINE inside a content control tail.")
                .contains("D-SDT-BLOCK a paragraph inside a block content control.")
                .contains("D-TRACK kept D-INSERTED end.").doesNotContain("DELETED")
                .contains("D-ENDNOTE text with an endnote[^2].").contains("[^2]: D-ENDNOTE-TEXT the endnote words")
                .contains("D-LINE one  \nD-LINE two").contains("D-LAST <em>Stop.</em>He went.");
        assertThat(story.warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("tracked deletion is left out"))
                .anyMatch(m -> m.contains("endnotes are printed as footnotes"));
        assertThat(rendered(second).select("p:contains(D-LAST)").text()).isEqualTo("D-LAST Stop.He went.");
    }

    @Test
    void anAo3DownloadReadsTheSameAfterCalibreRenamedItsClasses() throws Exception {
        ImportedStory html = importer.read(FormatReadersTest.RESOURCES.resolve("ao3/hollow.html"));
        ImportedStory epub = importer.read(FormatReadersTest.RESOURCES.resolve("ao3/hollow-calibre.epub"));

        for (ImportedStory story : List.of(html, epub)) {
            assertThat(story.metadata()).as(story.format()).containsEntry("title", "The Hollow Crown")
                    .containsEntry("author", List.of("alpha", "beta (gamma)")).containsEntry("rating", "Mature")
                    .containsEntry("fandoms", List.of("Star Trek", "Star Trek: The Original Series"))
                    .containsEntry("language", "es").containsEntry("series", Map.of("name", "Crowns", "part", 3))
                    .containsEntry("status", Map.of("state", "complete", "chapters", 3))
                    .containsEntry("published", "2024-01-02").containsEntry("updated", "2024-03-04")
                    .containsEntry("source", "https://archiveofourown.org/works/999")
                    .containsEntry("summary", "A crown, *hollow*.\n\nSecond summary paragraph.")
                    .containsEntry("notes", "Part 1 of Kirk Week 2024.\n\n"
                            + "Inspired by [The Original Crown](https://archiveofourown.org/works/5) by zeta.")
                    .containsEntry("end_notes", "WORK-END the work's end notes.\n\n"
                            + "Works inspired by this one: The Hollow Sequel by rho");
            assertThat(story.metadata().get("tags")).as(story.format())
                    .isEqualTo(List.of("Angst, with a Happy Ending", "Hurt/Comfort", "Kirk_Week_2024"));
            assertThat(story.warnings()).extracting(Diagnostic::message).as(story.format())
                    .anyMatch(m -> m.contains("a second series")).anyMatch(m -> m.contains("'Collections:' has no key"))
                    .anyMatch(m -> m.contains("byline 'Chapter by alpha'"));
        }
        assertThat(epub.chapters()).extracting(ImportedChapter::title).containsExactly("Ashes", "", "Part Two: Crowned");
        assertThat(epub.chapters().get(0).notes()).isEqualTo("Chapter by alpha");
        assertThat(epub.chapters().get(0).endNotes()).isEqualTo("ONE-END chapter one end note.");
        assertThat(epub.chapters().get(1).summary()).isEqualTo("TWO-SUM summary.");
        assertThat(epub.chapters().get(0).body()).contains("<div class=\"center\">\n\nONE-B centred line\n\n</div>")
                .contains("ONE-C ~~struck~~ <u>under</u> **bold** \\<tag\\> & more.\n\n> ONE-D a quoted letter.")
                .contains("| ONE-H cell | ONE-I cell |\n|");
        List<String> htmlChapters = new ArrayList<>();
        List<String> epubChapters = new ArrayList<>();
        html.chapters().forEach(c -> htmlChapters.add(c.title() + c.summary() + c.notes() + c.body() + c.endNotes()));
        epub.chapters().forEach(c -> epubChapters.add(c.title() + c.summary() + c.notes() + c.body() + c.endNotes()));
        assertThat(epubChapters).isEqualTo(htmlChapters);
    }

    @Test
    void anEpubWhoseChapterFileIsMissingIsRefusedByName() throws Exception {
        Path epub = FormatReadersTest.RESOURCES.resolve("broken/missing-chapter.epub");
        assertThatThrownBy(() -> importer.read(epub)).isInstanceOf(StoryException.class)
                .satisfies(e -> assertThat(((StoryException) e).diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.code()).isEqualTo("IMPORT-EPUB"))
                        .satisfies(d -> assertThat(d.location().file().toString()).endsWith("missing-chapter.epub!/EPUB/content.opf"))
                        .satisfies(d -> assertThat(d.message()).contains("'text/ch002.xhtml', which is not in the EPUB")));
    }
}
