package org.quire.typeset.shape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faces a book may be set in, by family: the writer's own first, then the bundled ones.
 * Each font file is parsed once per run (faces are cached by content, so a batch of books
 * shares them). CSS generic families map to the bundled faces: {@code serif} to the serif,
 * {@code monospace} to the monospace; a character a face lacks falls back to the next family
 * of the list, then to every other family of the library in order.
 */
public final class FontLibrary {
    private static final Map<FontSource, FontFace> PARSED = new ConcurrentHashMap<>();
    /**
     * The same faces by the identity of their bytes, asked first: the bundled faces are one
     * array each, shared by every book of a run, and hashing their megabytes for every book
     * (and every cover's lettering check) was a seventh of a batch's CPU.
     */
    private static final Map<byte[], Map<String, FontFace>> BY_ARRAY = new java.util.IdentityHashMap<>();

    private final Map<String, List<FontFace>> families = new LinkedHashMap<>();
    private final Map<String, String> generic;
    private final Map<String, FontChain> chains = new ConcurrentHashMap<>();

    /**
     * @param sources the faces, in order of preference
     * @param generic generic CSS family names ({@code serif}, {@code monospace}…) mapped to families of {@code sources}
     */
    public FontLibrary(List<FontSource> sources, Map<String, String> generic) throws IOException {
        for (FontSource source : sources) {
            families.computeIfAbsent(key(source.family()), k -> new ArrayList<>()).add(parsed(source));
        }
        this.generic = new LinkedHashMap<>();
        generic.forEach((name, family) -> this.generic.put(key(name), key(family)));
        if (families.isEmpty()) {
            throw new IllegalArgumentException("a font library needs at least one face");
        }
    }

    private static FontFace parsed(FontSource source) {
        if (source.coverage() != null) {
            return PARSED.computeIfAbsent(source, FontFace::new); // lazy: keyed by its origin, never read here
        }
        String style = source.family() + (source.bold() ? "/b" : "/") + (source.italic() ? "i" : "");
        Map<String, FontFace> styles;
        synchronized (BY_ARRAY) {
            styles = BY_ARRAY.computeIfAbsent(source.data(), data -> new ConcurrentHashMap<>());
        }
        FontFace face = styles.get(style);
        if (face == null) { // parsed outside the lock: another thread may be parsing another face
            face = PARSED.computeIfAbsent(source, FontFace::new);
            styles.putIfAbsent(style, face);
        }
        return face;
    }

    private static String key(String family) {
        return family.strip().toLowerCase(Locale.ROOT);
    }

    /** Every face, families in order of preference. */
    public List<FontFace> faces() {
        List<FontFace> all = new ArrayList<>();
        families.values().forEach(all::addAll);
        return all;
    }

    /** Whether {@code family} (a name or a generic family) names faces of this library. */
    public boolean knows(String family) {
        String k = key(family);
        return families.containsKey(generic.getOrDefault(k, k));
    }

    /** The faces for a CSS family list, weight and style, with every other family as fallback. */
    public FontChain chain(List<String> familyList, boolean bold, boolean italic) {
        String cacheKey = String.join("\u0000", familyList) + (bold ? "\u0001b" : "") + (italic ? "\u0001i" : "");
        return chains.computeIfAbsent(cacheKey, k -> {
            List<FontFace> faces = new ArrayList<>();
            for (String family : familyList) {
                String name = key(family);
                List<FontFace> found = families.get(generic.getOrDefault(name, name));
                if (found != null) {
                    add(faces, best(found, bold, italic));
                }
            }
            for (List<FontFace> found : families.values()) {
                add(faces, best(found, bold, italic));
            }
            return new FontChain(faces);
        });
    }

    private static void add(List<FontFace> faces, FontFace face) {
        if (!faces.contains(face)) {
            faces.add(face);
        }
    }

    /** The face of a family nearest to the wanted style: italic matters more than weight. */
    private static FontFace best(List<FontFace> faces, boolean bold, boolean italic) {
        FontFace best = faces.get(0);
        int bestScore = Integer.MAX_VALUE;
        for (FontFace face : faces) {
            int score = (face.italic() == italic ? 0 : 2) + (face.bold() == bold ? 0 : 1);
            if (score < bestScore) {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }
}
