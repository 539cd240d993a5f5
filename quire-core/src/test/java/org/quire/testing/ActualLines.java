package org.quire.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a page as drawn, each in content order, a marked-content sequence with
 * {@code /ActualText} (ISO 32000-1 §14.9.4) read as that text rather than glyph by glyph: what a
 * line of Khmer or Myanmar says, where one glyph stands for different text in different words and
 * a vowel drawn before its consonant would read out of order. Artifacts (running heads, folios)
 * are left out; lines are keyed by baseline, in points from the top, within a point.
 */
public final class ActualLines {
    private ActualLines() {
    }

    /** The lines of page {@code page} (from 1), top to bottom, white space left out. */
    public static List<String> of(PDDocument document, int page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(document.getPage(page - 1));
        TreeMap<Float, StringBuilder> lines = new TreeMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (!"Artifact".equals(content.getTag())) {
                read(content, lines);
            }
        }
        List<String> out = new ArrayList<>();
        lines.values().forEach(line -> out.add(line.toString().replaceAll("\\s+", "")));
        return out;
    }

    private static void read(PDMarkedContent content, TreeMap<Float, StringBuilder> lines) {
        if (content.getActualText() != null) {
            first(content).ifPresent(at -> line(lines, at.getYDirAdj()).append(content.getActualText()));
            return;
        }
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition text) {
                line(lines, text.getYDirAdj()).append(text.getUnicode());
            } else if (part instanceof PDMarkedContent inner && !"Artifact".equals(inner.getTag())) {
                read(inner, lines);
            }
        }
    }

    private static java.util.Optional<TextPosition> first(PDMarkedContent content) {
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition text) {
                return java.util.Optional.of(text);
            }
            if (part instanceof PDMarkedContent inner) {
                java.util.Optional<TextPosition> found = first(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static StringBuilder line(TreeMap<Float, StringBuilder> lines, float baseline) {
        Float near = lines.floorKey(baseline + 1);
        if (near != null && Math.abs(baseline - near) < 1) {
            return lines.get(near);
        }
        StringBuilder line = new StringBuilder();
        lines.put(baseline, line);
        return line;
    }
}
