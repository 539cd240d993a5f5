package org.quire.typeset.pdf;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.quire.typeset.shape.FontFace;

/**
 * The glyphs the whole book draws, per face, gathered from its pages' {@link GlyphUsage}, and
 * the smallest text each stands for: the fonts' subsets and ToUnicode maps (ISO 32000-1 §9.10.3).
 */
final class UsedGlyphs {
    private final Map<FontFace, BitSet> used = new HashMap<>();
    private final Map<FontFace, String[]> texts = new HashMap<>();

    void add(GlyphUsage page) {
        page.seal();
        for (int f = 0; f < page.faceCount(); f++) {
            FontFace face = page.face(f);
            BitSet bits = used.computeIfAbsent(face, k -> new BitSet());
            String[] table = texts.computeIfAbsent(face, k -> new String[k.glyphCount()]);
            int[] glyphs = page.glyphs(f);
            String[] values = page.texts(f);
            for (int k = 0; k < glyphs.length; k++) {
                int glyph = glyphs[k];
                bits.set(glyph);
                if (glyph >= table.length) {
                    table = java.util.Arrays.copyOf(table, glyph + 1);
                    texts.put(face, table);
                }
                String text = values[k];
                String known = table[glyph];
                if (known == null || known == GlyphUsage.NO_TEXT
                        || text != GlyphUsage.NO_TEXT && text.compareTo(known) < 0) {
                    table[glyph] = text;
                }
            }
        }
    }

    boolean uses(FontFace face) {
        BitSet bits = used.get(face);
        return bits != null && !bits.isEmpty();
    }

    BitSet glyphs(FontFace face) {
        return used.getOrDefault(face, new BitSet());
    }

    /** The text a used glyph stands for, or null when it stands for none of its own. */
    String text(FontFace face, int glyph) {
        String[] table = texts.get(face);
        String text = table == null || glyph >= table.length ? null : table[glyph];
        return text == GlyphUsage.NO_TEXT ? null : text;
    }
}
