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
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Widows, read from a PDF's glyphs: a page whose first line of body text is the last line of a
 * paragraph begun on the page before (flush left, short of the measure, the line before it on
 * the previous page full). Body text is the text in the book's most common size, so running
 * heads, folios and notes do not count.
 */
public final class Widows {
    private record Line(float baseline, float start, float end, float size, StringBuilder text) {
    }

    private Widows() {
    }

    /** "page N: text" for each widow. */
    public static List<String> of(Path pdf) throws IOException {
        List<String> widows = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<Line>> pages = new ArrayList<>();
            Map<Float, Integer> sizes = new HashMap<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Line> lines = lines(document, p);
                lines.forEach(l -> sizes.merge(l.size, l.text.length(), Integer::sum));
                pages.add(lines);
            }
            float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            float left = Float.MAX_VALUE;
            float right = 0;
            for (List<Line> lines : pages) {
                lines.removeIf(l -> Math.abs(l.size - body) > 0.1f);
            }
            Line before = null;
            for (int p = 0; p < pages.size(); p++) {
                List<Line> lines = pages.get(p);
                if (lines.isEmpty()) {
                    before = null;
                    continue;
                }
                left = Float.MAX_VALUE;
                right = 0;
                for (Line l : lines) {
                    left = Math.min(left, l.start);
                    right = Math.max(right, l.end);
                }
                Line first = lines.get(0);
                boolean continues = before != null && before.end > before.start + 0.9f * (right - left);
                boolean flush = first.start < left + 1;
                boolean last = first.end < right - 0.15f * (right - left);
                boolean nextStarts = lines.size() == 1 || lines.get(1).start > left + 1;
                if (continues && flush && last && nextStarts) {
                    widows.add("page " + (p + 1) + ": " + first.text.toString().strip());
                }
                before = lines.get(lines.size() - 1);
            }
        }
        return widows;
    }

    private static List<Line> lines(PDDocument document, int page) throws IOException {
        TreeMap<Integer, Line> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (text.getUnicode().isBlank()) {
                    return;
                }
                int key = Math.round(text.getYDirAdj());
                Line line = lines.computeIfAbsent(key, k -> new Line(text.getYDirAdj(), text.getXDirAdj(),
                        text.getXDirAdj() + text.getWidthDirAdj(), text.getFontSizeInPt(), new StringBuilder()));
                lines.put(key, new Line(line.baseline, Math.min(line.start, text.getXDirAdj()),
                        Math.max(line.end, text.getXDirAdj() + text.getWidthDirAdj()), line.size,
                        line.text.append(text.getUnicode())));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return new ArrayList<>(lines.values());
    }
}
