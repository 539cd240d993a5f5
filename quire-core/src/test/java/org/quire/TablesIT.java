package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageLayout;
import org.quire.testing.TaggedText;
import org.quire.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Tables as the typographer's trial found them (trial 1, finding 9), read back from the PDF with
 * PDFBox. {@code tables/ships}: a ships' register of 40 rows under a header row, longer than a
 * page, whose "Master" column holds a short name beside a wide "Cargo" column; then a table of
 * two words too long for any column.
 */
class TablesIT {
    private static final Path STORY = Path.of("src", "test", "resources", "tables", "ships", "in");

    @TempDir
    static Path output;
    static Path pdf;
    static List<List<String>> pages;

    @BeforeAll
    static void build() throws Exception {
        pdf = quire().build(STORY, output.resolve("a")).files().get(0);
        pages = PageLayout.pages(pdf);
    }

    private static Quire quire() {
        return Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
    }

    @Test
    void everyPageTheTableRunsOntoStartsWithItsHeaderRow() {
        List<Integer> tablePages = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).stream().anyMatch(line -> line.startsWith("Mary Ellen"))) {
                tablePages.add(p);
            }
        }
        assertThat(tablePages).as("pages with the register's rows").hasSizeGreaterThanOrEqualTo(3);
        for (int p : tablePages) {
            List<String> lines = pages.get(p);
            List<String> headers = lines.stream().filter(line -> line.startsWith("Ship Master Tonnage Port of")).toList();
            assertThat(headers).as("the header rows on page %d: %s", p + 1, lines).hasSize(1);
            if (p != tablePages.get(0)) {
                assertThat(lines.get(0)).as("the first line of continuation page %d", p + 1)
                        .startsWith("Ship Master Tonnage Port of");
            }
        }
    }

    @Test
    void theRepeatedHeaderIsReadOnceAndTaggedOnce() throws Exception {
        String tagged = TaggedText.of(pdf);
        assertThat(count(tagged, "Tonnage")).as("'Tonnage' in the text a screen reader gets").isEqualTo(1);
        assertThat(count(tagged, "Port of registry")).isEqualTo(1);
        Map<String, Integer> types = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            count(document.getDocumentCatalog().getStructureTreeRoot(), types);
        }
        assertThat(types.get("Table")).isEqualTo(2);
        assertThat(types.get("THead")).as("one THead a table").isEqualTo(2);
        assertThat(types.get("TH")).as("five header cells and two").isEqualTo(7);
        assertThat(types.get("TR")).as("41 rows and 3").isEqualTo(44);
    }

    @Test
    void aShortNameStaysOnOneLineWhileTheWideColumnWraps() {
        int names = 0;
        for (List<String> lines : pages) {
            for (String line : lines) {
                if (line.contains("Crowther")) {
                    assertThat(line).as("a line with the master's name").contains("J. Crowther");
                    names++;
                }
                assertThat(line).as("no line ends with a name's initial").doesNotMatch(".*\\bJ\\.$");
            }
        }
        assertThat(names).isEqualTo(40);
    }

    @Test
    void aWordBrokenInsideACellShowsAHyphen() {
        Pattern broken = Pattern.compile("(Pneumono\\S*|Donaudampf\\S*)");
        List<String> ends = new ArrayList<>();
        for (List<String> lines : pages) {
            for (String line : lines) {
                Matcher m = broken.matcher(line);
                if (m.find()) {
                    ends.add(m.group(1));
                }
            }
        }
        assertThat(ends).hasSize(2).allSatisfy(word -> assertThat(word).as("the start of a broken word").matches(".*[-\u00AD]"));
    }

    @Test
    void theBookPassesPdfUaAndPdfA() throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(VeraPdf.validate(bytes, PDFAFlavour.PDFUA_1).failures()).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.validate(bytes, PDFAFlavour.PDFA_2_U).failures()).as("PDF/A-2u").isEmpty();
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        Path again = quire().build(STORY, output.resolve("b")).files().get(0);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }

    private static void count(PDStructureNode node, Map<String, Integer> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.merge(element.getStructureType(), 1, Integer::sum);
                count(element, types);
            }
        }
    }
}
