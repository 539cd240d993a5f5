package org.quire.typeset.shape;

/**
 * A string shaped in one face: glyph ids, pen positions and the cluster each glyph came from.
 * Positions are in thousandths of an em (multiply by the font size in points and divide by
 * 1000). Immutable once made; shared between threads through the face's cache.
 */
public final class Shaped {
    private final int[] glyphs;
    private final float[] x;
    private final int[] clusters;
    private final String[] texts;

    /**
     * @param glyphs glyph ids in visual order
     * @param x pen position of each glyph, plus one more: the advance of the whole string
     * @param clusters the index of the first char of each glyph's cluster in the shaped string
     * @param texts the chars each glyph stands for (a ligature: several), null for a glyph that
     *     continues a cluster another glyph already stands for
     */
    Shaped(int[] glyphs, float[] x, int[] clusters, String[] texts) {
        this.glyphs = glyphs;
        this.x = x;
        this.clusters = clusters;
        this.texts = texts;
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

    /** The text glyph {@code i} stands for, or null when it only continues a cluster. */
    public String text(int i) {
        return texts[i];
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
