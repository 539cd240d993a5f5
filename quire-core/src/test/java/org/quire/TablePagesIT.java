package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageGlyph;
import org.quire.testing.PageLayout;

/**
 * How tables are cut across pages (trial 15, findings 6 and 7), read back from the PDF with
 * PDFBox. {@code tables/ledger}: the tester's story, six tables of nine rows ("Ó Súilleabháin
 * 0" to "8", some rows five lines tall) each after a lead-in line ending in ':', between
 * paragraphs of plain text.
 */
class TablePagesIT {
    private static final Path STORY = Path.of("src", "test", "resources", "tables", "ledger", "in");
    private static final Pattern ROW = Pattern.compile("^Ó Súilleabháin (\\d)\\b");

    @TempDir
    static Path output;
    static Path pdf;
    static List<List<String>> pages;

    @BeforeAll
    static void build() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        pdf = quire.build(STORY, output).files().get(0);
        pages = PageLayout.pages(pdf);
    }

    /** Book practice: a table split by a page leaves two rows at least above the break and carries two over. */
    @Test
    void aSplitTableLeavesTwoRowsAndCarriesTwoOver() {
        List<Map<Integer, List<Integer>>> tables = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p)) {
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    int row = Integer.parseInt(m.group(1));
                    if (row == 0) {
                        tables.add(new LinkedHashMap<>());
                    }
                    tables.get(tables.size() - 1).computeIfAbsent(p + 1, k -> new ArrayList<>()).add(row);
                }
            }
        }
        assertThat(tables).as("the ledger's tables").hasSize(6);
        assertThat(tables).as("some table is split across pages").anyMatch(t -> t.size() > 1);
        for (Map<Integer, List<Integer>> table : tables) {
            if (table.size() > 1) {
                assertThat(table.values()).as("the rows of a split table, by page: %s", table)
                        .allSatisfy(rows -> assertThat(rows).hasSizeGreaterThanOrEqualTo(2));
            }
        }
    }

    /**
     * A table's rows are not a whole number of lines tall, so a page beside one cannot always end
     * on the grid; but the spread runs to full depth or a line short, its table page less than a
     * line above that: never both pages cut to a row's foot two or three lines up (the spread
     * beside Table 2 was 44 pt, three lines, short).
     */
    @Test
    void spreadsBesideTablesAreAtMostALineShort() throws Exception {
        List<Float> depths = new ArrayList<>();
        List<Boolean> headed = new ArrayList<>();
        Map<Float, Integer> gaps = new java.util.HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                java.util.TreeMap<Float, StringBuilder> lines = new java.util.TreeMap<>();
                for (PageGlyph g : PageGlyph.read(document, p)) {
                    if (!g.text().isBlank()) {
                        lines.computeIfAbsent(Math.round(g.baseline() * 10) / 10f, k -> new StringBuilder()).append(g.text());
                    }
                }
                boolean head = !lines.isEmpty() && lines.firstKey() < 40;
                if (!lines.isEmpty() && lines.lastEntry().getValue().toString().strip().matches("\\d+")) {
                    lines.pollLastEntry(); // the folio
                }
                Float before = null;
                for (Float y : lines.keySet()) {
                    if (before != null) {
                        gaps.merge(Math.round((y - before) * 10) / 10f, 1, Integer::sum);
                    }
                    before = y;
                }
                headed.add(head);
                depths.add(lines.isEmpty() ? 0 : lines.lastKey());
            }
        }
        float lead = mode(gaps);
        Map<Float, Integer> fulls = new java.util.HashMap<>();
        for (int i = 0; i < depths.size(); i++) {
            if (headed.get(i)) {
                fulls.merge(depths.get(i), 1, Integer::sum);
            }
        }
        float full = mode(fulls);
        List<String> spreads = new ArrayList<>();
        for (int v = 1; v + 2 < depths.size(); v += 2) { // page v + 1, a verso, and the recto facing it
            if (headed.get(v) && headed.get(v + 1) && headed.get(v + 2)) {
                float deeper = Math.max(depths.get(v), depths.get(v + 1));
                float shallower = Math.min(depths.get(v), depths.get(v + 1));
                spreads.add(String.format(java.util.Locale.ROOT, "p%d-%d: %.1f/%.1f lines short", v + 1, v + 2,
                        (full - depths.get(v)) / lead, (full - depths.get(v + 1)) / lead));
                assertThat(full - deeper).as("the deeper page of pages %d-%d (full %.1f, lead %.1f): %s", v + 1, v + 2,
                        full, lead, spreads).isLessThanOrEqualTo(lead + 0.5f);
                assertThat(full - shallower).as("the shallower page of pages %d-%d (full %.1f, lead %.1f): %s", v + 1,
                        v + 2, full, lead, spreads).isLessThan(2 * lead);
            }
        }
        assertThat(spreads).as("mid-chapter spreads").hasSizeGreaterThanOrEqualTo(4);
    }

    private static float mode(Map<Float, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
    }
}
