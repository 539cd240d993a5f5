package org.quire.typeset.pages;

import org.quire.typeset.flow.ImageBlock;
import org.quire.typeset.lines.GlyphSink;

/**
 * Where a page's text block is drawn: text through {@link GlyphSink}, plus pictures and rules.
 * Coordinates are points from the top left of the text block, y going down.
 */
public interface Canvas extends GlyphSink {
    /** A picture with its top left corner at {@code (x, top)}, clipped to the page. */
    void image(ImageBlock image, float x, float top);

    /** A horizontal rule, an artifact, with its centre at {@code y}. */
    void rule(float x1, float x2, float y, float thickness, int color);

    /** A straight line (a table border), an artifact. */
    void line(float x1, float y1, float x2, float y2, float thickness, int color);

    /**
     * Whether what is drawn next is drawn again, to help the reader of a page (a table's header
     * rows on a continuation page): an artifact of pagination (ISO 32000-1 §14.8.2.2.1), not text
     * to be read a second time.
     */
    void repeating(boolean on);
}
