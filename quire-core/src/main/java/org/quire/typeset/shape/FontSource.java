package org.quire.typeset.shape;

import java.util.Objects;

/**
 * A TrueType face as the theme supplies it: its family name, weight and style, and the bytes of
 * the font file (embedded in the PDF as a subset).
 *
 * @param origin where the file came from, for messages
 * @param ranges the code points the face is asked for, as pairs of first and last (inclusive), or
 *     null for any: a fallback face for one script (Hebrew, Arabic) is parsed only when a book has
 *     a character of that script, never to answer whether it has some symbol of a Latin book
 */
public record FontSource(String family, boolean bold, boolean italic, byte[] data, String origin, int[] ranges) {
    public FontSource {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(origin, "origin");
        if (ranges != null && ranges.length % 2 != 0) {
            throw new IllegalArgumentException("ranges come in pairs of first and last code point");
        }
    }

    /** A face asked for any code point. */
    public FontSource(String family, boolean bold, boolean italic, byte[] data, String origin) {
        this(family, bold, italic, data, origin, null);
    }

    /** Whether the face is asked for {@code codePoint} at all (see {@code ranges}). */
    boolean offered(int codePoint) {
        if (ranges == null) {
            return true;
        }
        for (int i = 0; i < ranges.length; i += 2) {
            if (codePoint >= ranges[i] && codePoint <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
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
