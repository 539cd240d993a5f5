package org.quire.typeset.shape;

/**
 * A string shaped in one face: glyph ids, pen positions and the cluster each glyph came from.
 * Positions are in thousandths of an em (multiply by the font size in points and divide by
 * 1000). Immutable once made; shared between threads through the face's cache.
 *
 * <p>The text a glyph stands for is not kept as a string of its own: it is the shaped string
 * from the glyph's cluster to the next cluster, found from {@link #textStart} and {@link #textEnd}.
 * A book shapes some hundred thousand distinct strings, and a string per glyph was the larger
 * part of what the shaping cache held.
 */
public final class Shaped {
    private final String source;
    private final int[] glyphs;
    private final float[] x;
    private final int[] clusters;
    private final int[] ends;
    private final boolean rightToLeft;

    /**
     * @param source the shaped string
     * @param glyphs glyph ids in visual order
     * @param x pen position of each glyph, plus one more: the advance of the whole string
     * @param clusters the index of the first char of each glyph's cluster in the shaped string
     * @param ends where the text each glyph stands for ends in the shaped string (a ligature:
     *     several chars), -1 for a glyph that continues a cluster another glyph already stands for
     * @param rightToLeft whether the string was shaped right to left (its glyphs are still in visual order)
     */
    Shaped(String source, int[] glyphs, float[] x, int[] clusters, int[] ends, boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
        this.source = source;
        this.glyphs = glyphs;
        this.x = x;
        this.clusters = clusters;
        this.ends = ends;
    }

    /** Whether the string was shaped right to left: its first char is at the right end, its glyphs still go from the left. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    public int size() {
        return glyphs.length;
    }

    public int glyph(int i) {
        return glyphs[i];
    }

    /** Pen position of glyph {@code i} in thousandths of an em; {@code x(size())} is the advance. */
    public float x(int i) {
        return x[i];
    }

    public int cluster(int i) {
        return clusters[i];
    }

    /** The string that was shaped. */
    public String source() {
        return source;
    }

    /** Where the text glyph {@code i} stands for starts in {@link #source()}, or -1 when it only continues a cluster. */
    public int textStart(int i) {
        return ends[i] < 0 ? -1 : clusters[i];
    }

    /** Where the text glyph {@code i} stands for ends in {@link #source()} (exclusive), or -1. */
    public int textEnd(int i) {
        return ends[i];
    }

    /** The text glyph {@code i} stands for, or null when it only continues a cluster. */
    public String text(int i) {
        return ends[i] < 0 ? null : source.substring(clusters[i], ends[i]);
    }

    /** The advance of the whole string, in thousandths of an em. */
    public float width() {
        return x[glyphs.length];
    }

    /** The advance of the glyphs whose clusters start in {@code [from, to)} of the shaped string. */
    public float width(int from, int to) {
        float sum = 0;
        for (int i = 0; i < glyphs.length; i++) {
            if (clusters[i] >= from && clusters[i] < to) {
                sum += x[i + 1] - x[i];
            }
        }
        return sum;
    }
}
