package org.quire.typeset.pdf;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;

/**
 * The glyphs one page draws, per face, and the text each stands for (for the ToUnicode map,
 * ISO 32000-1 §9.10.3). When several texts share a glyph (a space and a no-break space), the
 * smallest wins: the same book gives the same map whatever order its pages were drawn in.
 *
 * <p>While the page is drawn, each face has an array indexed by glyph id (a lookup per glyph
 * drawn); {@link #seal()} keeps only the glyphs drawn. A finished page holds a few hundred
 * entries instead of an array as long as the font for each face, which for a book of two
 * thousand pages was a third of the heap.
 */
public final class GlyphUsage {
    /** A used glyph that stands for no text of its own (it continues a cluster): compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String NO_TEXT = new String();

    private Map<FontFace, String[]> drawing = new LinkedHashMap<>(4);
    /** The last face used and its table: a page draws glyph after glyph of one face. */
    private FontFace lastFace;
    private String[] lastTexts;
    private FontFace[] faces;
    private int[][] glyphs;
    private String[][] texts;

    private String[] table(FontFace face, int glyph) {
        if (face != lastFace) {
            lastFace = face;
            lastTexts = drawing.computeIfAbsent(face, f -> new String[f.glyphCount()]);
        }
        if (glyph >= lastTexts.length) {
            lastTexts = Arrays.copyOf(lastTexts, glyph + 1);
            drawing.put(face, lastTexts);
        }
        return lastTexts;
    }

    /** A glyph standing for {@code text} (null or empty: for no text of its own). */
    void use(FontFace face, int glyph, String text) {
        String[] table = table(face, glyph);
        String known = table[glyph];
        if (text == null || text.isEmpty()) {
            if (known == null) {
                table[glyph] = NO_TEXT;
            }
        } else if (known == null || known == NO_TEXT || known != text && text.compareTo(known) < 0) {
            table[glyph] = text;
        }
    }

    /** Glyph {@code g} of a shaped string, standing for the chars of its cluster. */
    void use(FontFace face, int glyph, Shaped shaped, int g) {
        int start = shaped.textStart(g);
        int end = shaped.textEnd(g);
        String[] table = table(face, glyph);
        String known = table[glyph];
        if (start < 0 || start >= end) {
            if (known == null) {
                table[glyph] = NO_TEXT;
            }
        } else if (known == null || known == NO_TEXT || compare(shaped.source(), start, end, known) < 0) {
            table[glyph] = shaped.source().substring(start, end);
        }
    }

    /** {@code source.substring(start, end).compareTo(known)}, without making the substring. */
    private static int compare(String source, int start, int end, String known) {
        int length = end - start;
        int common = Math.min(length, known.length());
        for (int i = 0; i < common; i++) {
            int difference = source.charAt(start + i) - known.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return length - known.length();
    }

    /** Ends the page: keeps the glyphs drawn, in glyph order, and lets the tables go. */
    void seal() {
        if (drawing == null) {
            return;
        }
        faces = drawing.keySet().toArray(new FontFace[0]);
        glyphs = new int[faces.length][];
        texts = new String[faces.length][];
        int f = 0;
        for (String[] table : drawing.values()) {
            int count = 0;
            for (String text : table) {
                if (text != null) {
                    count++;
                }
            }
            int[] ids = new int[count];
            String[] values = new String[count];
            for (int g = 0, k = 0; g < table.length; g++) {
                if (table[g] != null) {
                    ids[k] = g;
                    values[k++] = table[g];
                }
            }
            glyphs[f] = ids;
            texts[f++] = values;
        }
        drawing = null;
        lastFace = null;
        lastTexts = null;
    }

    int faceCount() {
        return faces.length;
    }

    FontFace face(int f) {
        return faces[f];
    }

    /** The glyph ids face {@code f} draws, ascending. */
    int[] glyphs(int f) {
        return glyphs[f];
    }

    /** The text of each of {@link #glyphs(int)}: {@link #NO_TEXT} for a glyph that continues a cluster. */
    String[] texts(int f) {
        return texts[f];
    }
}
