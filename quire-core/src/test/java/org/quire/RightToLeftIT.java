package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageGlyph;
import org.quire.testing.PdfPages;
import org.quire.testing.TaggedText;

/**
 * Right-to-left text in the PDF, read back with PDFBox: a Hebrew paragraph's lines end at the
 * text block's right edge (its last line too, and its first-line indent is at the right), an
 * English word inside it runs left to right in its place, a Hebrew or Arabic phrase inside an
 * English line runs right to left, and the words read back in logical order both by position
 * and through the structure tree. The stories are golden cases (GoldenIT checks them with
 * EPUBCheck and veraPDF).
 */
class RightToLeftIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path output;

    private Path pdf(String golden) throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        BookReport report = quire.build(GOLDEN.resolve(golden).resolve("in"), output.resolve(golden));
        assertThat(report.warnings()).extracting(d -> d.code()).doesNotContain("MISSING-GLYPH", "NO-HYPHENATION");
        return report.files().get(0);
    }

    /** The lines of the first page that has {@code marker} on it. */
    private static List<List<PageGlyph>> linesWith(PDDocument document, String marker) throws Exception {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            List<List<PageGlyph>> lines = PageGlyph.lines(PageGlyph.read(document, page));
            if (lines.stream().anyMatch(line -> PageGlyph.text(line).contains(marker))) {
                return lines;
            }
        }
        throw new AssertionError(marker + " is on no page");
    }

    private static int lineWith(List<List<PageGlyph>> lines, String letter) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stream().anyMatch(g -> g.text().equals(letter))) {
                return i;
            }
        }
        throw new AssertionError(letter + " is on no line");
    }

    private static float left(List<PageGlyph> line) {
        return line.get(0).x();
    }

    private static float right(List<PageGlyph> line) {
        return (float) line.stream().mapToDouble(PageGlyph::end).max().orElseThrow();
    }

    @Test
    void aHebrewParagraphIsSetFromTheRightEdge() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf("w-rtl-hebrew-niqqud").toFile())) {
            List<List<PageGlyph>> lines = linesWith(document, "Q");
            int first = lineWith(lines, "Q") - 1; // the paragraph's first line: it opens with בְּרֵאשִׁית
            int second = first + 1;
            // The first paragraph (after a heading, so not indented) is justified: its lines end at
            // the right edge, and its last line, short, ends there too and starts further right.
            float edge = right(lines.get(first));
            assertThat(right(lines.get(second))).isCloseTo(edge, org.assertj.core.data.Offset.offset(0.5f));
            int last = lineWith(lines, "ח") ; // חצות ends the paragraph
            assertThat(right(lines.get(last))).isCloseTo(edge, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(left(lines.get(last))).isGreaterThan(left(lines.get(first)) + 20);
            // The next paragraph's first line is indented at the right (1.2em of 10.5pt type or so).
            float indented = right(lines.get(last + 1));
            assertThat(edge - indented).isBetween(8f, 20f);
            // And the page's right margin, not its left, is what the lines are set from.
            float width = document.getPage(0).getMediaBox().getWidth();
            assertThat(edge).isGreaterThan(width / 2 + 100);
        }
    }

    @Test
    void anEnglishWordInsideHebrewRunsLeftToRightInItsPlace() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf("w-rtl-hebrew-niqqud").toFile())) {
            List<List<PageGlyph>> lines = linesWith(document, "Q");
            List<PageGlyph> line = lines.get(lineWith(lines, "Q"));
            line.removeIf(g -> Character.getType(g.text().codePointAt(0)) == Character.NON_SPACING_MARK);
            String visual = PageGlyph.text(line);
            // "…את הספר Quire בקול רם…" read right to left: the word before Quire stands at its right,
            // the word after it at its left, each drawn right to left; Quire itself left to right.
            assertThat(visual).contains("לוקב" + "Quire" + "רפסה");
        }
    }

    @Test
    void aHebrewAndAnArabicPhraseInsideAnEnglishLineRunRightToLeft() throws Exception {
        Path pdf = pdf("w-rtl-english-quoting");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<PageGlyph>> lines = linesWith(document, "ש");
            String visual = PageGlyph.text(lines.get(lineWith(lines, "ש")));
            // Left to right on the page: each phrase's last word first, each word's last letter first.
            assertThat(visual).contains("words" + "םכילע" + "םולש" + "on").contains("added" + "مكب" + "ابحرم");
        }
        assertThat(String.join(" ", PdfPages.text(pdf)).replaceAll("\\s+", " "))
                .contains("the words שלום עליכם on the card, then added مرحبا بكم below it");
        assertThat(TaggedText.of(pdf).replaceAll("\\s+", " ")).contains("the words שלום עליכם on the card, then added مرحبا بكم below it");
    }

    @Test
    void arabicAndPersianReadBackInLogicalOrderWithTheirDigits() throws Exception {
        Path arabic = pdf("w-rtl-arabic");
        assertThat(TaggedText.of(arabic)).contains("كان البحر هادئاً في الليل", "ولا أحد معها إلا القمر");
        assertThat(String.join("\n", PdfPages.text(arabic))).contains("كان البحر هادئاً في الليل").doesNotContain("#");
        Path persian = pdf("w-rtl-persian-digits");
        assertThat(TaggedText.of(persian)).contains("در سال ۱۴۰۲ و در سال 2023 سی و پنج کشتی", "ساعت 10:30 بود");
        assertThat(String.join(" ", PdfPages.text(persian)).replaceAll("\\s+", " ")).contains("در سال ۱۴۰۲ و در سال 2023");
    }

    @Test
    void aRightToLeftBookAsksViewersForRightToLeftSpreads() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf("w-rtl-arabic").toFile())) {
            assertThat(document.getDocumentCatalog().getViewerPreferences().getReadingDirection())
                    .isEqualTo(PDViewerPreferences.READING_DIRECTION.R2L.toString());
        }
        try (PDDocument document = Loader.loadPDF(pdf("w-rtl-english-quoting").toFile())) {
            PDViewerPreferences preferences = document.getDocumentCatalog().getViewerPreferences();
            assertThat(preferences == null ? "L2R" : preferences.getReadingDirection()).isEqualTo("L2R");
        }
    }
}
