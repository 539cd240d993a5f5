package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The baselines of a book's body text, page by page, read back from its PDF: a line is body
 * text when it has a letter at the size most of the book's glyphs are set in (running heads,
 * folios, note calls and footnotes are smaller; a scene break's asterisks have no letter). A
 * page carries notes when a line with a letter, smaller than the body, stands below its text.
 */
public final class BodyLines {
    /** Page {@code number} (from 1): its body baselines from the top, in points, and whether it carries notes. */
    public record Page(int number, List<Float> baselines, boolean notes) {
    }

    private BodyLines() {
    }

    public static List<Page> of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<PageGlyph>> all = new ArrayList<>();
            Map<Float, Integer> sizes = new HashMap<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<PageGlyph> glyphs = PageGlyph.read(document, p);
                glyphs.forEach(g -> sizes.merge(Math.round(g.size() * 10) / 10f, 1, Integer::sum));
                all.add(glyphs);
            }
            float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<Page> pages = new ArrayList<>();
            for (int p = 0; p < all.size(); p++) {
                pages.add(page(p + 1, all.get(p), body));
            }
            return pages;
        }
    }

    private static Page page(int number, List<PageGlyph> glyphs, float body) {
        TreeMap<Float, List<PageGlyph>> lines = new TreeMap<>();
        for (PageGlyph g : glyphs) {
            lines.computeIfAbsent(Math.round(g.baseline() * 10) / 10f, k -> new ArrayList<>()).add(g);
        }
        List<Float> baselines = new ArrayList<>();
        boolean notes = false;
        for (Map.Entry<Float, List<PageGlyph>> line : lines.entrySet()) {
            boolean bodyLine = line.getValue().stream().anyMatch(g -> Math.abs(g.size() - body) < 0.05f && letter(g));
            boolean small = line.getValue().stream().anyMatch(g -> g.size() < 0.9f * body && letter(g));
            if (bodyLine) {
                baselines.add(line.getKey());
            } else if (small && !baselines.isEmpty()) {
                notes = true;
            }
        }
        return new Page(number, baselines, notes);
    }

    private static boolean letter(PageGlyph g) {
        return g.text().codePoints().anyMatch(Character::isLetter);
    }
}
