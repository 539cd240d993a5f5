package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.PageGlyph.lines;
import static org.quire.testing.PageGlyph.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageGlyph;

/**
 * The contents page as the typographer's trial found it (trial 1, finding 15), read back from
 * the PDF with PDFBox. {@code contents/long-title}: three chapters, the first with a title too
 * long for one line. A wrapped entry hangs (its turnover line indented) and never runs under the
 * page numbers, which stand flush right in a column of their own; the leaders are spaced dots on
 * one grid, so they line up from entry to entry.
 */
class ContentsIT {
    private static final Path STORY = Path.of("src", "test", "resources", "contents", "long-title", "in");

    @TempDir
    static Path output;
    /** The contents page's lines below its heading, each its glyphs left to right. */
    static List<List<PageGlyph>> entries;

    @BeforeAll
    static void build() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        Path pdf = quire.build(STORY, output).files().get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages() && entries == null; p++) {
                List<List<PageGlyph>> lines = lines(PageGlyph.read(document, p));
                for (int i = 0; i < lines.size(); i++) {
                    if (text(lines.get(i)).strip().equals("Contents")) {
                        entries = lines.subList(i + 1, lines.size());
                        break;
                    }
                }
            }
        }
        assertThat(entries).as("a page headed Contents").isNotNull();
        assertThat(entries).as("the entries' lines: the long title wraps once").hasSize(5);
    }

    @Test
    void pageNumbersStandFlushRightAndTitlesStopShortOfThem() {
        List<PageGlyph> numbers = new ArrayList<>();
        for (List<PageGlyph> line : entries) {
            if (Character.isDigit(line.get(line.size() - 1).text().charAt(0))) {
                numbers.add(line.get(line.size() - 1));
            }
        }
        assertThat(numbers).as("an entry's last line ends with its page number").hasSize(4);
        float right = numbers.get(0).end();
        float column = Float.MAX_VALUE;
        for (List<PageGlyph> line : entries) {
            PageGlyph last = line.get(line.size() - 1);
            if (Character.isDigit(last.text().charAt(0))) {
                assertThat(last.end()).as("the right edge of a page number").isCloseTo(right, org.assertj.core.data.Offset.offset(0.5f));
                for (PageGlyph g : line) {
                    if (Character.isDigit(g.text().charAt(0))) {
                        column = Math.min(column, g.x());
                    }
                }
            }
        }
        for (List<PageGlyph> line : entries) {
            for (PageGlyph g : line) {
                if (Character.isLetter(g.text().charAt(0))) {
                    assertThat(g.end()).as("'%s' of \"%s\" ends left of the page numbers' column", g.text(), text(line))
                            .isLessThan(column);
                }
            }
        }
    }

    @Test
    void aWrappedTitleHangs() {
        List<PageGlyph> first = entries.get(0);
        List<PageGlyph> turnover = entries.get(1);
        assertThat(text(first)).startsWith("TheNighttheLamps");
        assertThat(turnover.get(0).x()).as("the turnover line's start, indented from the entry's")
                .isGreaterThan(first.get(0).x() + 0.5f * first.get(0).size());
        assertThat(entries.get(2).get(0).x()).as("the next entry starts at the margin again")
                .isCloseTo(first.get(0).x(), org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void leadersAreSpacedDotsThatLineUpFromEntryToEntry() {
        List<Float> dots = new ArrayList<>();
        float step = Float.MAX_VALUE;
        float size = entries.get(0).get(0).size();
        for (List<PageGlyph> line : entries) {
            PageGlyph before = null;
            for (PageGlyph g : line) {
                if (g.text().equals(".")) {
                    dots.add(g.x());
                    if (before != null) {
                        step = Math.min(step, g.x() - before.x());
                    }
                    before = g;
                }
            }
        }
        assertThat(dots).as("leader dots").hasSizeGreaterThan(20);
        assertThat(step).as("the distance between two dots of a leader").isGreaterThan(0.4f * size);
        for (float x : dots) {
            double steps = (x - dots.get(0)) / step;
            assertThat(Math.abs(steps - Math.rint(steps))).as("a dot at x %.2f, on the grid of the first", x).isLessThan(0.05);
        }
    }
}
