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

    void use(FontFace face, int glyph, String text) {
        used.computeIfAbsent(face, f -> new BitSet()).set(glyph);
        if (text != null && !text.isEmpty()) {
            texts.computeIfAbsent(face, f -> new HashMap<>()).merge(glyph, text, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    void addAll(GlyphUsage other) {
        other.used.forEach((face, glyphs) -> used.computeIfAbsent(face, f -> new BitSet()).or(glyphs));
        other.texts.forEach((face, map) -> map.forEach((glyph, text) -> texts.computeIfAbsent(face, f -> new HashMap<>())
                .merge(glyph, text, (a, b) -> a.compareTo(b) <= 0 ? a : b)));
    }

    BitSet glyphs(FontFace face) {
        return used.getOrDefault(face, new BitSet());
    }

    /** Glyph to text, by glyph id. */
    TreeMap<Integer, String> texts(FontFace face) {
        return new TreeMap<>(texts.getOrDefault(face, Map.of()));
    }

    boolean uses(FontFace face) {
        return used.containsKey(face) && !used.get(face).isEmpty();
    }
}
