package org.quire.typeset.lines;

import java.util.Arrays;

/**
 * A paragraph as Knuth and Plass model it ("Breaking Paragraphs into Lines", 1981): boxes
 * (material of fixed width), glue (space that stretches and shrinks, where a line may break if
 * a box precedes it) and penalties (places to break at a cost; a flagged penalty is a hyphen).
 * Widths are in points. Each item also carries a reference the paragraph's builder uses to draw it.
 */
public final class Items {
    public static final byte BOX = 0;
    public static final byte GLUE = 1;
    public static final byte PENALTY = 2;
    /** A penalty of this much or more forbids the break; minus this much forces it. */
    public static final int INFINITY = 10_000;

    private int size;
    private byte[] type = new byte[64];
    private float[] width = new float[64];
    private float[] stretch = new float[64];
    private float[] shrink = new float[64];
    private int[] penalty = new int[64];
    private byte[] flag = new byte[64];
    private int[] ref = new int[64];

    private int add(byte kind, float w, float y, float z, int p, byte f, int r) {
        if (size == type.length) {
            int capacity = size * 2;
            type = Arrays.copyOf(type, capacity);
            width = Arrays.copyOf(width, capacity);
            stretch = Arrays.copyOf(stretch, capacity);
            shrink = Arrays.copyOf(shrink, capacity);
            penalty = Arrays.copyOf(penalty, capacity);
            flag = Arrays.copyOf(flag, capacity);
            ref = Arrays.copyOf(ref, capacity);
        }
        type[size] = kind;
        width[size] = w;
        stretch[size] = y;
        shrink[size] = z;
        penalty[size] = p;
        flag[size] = f;
        ref[size] = r;
        return size++;
    }

    public int box(float w, int reference) {
        return add(BOX, w, 0, 0, 0, (byte) 0, reference);
    }

    /** A box whose glyphs may widen by {@code stretch} or narrow by {@code shrink} points (font expansion). */
    public int box(float w, float stretch, float shrink, int reference) {
        return add(BOX, w, stretch, shrink, 0, (byte) 0, reference);
    }

    public int glue(float w, float y, float z, int reference) {
        return add(GLUE, w, y, z, 0, (byte) 0, reference);
    }

    /**
     * @param w the width added when the line breaks here (a hyphen), else nothing
     * @param kind what the break is: 0 a plain break, 1 an inserted hyphen, 2 after a dash or a
     *     slash typed in the text, 3 an emergency break inside a word, 4 after a hyphen typed in
     *     the text. Kinds 1 and 4, and 3 when it has a width (a hyphen drawn inside a word),
     *     end a line in a hyphen: they are flagged, for the demerits of
     *     hyphens in a row and the limit on them.
     */
    public int penalty(float w, int cost, byte kind, int reference) {
        return add(PENALTY, w, 0, 0, cost, kind, reference);
    }

    /** Ends the paragraph: infinite-penalty, fill glue, forced break (TeX's \parfillskip). */
    public void finish() {
        penalty(0, INFINITY, (byte) 0, -1);
        glue(0, 1e6f, 0, -1);
        penalty(0, -INFINITY, (byte) 0, -1);
    }

    public int size() {
        return size;
    }

    public byte type(int i) {
        return type[i];
    }

    public float width(int i) {
        return width[i];
    }

    public float stretch(int i) {
        return stretch[i];
    }

    public float shrink(int i) {
        return shrink[i];
    }

    public int penalty(int i) {
        return penalty[i];
    }

    /** The break kind of a penalty (0 plain, 1 inserted hyphen, 2 after a dash or slash, 3 emergency, 4 after a typed hyphen). */
    public byte kind(int i) {
        return flag[i];
    }

    public boolean flagged(int i) {
        return type[i] == PENALTY && (flag[i] == 1 || flag[i] == 4 || flag[i] == 3 && width[i] > 0);
    }

    /** Whether a break here draws a hyphen that is not in the text: an inserted one, or a word's emergency break. */
    public boolean addsHyphen(int i) {
        return type[i] == PENALTY && (flag[i] == 1 || flag[i] == 3 && width[i] > 0);
    }

    public int ref(int i) {
        return ref[i];
    }

    /** Whether a line may end at item {@code i}. */
    public boolean legalBreak(int i) {
        return type[i] == GLUE ? i > 0 && type[i - 1] == BOX : type[i] == PENALTY && penalty[i] < INFINITY;
    }
}
