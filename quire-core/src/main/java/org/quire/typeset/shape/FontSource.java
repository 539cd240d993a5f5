package org.quire.typeset.shape;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * A TrueType face as the theme supplies it: its family name, weight and style, and the bytes of
 * the font file (embedded in the PDF as a subset).
 *
 * <p>A face made with {@link #lazy} is read only when first drawn with, and says without being
 * read which characters it is used for: a bundled fallback for a script (Han, Thai…) costs a
 * Latin book nothing.
 */
public final class FontSource {
    private final String family;
    private final boolean bold;
    private final boolean italic;
    private final String origin;
    private final Supplier<byte[]> loader;
    private final IntPredicate coverage;
    private volatile byte[] data;

    /**
     * @param data the font file
     * @param origin where the file came from, for messages
     */
    public FontSource(String family, boolean bold, boolean italic, byte[] data, String origin) {
        this(family, bold, italic, null, origin, null);
        this.data = Objects.requireNonNull(data, "data");
    }

    private FontSource(String family, boolean bold, boolean italic, Supplier<byte[]> loader, String origin,
                       IntPredicate coverage) {
        this.family = Objects.requireNonNull(family, "family");
        this.bold = bold;
        this.italic = italic;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.loader = loader;
        this.coverage = coverage;
    }

    /**
     * A face whose file is read when first needed.
     *
     * @param origin names the file uniquely (two lazy sources of one origin are the same face)
     * @param coverage the code points the face is used for, all of which it has glyphs for
     */
    public static FontSource lazy(String family, boolean bold, boolean italic, Supplier<byte[]> data, String origin,
                                  IntPredicate coverage) {
        return new FontSource(family, bold, italic, Objects.requireNonNull(data, "data"), origin,
                Objects.requireNonNull(coverage, "coverage"));
    }

    public String family() {
        return family;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    public String origin() {
        return origin;
    }

    /** The font file, read now if it was not yet. */
    public byte[] data() {
        byte[] read = data;
        if (read == null) {
            synchronized (this) {
                read = data;
                if (read == null) {
                    read = loader.get();
                    data = read;
                }
            }
        }
        return read;
    }

    /** The characters a lazy face is used for, or null when the face itself must be asked. */
    IntPredicate coverage() {
        return coverage;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FontSource that) || !family.equals(that.family) || bold != that.bold
                || italic != that.italic || (loader == null) != (that.loader == null)) {
            return false;
        }
        return loader == null ? Arrays.equals(data, that.data) : origin.equals(that.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, bold, italic, loader == null ? Arrays.hashCode(data) : origin.hashCode());
    }

    @Override
    public String toString() {
        return family + (bold ? " Bold" : "") + (italic ? " Italic" : "") + " (" + origin + ")";
    }
}
