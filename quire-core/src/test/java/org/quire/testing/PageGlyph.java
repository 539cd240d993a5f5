package org.quire.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One glyph of a page as PDFBox reads it back: where it starts and ends on the line, its
 * baseline (from the top of the page), its size and its text, all in points.
 */
public record PageGlyph(float x, float end, float baseline, float size, String text) {
    /** The top of the glyph's box: an ascent of 0.7 em above the baseline. */
    float top() {
        return baseline - 0.7f * size;
    }

    /** The bottom of the glyph's box: a descent of 0.2 em below the baseline. */
    float bottom() {
        return baseline + 0.2f * size;
    }

    /** The glyphs of page {@code page} (from 1), in the order they are drawn. */
    public static List<PageGlyph> read(PDDocument document, int page) throws IOException {
        List<PageGlyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new PageGlyph(text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj(),
                        text.getFontSizeInPt(), text.getUnicode()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    /**
     * The glyphs grouped into lines by baseline (within a point), top to bottom, each left to
     * right; blank glyphs left out.
     */
    public static List<List<PageGlyph>> lines(List<PageGlyph> glyphs) {
        List<PageGlyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(g -> g.text().isBlank());
        sorted.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        List<List<PageGlyph>> lines = new ArrayList<>();
        for (PageGlyph g : sorted) {
            if (lines.isEmpty() || g.baseline() - lines.get(lines.size() - 1).get(0).baseline() > 1) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(g);
        }
        lines.forEach(line -> line.sort((a, b) -> Float.compare(a.x(), b.x())));
        return lines;
    }

    /** A line's glyphs' text, joined. */
    public static String text(List<PageGlyph> line) {
        StringBuilder out = new StringBuilder();
        line.forEach(g -> out.append(g.text()));
        return out.toString();
    }
}
