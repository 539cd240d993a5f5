package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's pages as a reader sees them, for golden files of page layout: each page's side
 * (recto or verso), running head and folio, every line of text as it is broken, and the depth
 * where the text ends. Read from the glyphs' positions, so it shows what was drawn, whatever
 * drew it. A superscript (a note's call) counts with the line it stands on.
 */
public final class PageLayout {
    private record Glyph(float x, float end, float y, float size, String text) {
    }

    private PageLayout() {
    }

    public static String describe(Path pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<List<Glyph>> lines = lines(document, p);
                String head = "";
                String folio = "";
                // A running head stands in the top margin, a folio alone at the foot.
                if (lines.size() > 1 && lines.get(0).get(0).y < 40) {
                    head = text(lines.remove(0)).strip();
                }
                if (!lines.isEmpty() && text(lines.get(lines.size() - 1)).strip().matches("\\d+")) {
                    folio = text(lines.remove(lines.size() - 1)).strip();
                }
                out.append("=== page ").append(p).append(p % 2 == 1 ? " (recto)" : " (verso)");
                if (!head.isEmpty()) {
                    out.append(" head: ").append(head);
                }
                if (!folio.isEmpty()) {
                    out.append(" folio: ").append(folio);
                }
                out.append('\n');
                for (List<Glyph> line : lines) {
                    out.append(text(line).stripTrailing()).append('\n');
                }
                if (!lines.isEmpty()) {
                    float depth = 0;
                    for (Glyph g : lines.get(lines.size() - 1)) {
                        depth = Math.max(depth, g.y);
                    }
                    out.append(String.format(Locale.ROOT, "--- text ends %.1f pt from the top%n", depth));
                }
            }
        }
        return out.toString();
    }

    private static float size(List<Glyph> line) {
        float size = 0;
        for (Glyph g : line) {
            size = Math.max(size, g.size);
        }
        return size;
    }

    /** The line's text; a gap of a quarter em or more with no space drawn in it (table cells, a list's bullet) reads as one. */
    private static String text(List<Glyph> line) {
        StringBuilder out = new StringBuilder();
        Glyph before = null;
        for (Glyph g : line) {
            if (before != null && !before.text.isBlank() && !g.text.isBlank() && g.x - before.end > 0.25f * g.size) {
                out.append(' ');
            }
            out.append(g.text);
            before = g;
        }
        return out.toString();
    }

    private static List<List<Glyph>> lines(PDDocument document, int page) throws IOException {
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
        glyphs.sort((a, b) -> Float.compare(a.y, b.y));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float top = 0;
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && g.y - top > 5) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                top = g.y;
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        for (List<Glyph> line : lines) {
            line.sort((a, b) -> Float.compare(a.x, b.x));
        }
        lines.removeIf(line -> text(line).isBlank());
        return lines;
    }
}
