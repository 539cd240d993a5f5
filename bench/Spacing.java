import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The spacing report: how a PDF's justified text looks, measured from the page as any reader
 * sees it (glyph positions read back with PDFBox), whatever made the PDF.
 * <ul>
 *   <li>word gaps on full justified lines, in ems of their text: mean, 95th and 99th percentile,
 *       the share of gaps over 0.5 em and the share of lines that have one;</li>
 *   <li>lines that end in a hyphen, and the longest run of them;</li>
 *   <li>pages whose last line of text ends in a hyphen;</li>
 *   <li>facing pages inside a chapter (both with running heads, and the page after them too)
 *       whose last lines of text stand at different depths.</li>
 * </ul>
 * A line is full when its right edge is within 1.5 pt of the page's common right edge and it
 * spans most of the measure; the running head (a first line in smaller type), the folio (a
 * last line of digits) and contents entries (a dot leader) are left out. Usage: {@code Spacing <pdf>...}
 */
public final class Spacing {
    private record Glyph(float x, float end, float y, float size, String text) {
    }

    private record Line(List<Glyph> glyphs, float y, float size) {
        float left() {
            return glyphs.get(0).x;
        }

        /** The end of the last glyph that shows (not a space drawn for text extraction). */
        float right() {
            for (int i = glyphs.size() - 1; i >= 0; i--) {
                if (!glyphs.get(i).text.isBlank()) {
                    return glyphs.get(i).end;
                }
            }
            return glyphs.get(0).x;
        }

        String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(g -> out.append(g.text));
            return out.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        for (String path : args) {
            report(new File(path));
        }
    }

    private static void report(File file) throws IOException {
        List<Double> gaps = new ArrayList<>();
        int full = 0;
        int looseLines = 0;
        int hyphenated = 0;
        int run = 0;
        int longest = 0;
        int pagesOnHyphen = 0;
        int unequal = 0;
        int spreads = 0;
        int pages;
        try (PDDocument document = Loader.loadPDF(file)) {
            pages = document.getNumberOfPages();
            float[] depths = new float[pages + 2];
            boolean[] headed = new boolean[pages + 2];
            for (int p = 1; p <= pages; p++) {
                List<Line> all = lines(document, p);
                List<Line> lines = body(all);
                headed[p] = all.size() > 2 && lines.size() < all.size() && all.get(0).size < lines.get(lines.size() / 2).size - 0.5f;
                if (lines.isEmpty()) {
                    continue;
                }
                Map<Integer, Integer> edges = new HashMap<>();
                lines.forEach(l -> edges.merge(Math.round(l.right()), 1, Integer::sum));
                int right = edges.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                float left = (float) lines.stream().mapToDouble(Line::left).min().orElse(0);
                int fullHere = 0;
                for (Line line : lines) {
                    // A contents entry's dot leader is no word spacing: its dots stand apart on purpose.
                    boolean leader = line.text().replace(" ", "").contains(".....");
                    boolean isFull = !leader && Math.abs(line.right() - right) <= 1.5f && line.right() - left > 0.8f * (right - left);
                    if (!isFull) {
                        run = 0;
                        continue;
                    }
                    full++;
                    fullHere++;
                    String text = line.text().strip();
                    if (text.endsWith("-") || text.endsWith("\u00AD") || text.endsWith("\u2010")) {
                        hyphenated++;
                        run++;
                        longest = Math.max(longest, run);
                    } else {
                        run = 0;
                    }
                    boolean loose = false;
                    for (double gap : wordGaps(line)) {
                        gaps.add(gap);
                        loose |= gap > 0.5;
                    }
                    if (loose) {
                        looseLines++;
                    }
                }
                String last = lines.get(lines.size() - 1).text().strip();
                if (last.endsWith("-") || last.endsWith("\u00AD")) {
                    pagesOnHyphen++;
                }
                depths[p] = lines.get(lines.size() - 1).y;
            }
            // Pages 2k and 2k+1 face each other. A spread counts when it is inside a chapter: both
            // pages have a running head (no opening), and so has the page after it (no chapter ends there).
            for (int p = 2; p + 1 <= pages; p += 2) {
                if (headed[p] && headed[p + 1] && headed[p + 2]) {
                    spreads++;
                    if (Math.abs(depths[p] - depths[p + 1]) > 0.5f) {
                        unequal++;
                        if (System.getProperty("spreads") != null) {
                            System.out.println("  unequal: pages " + p + " and " + (p + 1) + ", last baselines " + depths[p] + " and " + depths[p + 1]);
                        }
                    }
                }
            }
        }
        gaps.sort(null);
        double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        long over = gaps.stream().filter(g -> g > 0.5).count();
        System.out.printf(Locale.ROOT, "%s: %d pages, %d full justified lines, %d word gaps%n", file.getName(), pages, full, gaps.size());
        System.out.printf(Locale.ROOT, "  word gaps (em): mean %.3f, p95 %.3f, p99 %.3f, max %.3f; over 0.5 em: %.2f%% of gaps, on %.2f%% of full lines%n",
                mean, q(gaps, 0.95), q(gaps, 0.99), gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1),
                100.0 * over / Math.max(1, gaps.size()), 100.0 * looseLines / Math.max(1, full));
        System.out.printf(Locale.ROOT, "  lines ending in a hyphen: %.1f%% of full lines, longest run %d; pages ending in a hyphen: %d%n",
                100.0 * hyphenated / Math.max(1, full), longest, pagesOnHyphen);
        System.out.printf(Locale.ROOT, "  facing pages inside a chapter whose text ends at different depths: %d of %d spreads%n", unequal, spreads);
    }

    private static double q(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size())));
    }

    /** The gaps between words of a line, in ems of the text beside them. */
    private static List<Double> wordGaps(Line line) {
        List<Double> gaps = new ArrayList<>();
        Glyph before = null;
        boolean space = false;
        for (Glyph g : line.glyphs) {
            if (g.text.isBlank()) {
                space = true;
                continue;
            }
            if (before != null && space) {
                gaps.add((double) (g.x - before.end) / Math.max(1, Math.max(before.size, g.size)));
            }
            before = g;
            space = false;
        }
        return gaps;
    }

    /** The lines of text, without a running head (a first line in smaller type) or a folio (a last line of digits). */
    private static List<Line> body(List<Line> lines) {
        List<Line> body = new ArrayList<>(lines);
        if (body.size() > 2) {
            float common = body.get(body.size() / 2).size;
            if (body.get(0).size < common - 0.5f) {
                body.remove(0);
            }
            if (body.get(body.size() - 1).text().strip().matches("\\d+")) {
                body.remove(body.size() - 1);
            }
        }
        return body;
    }

    /** Glyphs of a page grouped into lines by baseline, each sorted left to right. */
    private static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj(),
                        text.getFontSizeInPt(), text.getUnicode()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        // A superscript (a note's call) stands a few points above its line's baseline.
        glyphs.sort((a, b) -> Float.compare(a.y, b.y));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float y = Float.NaN;
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && g.y - y > 5) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                y = g.y;
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        lines.removeIf(l -> l.text().isBlank());
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort((a, b) -> Float.compare(a.x, b.x));
        float size = 0;
        for (Glyph g : glyphs) {
            size = Math.max(size, g.size);
        }
        float baseline = 0;
        for (Glyph g : glyphs) {
            baseline = Math.max(baseline, g.y);
        }
        return new Line(glyphs, baseline, size);
    }
}
