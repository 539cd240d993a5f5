package org.quire.typeset.pages;

import java.util.List;
import org.quire.typeset.flow.Mark;
import org.quire.typeset.flow.TextBlock;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;

/** Draws a stretch of a galley top to bottom, telling where its marks fall. */
public final class GalleyPainter {
    /** Told of each mark and the depth (from the text block's top) where it falls. */
    @FunctionalInterface
    public interface Marks {
        void at(Mark mark, float y);
    }

    private GalleyPainter() {
    }

    /**
     * Draws items {@code [from, to)} from depth {@code top}, each stretchable glue grown by
     * {@code ratio} of its stretch (or shrunk, when negative). Returns the depth reached.
     */
    public static float paint(List<VItem> items, int from, int to, Canvas canvas, float x, float top, float ratio,
                              Marks marks) {
        return paint(items, from, to, canvas, x, top, ratio, null, marks);
    }

    /**
     * Draws the body of a page that carries footnotes: its glue as set, but for gaps moved to
     * bring the next line onto the grid of lines {@code lead} apart within {@code slack} ({@link BodyGrid});
     * squeezed by {@code ratio} as {@link #paint} does when its gaps cannot take up what it is over by.
     */
    public static float paintOnGrid(List<VItem> items, int from, int to, Canvas canvas, float x, float top, float lead,
                                    float slack, float ratio, Marks marks) {
        float[] extra = BodyGrid.extras(items, from, to, top, lead, slack);
        return paint(items, from, to, canvas, x, top, extra == null ? ratio : 0, extra, marks);
    }

    private static float paint(List<VItem> items, int from, int to, Canvas canvas, float x, float top, float ratio,
                               float[] extra, Marks marks) {
        float y = top;
        for (int i = from; i < to; i++) {
            VItem item = items.get(i);
            if (item instanceof VItem.Line line) {
                float baseline = y + line.top();
                if (line.marker() != null) {
                    marker(line.marker(), canvas, x + line.x(), baseline);
                }
                line.paragraph().drawLine(line.line(), x + line.x(), baseline, canvas);
                y += line.height();
            } else if (item instanceof VItem.Box box) {
                box.drawable().draw(canvas, x, y);
                y += box.height();
            } else if (item instanceof VItem.Glue glue) {
                y += glue.height() + (ratio > 0 ? ratio * glue.stretch() : ratio * glue.shrink())
                        + (extra == null ? 0 : extra[i - from]);
            } else if (item instanceof VItem.Marker marker && marks != null) {
                marks.at(marker.mark(), y);
            }
        }
        return y;
    }

    /** A list marker, right-aligned a gap before the line's start. */
    private static void marker(TextBlock.Marker marker, Canvas canvas, float left, float baseline) {
        TextStyle style = marker.style();
        FontFace face = style.fonts().faceFor(marker.text().codePointAt(0));
        if (face == null) {
            face = style.fonts().primary();
        }
        Shaped shaped = face.shape(marker.text());
        float width = shaped.width() * style.size() / 1000f;
        canvas.glyphs(marker.tag(), style, face, shaped, left - marker.gap() - width, baseline, false);
    }
}
