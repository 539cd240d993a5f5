package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageLayout;
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
        pages = pages(PageLayout.describe(pdf));
    }

    private static Quire quire() {
        return Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
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

    /** Each page's lines, running head and folio left out. */
    private static List<List<String>> pages(String layout) {
        List<List<String>> out = new ArrayList<>();
        for (String line : layout.split("\n")) {
            if (line.startsWith("=== page")) {
                out.add(new ArrayList<>());
            } else if (!line.startsWith("--- text ends") && !out.isEmpty()) {
                out.get(out.size() - 1).add(line);
            }
        }
        return out;
    }
}
