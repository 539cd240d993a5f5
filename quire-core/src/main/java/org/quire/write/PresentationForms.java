package org.quire.write;

/**
 * A script's letters as the contextual forms Unicode encodes for them, for a renderer that draws
 * code points glyph by glyph without the font's own substitutions (OpenType GSUB): the cover,
 * which openhtmltopdf draws through PDFBox. Strings are in logical order, in UTF-16.
 */
interface PresentationForms {
    /** {@code text} with each letter in its joining form and the required ligatures made. */
    String shape(String text);

    /** The reverse of {@link #shape}: presentation forms back to the letters they stand for. */
    String unshape(String text);
}
