package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Golden;
import org.quire.testing.PdfPages;

/**
 * The field cases (small stories made from public bug reports against other ebook tools, kept
 * under {@code src/test/resources/golden/NN-…}), each with its right result asserted on its own,
 * as {@code ../shared/field/README.md} gives it (GoldenIT checks each with EPUBCheck and veraPDF).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldCasesIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private final Map<String, BookReport> books = new LinkedHashMap<>();

    @TempDir
    static Path output;

    @BeforeAll
    void buildEveryCase() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).build();
        for (Path folder : Golden.cases(GOLDEN)) {
            String name = folder.getFileName().toString();
            if (name.matches("\\d\\d-.*")) {
                books.put(name, quire.build(folder.resolve("in"), output.resolve(name)));
            }
        }
    }

    private BookReport book(String prefix) {
        return books.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow().getValue();
    }

    /** Every chapter document of the EPUB, joined. */
    private String chapters(String prefix) throws Exception {
        return entries(prefix, "EPUB/ch\\d+\\.xhtml");
    }

    private String entries(String prefix, String pattern) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ZipFile zip = new ZipFile(book(prefix).files().get(0).toFile())) {
            for (var entry : zip.stream().filter(e -> e.getName().matches(pattern)).toList()) {
                out.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        // Compared as characters: the serialiser writes a no-break space as a reference, and a
        // writer may type é as e and a combining accent.
        return Normalizer.normalize(out.toString().replace("&#xa0;", "\u00A0"), Normalizer.Form.NFC);
    }

    private String pdfText(String prefix) throws Exception {
        return String.join("\n", PdfPages.text(book(prefix).files().get(1)));
    }

    /** The PDF's text with every run of white space, line breaks included, as one space. */
    private String pdfFlat(String prefix) throws Exception {
        return pdfText(prefix).replaceAll("\\s+", " ");
    }

    @Test
    void c01EveryElisionTakesAnApostrophe() throws Exception {
        assertThat(chapters("01")).contains("\u2019Tis the season", "\u2019twas ever", "the \u201960s", "an \u201907 sedan",
                "Give \u2019em", "\u201C\u2019cause", "rock \u2019n\u2019 roll \u2019til dawn", "told \u2019im and \u2019er",
                "class of \u201999", "\u2019Twas brillig");
    }

    @Test
    void c02To05And12QuotesAndApostrophesStayRight() throws Exception {
        assertThat(chapters("02")).contains("<em>Hamlet</em>\u2019s", "<em>Argo</em>\u2019s", "<strong>Mercy</strong>\u2019s",
                "<del>Tom</del>\u2019s", "it\u2019s", "we\u2019ve");
        assertThat(chapters("03")).contains("<em>Oklahoma!</em>\u2019s", "Oklahoma!\u2019s", "Jeopardy!\u2019s");
        assertThat(chapters("04")).contains("\u201CIf they keep", "\u2018You want me to feed what?\u2019\u201D", "Hill\u2019s");
        assertThat(chapters("05")).contains("\u2018It\u2019s a fine day!\u2019", "(the V2)\u2019s", ": \u2019tis", "Jos\u00E9\u2019s");
        assertThat(chapters("12")).contains("\u201EEr sagte \u201AHallo\u2018 und ging\u201C", "\u201EDas war\u2019s\u201C", "geh\u2019n");
    }

    @Test
    void c06ANoteOfSeveralParagraphsKeepsThemApartInThePdf() throws Exception {
        assertThat(pdfText("06")).containsPattern("Not all of it\\.\\s*\\n\\s*The last page")
                .containsPattern("who wrote:\\s*\\n\\s*Come home before the frost\\.");
        assertThat(chapters("06")).contains("<blockquote>", "The last page she kept.");
    }

    @Test
    void c07AHeadingKeepsItsItalicsAndItsNote() throws Exception {
        String nav = entries("07", "EPUB/(nav\\.xhtml|toc\\.ncx)");
        assertThat(nav).contains("The Crossing").doesNotContain("The Crossing1", "noteref");
        assertThat(chapters("07")).containsPattern("<h1[^>]*>The Crossing<sup><a [^>]*role=\"doc-noteref\"")
                .containsPattern("<h1[^>]*>The <em>Argo</em> Sails</h1>").contains("Named for the old ferry.");
        assertThat(pdfText("07")).contains("Named for the old ferry.");
        try (PDDocument pdf = Loader.loadPDF(book("07").files().get(1).toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("The Crossing", "The Argo Sails").doesNotContain("The Crossing1");
        }
    }

    @Test
    void c08c09c17NotesAndHeadingsStayRight() throws Exception {
        assertThat(chapters("08")).contains("APPLE NOTE", "BRIDGE NOTE");
        assertThat(chapters("09")).contains("Chapter one notes before.", "Chapter two notes after only.",
                "Chapter three notes before only.");
        for (String document : chapters("17").split("\n(?=<\\?xml)")) {
            List<String> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(document).results().map(m -> m.group(1)).toList();
            assertThat(ids).doesNotHaveDuplicates();
        }
    }

    /**
     * The field's right result: dir="rtl" on the documents, the spine right to left, and the
     * Hebrew drawn right to left in the PDF in a face that has it (never #), read back in
     * logical order by position (pdftotext's way) and through the structure tree.
     */
    @Test
    void c10HebrewIsDrawnRightToLeftInAFaceThatHasIt() throws Exception {
        assertThat(chapters("10")).contains("dir=\"rtl\"");
        assertThat(entries("10", "EPUB/package.opf")).contains("page-progression-direction=\"rtl\"");
        assertThat(pdfText("10")).contains("הים היה שקט בלילה").doesNotContain("#");
        assertThat(org.quire.testing.TaggedText.of(book("10").files().get(1))).contains("הים היה שקט בלילה");
        assertThat(book("10").warnings()).extracting(d -> d.code()).doesNotContain("MISSING-GLYPH", "NO-HYPHENATION");
    }

    @Test
    void c11FrenchSpacesKeepEveryMarkWithItsWord() throws Exception {
        assertThat(chapters("11")).contains("soir\u202F?", "Non\u202F!", "soir\u202F;", "r\u00E9pondit\u00A0:",
                "\u00AB\u00A0Bonjour,\u00A0\u00BB");
        assertThat(pdfText("11")).doesNotContainPattern("(?m)^\\s*[?!;:\u00BB]");
    }

    @Test
    void c13ATableInBothEditionsAndNoInventedDashes() throws Exception {
        assertThat(chapters("13")).contains("<table", "<th scope=\"col\">Stat</th>").doesNotContain("\u2014\u2014", "|---");
        assertThat(pdfText("13")).containsPattern("Stat\\s+Value").containsPattern("DEX\\s+15");
    }

    @Test
    void c14EveryWordOfThePdfLiesInsideTheTextBlock() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(book("14").files().get(1).toFile())) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition glyph : positions) {
                        float right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                        if (right > glyph.getPageWidth() - 18) {
                            outside.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.getText(pdf);
            assertThat(outside).isEmpty();
        }
        assertThat(pdfText("14")).contains("AAAAAAAAAA", "into her pillow");
    }

    @Test
    void c15VerseKeepsItsIndentsInBothEditions() throws Exception {
        assertThat(chapters("15")).containsPattern("<span class=\"line\">\u2003Stuck</span>")
                .containsPattern("<span class=\"line\">\u2003\u2003\u2003\u2003for whom\\?</span>");
        try (PDDocument pdf = Loader.loadPDF(book("15").files().get(1).toFile())) {
            List<Float> starts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    String line = text.strip();
                    if (line.startsWith("Stuck") || line.startsWith("in the queue") || line.startsWith("waiting")
                            || line.startsWith("for whom")) {
                        positions.stream().filter(p -> !p.getUnicode().isBlank()).findFirst()
                                .ifPresent(p -> starts.add(p.getXDirAdj()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
            assertThat(starts).hasSize(4).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void c19TextInAngleBracketsPrintsAsTyped() throws Exception {
        assertThat(chapters("19")).contains("&lt;Quest accepted&gt;", "&lt;Skill gained: Alchemy&gt;", "&lt;Alice&gt;",
                "&lt;What?&gt;", "&lt;Stay here&gt;", "&lt;&lt;REBIRTH&gt;&gt;").doesNotContain("\u00AB");
        assertThat(pdfFlat("19")).contains("<Quest accepted>", "<Skill gained: Alchemy>", "<Stay here>", "<<REBIRTH>>");
        assertThat(book("19").warnings()).isEmpty();
    }

    @Test
    void c20AnUntitledChapterIsNamedInTheStorysLanguage() throws Exception {
        assertThat(entries("20", "EPUB/(nav\\.xhtml|toc\\.ncx)")).contains("Kapitel 1");
        assertThat(chapters("20")).contains("Kapitel 1").doesNotContain("Chapter 1");
        assertThat(pdfText("20")).contains("Kapitel 1").doesNotContain("Chapter 1");
    }

    @Test
    void c21c22IndentedParagraphsAndTildesAreProse() throws Exception {
        assertThat(chapters("21")).doesNotContain("<pre", "<code").contains("<p>\u201CWhere is she?\u201D", "<p>A tab-indented");
        assertThat(pdfText("21")).contains("Where is she", "tab-indented", "smelled of smoke");
        assertThat(chapters("22")).doesNotContain("<pre", "<code").contains("role=\"separator\"");
        assertThat(pdfText("22")).contains("second scene begins", "third scene closes");
    }

    @Test
    void c23InlineCodeIsSetInTheBundledMonospaceFace() throws Exception {
        assertThat(chapters("23")).contains("<code>hunter2</code>", "<code>ACCESS DENIED</code>");
        try (PDDocument pdf = Loader.loadPDF(book("23").files().get(1).toFile())) {
            List<String> fonts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    int at = text.indexOf("hunter2");
                    for (int i = at; at >= 0 && i < at + "hunter2".length() && i < positions.size(); i++) {
                        fonts.add(positions.get(i).getFont().getName());
                    }
                }
            };
            stripper.getText(pdf);
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("NotoSansMono"));
        }
    }

    @Test
    void c24CommentsAreNeverPublished() throws Exception {
        assertThat(entries("24", ".*")).doesNotContain("TODO", "timeline later", "<!--");
        assertThat(pdfText("24")).doesNotContain("TODO", "timeline").contains("She left before noon.");
    }
}
