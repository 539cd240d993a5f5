package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How deep a book's pages run, read back from its PDF's glyphs (trial 1, findings 2 and 10).
 * Book practice (Bringhurst 2.2; TeX's {@code \looseness}) runs a mid-chapter spread to full
 * depth, or at most a line short or long, and does not end a chapter on a page of two or three
 * lines. A page with a running head is a text page inside a chapter (openings and blanks have
 * none); a chapter's last page is one whose next page has no running head. A page's depth is
 * its last line of text, notes included, the folio left out; a full page's is the depth most
 * text pages reach, and shortfalls are counted in lines of the body's leading.
 * Usage: {@code Spreads <pdf>...}
 */
public final class Spreads {
    /** What was found: spreads by how many lines short, and short chapter-final pages. */
    public record Report(int spreads, int shortByOne, List<String> shortByTwoOrMore, int longSpreads,
                         List<String> shortEndings) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d mid-chapter spreads: %d a line short, %d short by 2 or more, %d a line long;"
                    + " %d chapter-final pages of 3 lines or fewer%n  short spreads: %s%n  short endings: %s",
                    spreads, shortByOne, shortByTwoOrMore.size(), longSpreads, shortEndings.size(), shortByTwoOrMore,
                    shortEndings);
        }
    }

    private record Page(boolean headed, float depth, int bodyLines) {
    }

    private Spreads() {
    }

    public static void main(String[] args) throws IOException {
        for (String pdf : args) {
            System.out.println(pdf + ": " + of(Path.of(pdf)));
        }
    }

    public static Report of(Path pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<List<PageGlyph>>> all = new ArrayList<>();
            Map<Float, Integer> sizes = new HashMap<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<List<PageGlyph>> lines = lines(PageGlyph.read(document, p));
                lines.forEach(line -> line.forEach(g -> sizes.merge(round(g.size(), 10), 1, Integer::sum)));
                all.add(lines);
            }
            float body = mode(sizes);
            Map<Float, Integer> leads = new HashMap<>();
            for (List<List<PageGlyph>> lines : all) {
                pages.add(page(lines, body, leads));
            }
            float lead = mode(leads);
            Map<Float, Integer> depths = new HashMap<>();
            pages.stream().filter(Page::headed).forEach(p -> depths.merge(round(p.depth, 2), 1, Integer::sum));
            return report(pages, mode(depths), lead);
        }
    }

    private static Report report(List<Page> pages, float full, float lead) {
        int spreads = 0;
        int byOne = 0;
        int longer = 0;
        List<String> byTwo = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            boolean last = page.headed && (i + 1 == pages.size() || !pages.get(i + 1).headed);
            if (last && page.bodyLines <= 3) {
                endings.add("p" + (i + 1) + " (" + page.bodyLines + ")");
            }
            // A verso is an even page (page 1 is a recto); its recto must not end the chapter.
            boolean verso = (i + 1) % 2 == 0;
            if (!verso || i + 2 >= pages.size() || !page.headed || !pages.get(i + 1).headed || !pages.get(i + 2).headed) {
                continue;
            }
            spreads++;
            int shortfall = Math.max(lines(full - page.depth, lead), lines(full - pages.get(i + 1).depth, lead));
            if (shortfall == 1) {
                byOne++;
            } else if (shortfall >= 2) {
                byTwo.add("p" + (i + 1) + "-" + (i + 2) + " (" + shortfall + ")");
            } else if (shortfall < 0) {
                longer++;
            }
        }
        return new Report(spreads, byOne, byTwo, longer, endings);
    }

    private static int lines(float shortfall, float lead) {
        return Math.round(shortfall / lead);
    }

    /** A page: whether it has a running head, where its text ends, how many lines of body text it holds. */
    private static Page page(List<List<PageGlyph>> lines, float body, Map<Float, Integer> leads) {
        // A running head stands in the top margin, a folio alone at the foot (as PageLayout reads them).
        boolean headed = lines.size() > 1 && lines.get(0).get(0).baseline() < 40;
        if (headed) {
            lines.remove(0);
        }
        if (!lines.isEmpty() && text(lines.get(lines.size() - 1)).matches("\\d+")) {
            lines.remove(lines.size() - 1);
        }
        int count = 0;
        float before = Float.NaN;
        for (List<PageGlyph> line : lines) {
            if (Math.abs(size(line) - body) < 0.1f) {
                count++;
                if (!Float.isNaN(before)) {
                    leads.merge(round(baseline(line) - before, 10), 1, Integer::sum);
                }
                before = baseline(line);
            }
        }
        float depth = lines.isEmpty() ? 0 : baseline(lines.get(lines.size() - 1));
        return new Page(headed, depth, count);
    }

    private static List<List<PageGlyph>> lines(List<PageGlyph> glyphs) {
        List<PageGlyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(g -> g.text().isBlank());
        sorted.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        List<List<PageGlyph>> lines = new ArrayList<>();
        for (PageGlyph g : sorted) {
            // A superscript (a note's call) stands a few points above its line's baseline.
            if (lines.isEmpty() || g.baseline() - baseline(lines.get(lines.size() - 1)) > 5) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(g);
        }
        return lines;
    }

    /** A line's baseline: its lowest glyph's, so a superscript call does not raise it. */
    private static float baseline(List<PageGlyph> line) {
        float y = 0;
        for (PageGlyph g : line) {
            y = Math.max(y, g.baseline());
        }
        return y;
    }

    private static float size(List<PageGlyph> line) {
        Map<Float, Integer> sizes = new HashMap<>();
        line.forEach(g -> sizes.merge(round(g.size(), 10), 1, Integer::sum));
        return mode(sizes);
    }

    private static String text(List<PageGlyph> line) {
        StringBuilder out = new StringBuilder();
        line.forEach(g -> out.append(g.text()));
        return out.toString().strip();
    }

    private static float round(float value, int parts) {
        return Math.round(value * parts) / (float) parts;
    }

    private static float mode(Map<Float, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
    }
}
