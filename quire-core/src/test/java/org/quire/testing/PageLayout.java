package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF's pages as a reader sees them, for golden files of page layout: each page's side
 * (recto or verso), running head and folio, every line of text as it is broken, and the depth
 * where the text ends. Read from the glyphs' positions, so it shows what was drawn, whatever
 * drew it. A superscript (a note's call) counts with the line it stands on.
 */
public final class PageLayout {
    private PageLayout() {
    }

    /** Each page's lines in a {@link #describe} text, the page and depth lines left out. */
    public static List<List<String>> pages(String layout) {
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

    /** Each page's lines of {@code pdf}, running head and folio left out. */
    public static List<List<String>> pages(Path pdf) throws IOException {
        return pages(describe(pdf));
    }

    public static String describe(Path pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<List<PageGlyph>> lines = lines(document, p);
                String head = "";
                String folio = "";
                // A running head stands in the top margin, a folio alone at the foot.
                if (lines.size() > 1 && lines.get(0).get(0).baseline() < 40) {
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
                for (List<PageGlyph> line : lines) {
                    out.append(text(line).stripTrailing()).append('\n');
                }
                if (!lines.isEmpty()) {
                    float depth = 0;
                    for (PageGlyph g : lines.get(lines.size() - 1)) {
                        depth = Math.max(depth, g.baseline());
                    }
                    out.append(String.format(Locale.ROOT, "--- text ends %.1f pt from the top%n", depth));
                }
            }
        }
        return out.toString();
    }

    private static float size(List<PageGlyph> line) {
        float size = 0;
        for (PageGlyph g : line) {
            size = Math.max(size, g.size());
        }
        return size;
    }

    /** The line's text; a gap of a quarter em or more with no space drawn in it (table cells, a list's bullet) reads as one. */
    private static String text(List<PageGlyph> line) {
        StringBuilder out = new StringBuilder();
        PageGlyph before = null;
        for (PageGlyph g : line) {
            if (before != null && !before.text().isBlank() && !g.text().isBlank() && g.x() - before.end() > 0.25f * g.size()) {
                out.append(' ');
            }
            out.append(g.text());
            before = g;
        }
        return out.toString();
    }

    private static List<List<PageGlyph>> lines(PDDocument document, int page) throws IOException {
        List<PageGlyph> glyphs = new ArrayList<>(PageGlyph.read(document, page));
        glyphs.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        List<List<PageGlyph>> lines = new ArrayList<>();
        List<PageGlyph> current = new ArrayList<>();
        float top = 0;
        for (PageGlyph g : glyphs) {
            if (!current.isEmpty() && g.baseline() - top > 5) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                top = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        for (List<PageGlyph> line : lines) {
            line.sort((a, b) -> Float.compare(a.x(), b.x()));
        }
        lines.removeIf(line -> text(line).isBlank());
        return lines;
    }
}
