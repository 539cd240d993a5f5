package org.quire.typeset.pdf;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.quire.typeset.shape.FontFace;

/**
 * The glyphs a document draws, per face, and the text each stands for (for the ToUnicode map,
 * ISO 32000-1 §9.10.3). When several texts share a glyph (a space and a no-break space), the
 * smallest wins: the same book gives the same map whatever order its pages were drawn in.
 */
public final class GlyphUsage {
    private final Map<FontFace, BitSet> used = new LinkedHashMap<>();
    private final Map<FontFace, Map<Integer, String>> texts = new HashMap<>();
    /** The last face used and its tables: a page draws glyph after glyph of one face. */
    private FontFace lastFace;
    private BitSet lastUsed;
    private String[] lastTexts;
    private final Map<FontFace, String[]> textArrays = new HashMap<>();

    void use(FontFace face, int glyph, String text) {
        if (face != lastFace) {
            lastFace = face;
            lastUsed = used.computeIfAbsent(face, f -> new BitSet());
            lastTexts = textArrays.computeIfAbsent(face, f -> new String[f.glyphCount()]);
        }
        lastUsed.set(glyph);
        if (text != null && !text.isEmpty() && glyph < lastTexts.length) {
            String known = lastTexts[glyph];
            if (known == null || (!known.equals(text) && text.compareTo(known) < 0)) {
                lastTexts[glyph] = text;
            }
        }
    }

    /** Moves the texts kept in arrays into the maps (once a page is drawn). */
    private void settle() {
        textArrays.forEach((face, array) -> {
            Map<Integer, String> map = texts.computeIfAbsent(face, f -> new HashMap<>());
            for (int g = 0; g < array.length; g++) {
                if (array[g] != null) {
                    map.merge(g, array[g], (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        });
        textArrays.clear();
        lastFace = null;
    }

    void addAll(GlyphUsage other) {
        other.settle();
        settle();
        other.used.forEach((face, glyphs) -> used.computeIfAbsent(face, f -> new BitSet()).or(glyphs));
        other.texts.forEach((face, map) -> map.forEach((glyph, text) -> texts.computeIfAbsent(face, f -> new HashMap<>())
                .merge(glyph, text, (a, b) -> a.compareTo(b) <= 0 ? a : b)));
    }

    BitSet glyphs(FontFace face) {
        return used.getOrDefault(face, new BitSet());
    }

    /** Glyph to text, by glyph id. */
    TreeMap<Integer, String> texts(FontFace face) {
        settle();
        return new TreeMap<>(texts.getOrDefault(face, Map.of()));
    }

    boolean uses(FontFace face) {
        return used.containsKey(face) && !used.get(face).isEmpty();
    }
}
