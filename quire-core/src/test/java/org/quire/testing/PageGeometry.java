package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text that no reader can read, found from the glyphs a PDF draws (read back with PDFBox): a
 * glyph outside its page, or two lines printed over each other. Each glyph stands for the box
 * from 0.7 of its size above its baseline to 0.2 below (most of a line's ink); two glyphs on
 * different baselines whose boxes meet by more than {@link #TOLERANCE} both ways overprint.
 * A note's superscript call stands beside its word, never over it, so it does not count.
 */
public final class PageGeometry {
    /** Points two glyph boxes may share before they count as printed over each other. */
    static final float TOLERANCE = 0.3f;

    private PageGeometry() {
    }

    /** What is wrong, page by page ("page 7: …"); empty when every glyph is on its page and none overprints. */
    public static List<String> problems(Path pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PDRectangle box = document.getPage(p - 1).getMediaBox();
                List<PageGlyph> glyphs = PageGlyph.read(document, p);
                for (PageGlyph g : glyphs) {
                    if (g.x() < -TOLERANCE || g.end() > box.getWidth() + TOLERANCE || g.top() < -TOLERANCE
                            || g.bottom() > box.getHeight() + TOLERANCE) {
                        problems.add(String.format(Locale.ROOT, "page %d: '%s' at x %.1f, baseline %.1f is off the page",
                                p, g.text(), g.x(), g.baseline()));
                    }
                }
                glyphs.sort((a, b) -> Float.compare(a.top(), b.top()));
                for (int i = 0; i < glyphs.size(); i++) {
                    PageGlyph a = glyphs.get(i);
                    for (int j = i + 1; j < glyphs.size() && glyphs.get(j).top() < a.bottom() - TOLERANCE; j++) {
                        PageGlyph b = glyphs.get(j);
                        boolean otherLine = Math.abs(a.baseline() - b.baseline()) > 0.5f;
                        boolean across = Math.min(a.end(), b.end()) - Math.max(a.x(), b.x()) > TOLERANCE;
                        if (otherLine && across && !a.text().isBlank() && !b.text().isBlank()) {
                            problems.add(String.format(Locale.ROOT,
                                    "page %d: '%s' (baseline %.1f) and '%s' (baseline %.1f) are printed over each other at x %.1f",
                                    p, a.text(), a.baseline(), b.text(), b.baseline(), Math.max(a.x(), b.x())));
                        }
                    }
                }
            }
        }
        return problems;
    }

}
