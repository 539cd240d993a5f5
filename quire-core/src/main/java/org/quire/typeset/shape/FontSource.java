package org.quire.typeset.shape;

import java.util.Objects;

/**
 * A TrueType face as the theme supplies it: its family name, weight and style, and the bytes of
 * the font file (embedded in the PDF as a subset).
 *
 * @param origin where the file came from, for messages
 */
public record FontSource(String family, boolean bold, boolean italic, byte[] data, String origin) {
    public FontSource {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FontSource that && family.equals(that.family) && bold == that.bold
                && italic == that.italic && java.util.Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, bold, italic, java.util.Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return family + (bold ? " Bold" : "") + (italic ? " Italic" : "") + " (" + origin + ")";
    }
}
