package org.quire.typeset.pages;

/** A box's content, drawn with its top left corner at {@code (x, top)} of the text block (y going down). */
@FunctionalInterface
public interface Drawable {
    void draw(Canvas canvas, float x, float top);
}
