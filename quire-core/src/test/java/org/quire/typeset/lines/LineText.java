package org.quire.typeset.lines;

import java.util.ArrayList;
import java.util.List;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;

/** A sink that keeps each line as text: "words like this", inserted hyphens as "-", and the right edge. */
public final class LineText implements GlyphSink {
    private final StringBuilder line = new StringBuilder();
    private float right;
    private float left = Float.MAX_VALUE;
    private float inkRight;
    private float scale = 1;

    public static List<String> lines(SetParagraph paragraph) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraph.lineCount(); i++) {
            LineText sink = new LineText();
            paragraph.drawLine(i, 0, 0, sink);
            out.add(sink.line.toString().strip());
        }
        return out;
    }

    /** Where line {@code line}'s first glyph starts and its last glyph's advance ends, letter spacing after it left out. */
    public static float[] inkEdges(SetParagraph paragraph, int line) {
        LineText sink = new LineText();
        paragraph.drawLine(line, 0, 0, sink);
        return new float[] {sink.left, sink.inkRight};
    }

    /** The right edge of each line, in points. */
    public static List<Float> rights(SetParagraph paragraph) {
        List<Float> out = new ArrayList<>();
        for (int i = 0; i < paragraph.lineCount(); i++) {
            LineText sink = new LineText();
            paragraph.drawLine(i, 0, 0, sink);
            out.add(sink.right);
        }
        return out;
    }

    @Override
    public void glyphs(Object tag, TextStyle style, FontFace face, Shaped shaped, float x, float baseline, boolean insertedHyphen) {
        for (int g = 0; g < shaped.size(); g++) {
            if (shaped.text(g) != null) {
                line.append(shaped.text(g));
            }
        }
        right = Math.max(right, x + shaped.width() * style.size() / 1000f * scale);
        left = Math.min(left, x);
        // Letter spacing follows every glyph; the ink ends at the last one's advance.
        inkRight = Math.max(inkRight, x + (shaped.width() * style.size() / 1000f
                + style.letterSpacing() * (shaped.size() - 1)) * scale);
    }

    @Override
    public void scale(float value) {
        scale = value;
    }

    @Override
    public void missing(Object tag, TextStyle style, FontFace face, String text, Shaped marks, float x, float baseline) {
        line.append(text);
    }

    @Override
    public void space(Object tag, TextStyle style, FontFace face, float x, float width, float baseline) {
        line.append(' ');
    }

    @Override
    public void rule(Object tag, float x1, float x2, float y, float thickness, int color) {
    }

    @Override
    public void leader(Object tag, TextStyle style, FontFace face, String pattern, float x1, float x2, float baseline) {
        line.append(" … ");
        right = Math.max(right, x2);
    }
}
