package org.quire.typeset.lines;

import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;

/**
 * Receives a line as it is drawn: shaped runs of glyphs at their pen positions, the spaces
 * between words (as space glyphs, so text extraction finds the words apart) and decorations.
 * Coordinates are points from the top left of the text block, y going down; {@code baseline}
 * is the line's baseline, before a style's rise (which lifts its text).
 */
public interface GlyphSink {
    /**
     * Glyphs of one face and style.
     *
     * @param insertedHyphen whether the last glyph is a hyphen the line break added (not in the text)
     */
    void glyphs(Object tag, TextStyle style, FontFace face, Shaped shaped, float x, float baseline, boolean insertedHyphen);

    /**
     * Text no face of the style can draw (already reported as a missing glyph): {@code marks}
     * show in its place, and text extraction should still find the text.
     */
    void missing(Object tag, TextStyle style, FontFace face, String text, Shaped marks, float x, float baseline);

    /**
     * The horizontal scale of the glyphs that follow (1 for none): a justified line may widen or
     * narrow its glyphs a little (font expansion) as well as its spaces.
     */
    default void scale(float scale) {
    }

    /** A space of {@code width} points between words, drawn as the face's space glyph. */
    void space(Object tag, TextStyle style, FontFace face, float x, float width, float baseline);

    /** A line under or through text from {@code x1} to {@code x2}; {@code y} is the line's centre. */
    void rule(Object tag, float x1, float x2, float y, float thickness, int color);

    /** A leader: {@code pattern} repeated from {@code x1} to {@code x2}, aligned on a grid of its own width. */
    void leader(Object tag, TextStyle style, FontFace face, String pattern, float x1, float x2, float baseline);
}
