package org.quire.typeset.shape;

import java.util.List;

/**
 * The faces text of one style is set in, in order: the first face that has a character draws
 * it. The first face gives the line its metrics.
 */
public final class FontChain {
    /** An array, not a list: asked for every character of a book, and a list's iterator was a third of the asking. */
    private final FontFace[] faces;

    FontChain(List<FontFace> faces) {
        this.faces = faces.toArray(new FontFace[0]);
    }

    public FontFace primary() {
        return faces[0];
    }

    /** The first face that can draw {@code codePoint}, or null when none can. */
    public FontFace faceFor(int codePoint) {
        for (FontFace face : faces) {
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }
}
