package org.quire.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.quire.render.Theme;
import org.quire.typeset.shape.FontSource;

/**
 * The bundled faces for scripts the text faces lack: Han, kana and Bopomofo (Droid Sans Fallback),
 * Hangul (Nanum Myeongjo), Noto Serif for Indic, South-East Asian, Armenian, Georgian, Ethiopic
 * and Hebrew (Hebrew, Yiddish), and Noto Naskh Arabic for the Arabic script (Arabic, Persian,
 * Urdu…). They come last in every chain, after the text and symbol faces, so a book that prints
 * today keeps its bytes.
 *
 * <p>A face is read only when a character needs it: which characters each face is used for is a
 * table of code-point ranges ({@code fonts/script-coverage.txt}, a few kilobytes, read once per run
 * when a character no text face has is first met), made from each face's cmap restricted to its
 * scripts and checked against the fonts by {@code ScriptFacesTest}. A face is used for its own
 * scripts and for the characters Unicode shares between scripts (Common and Inherited: CJK
 * punctuation, dandas): Hangul is Nanum's alone, so a Korean line never mixes the three syllables
 * Droid has with Nanum's.
 */
final class ScriptFaces {
    /** One family: its name in the chain, its files (Regular, and Bold when there is one) and its scripts. */
    record Family(String name, String regular, String bold, Set<UnicodeScript> scripts) {
        /** Whether the family is used for {@code codePoint} when its font has it. */
        boolean claims(int codePoint) {
            UnicodeScript script = UnicodeScript.of(codePoint);
            return scripts.contains(script) || script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
        }

        List<String> files() {
            return bold == null ? List.of(regular) : List.of(regular, bold);
        }
    }

    /** A face of a family: a file, and whether it is the bold one. */
    record Face(Family family, String file, boolean bold) {
    }

    static final List<Family> FAMILIES = List.of(
            new Family("Quire CJK", "DroidSansFallbackFull", null,
                    EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.BOPOMOFO)),
            new Family("Quire Hangul", "NanumMyeongjo", null, EnumSet.of(UnicodeScript.HANGUL)),
            noto("Devanagari", UnicodeScript.DEVANAGARI), noto("Bengali", UnicodeScript.BENGALI),
            noto("Tamil", UnicodeScript.TAMIL), noto("Telugu", UnicodeScript.TELUGU),
            noto("Gujarati", UnicodeScript.GUJARATI), noto("Gurmukhi", UnicodeScript.GURMUKHI),
            noto("Kannada", UnicodeScript.KANNADA), noto("Malayalam", UnicodeScript.MALAYALAM),
            noto("Sinhala", UnicodeScript.SINHALA), noto("Thai", UnicodeScript.THAI), noto("Lao", UnicodeScript.LAO),
            noto("Khmer", UnicodeScript.KHMER), noto("Myanmar", UnicodeScript.MYANMAR),
            noto("Armenian", UnicodeScript.ARMENIAN), noto("Georgian", UnicodeScript.GEORGIAN),
            noto("Ethiopic", UnicodeScript.ETHIOPIC), noto("Hebrew", UnicodeScript.HEBREW),
            new Family("Quire Arabic", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold", EnumSet.of(UnicodeScript.ARABIC)));

    static final String TABLE = "fonts/script-coverage.txt";
    private static final Map<String, byte[]> READ = new ConcurrentHashMap<>();
    private static volatile Map<String, int[]> ranges;

    private ScriptFaces() {
    }

    private static Family noto(String script, UnicodeScript unicode) {
        return new Family("Quire " + script, "NotoSerif" + script + "-Regular", "NotoSerif" + script + "-Bold", EnumSet.of(unicode));
    }

    /**
     * The families, as their fonts name them ("Droid Sans Fallback", "Noto Serif Devanagari"),
     * whose scripts {@code texts} have a letter of, in chain order: what a colophon's "Set in"
     * names beside the text face.
     */
    static List<String> namesFor(Iterable<? extends CharSequence> texts) {
        Set<UnicodeScript> seen = EnumSet.noneOf(UnicodeScript.class);
        for (CharSequence text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x0370) { // below are Latin and its marks: the text face's
                    int codePoint = Character.codePointAt(text, i);
                    seen.add(UnicodeScript.of(codePoint));
                    i += Character.charCount(codePoint) - 1;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Family family : FAMILIES) {
            if (!java.util.Collections.disjoint(family.scripts(), seen)) {
                // NotoSerifDevanagari-Regular → Noto Serif Devanagari; DroidSansFallbackFull → Droid Sans Fallback
                names.add(family.regular().replaceAll("-.*$", "").replaceAll("Full$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " "));
            }
        }
        return names;
    }

    /** Every face, in chain order. */
    static List<Face> faces() {
        List<Face> faces = new ArrayList<>();
        for (Family family : FAMILIES) {
            faces.add(new Face(family, family.regular(), false));
            if (family.bold() != null) {
                faces.add(new Face(family, family.bold(), true));
            }
        }
        return faces;
    }

    /** The faces for the typesetter: none is read until a character it covers is set. */
    static List<FontSource> sources() {
        List<FontSource> sources = new ArrayList<>();
        for (Face face : faces()) {
            sources.add(FontSource.lazy(face.family().name(), face.bold(), false, () -> data(face.file()),
                    "Quire's bundled fonts: " + face.file() + ".ttf", coverage(face.file())));
        }
        return sources;
    }

    /**
     * The faces {@code text} needs: those that cover a character no face of {@code covered} has.
     * A family's regular and bold faces come together (lettering may be set in either).
     */
    static List<Face> needed(String text, IntPredicate covered) {
        Set<Family> families = new LinkedHashSet<>();
        text.codePoints().filter(cp -> cp > 0x7F && !GlyphCoverage.invisible(cp) && !covered.test(cp)).distinct().forEach(cp -> {
            for (Family family : FAMILIES) {
                if (coverage(family.regular()).test(cp)) {
                    families.add(family);
                    break;
                }
            }
        });
        List<Face> faces = new ArrayList<>();
        for (Face face : faces()) {
            if (families.contains(face.family())) {
                faces.add(face);
            }
        }
        return faces;
    }

    /** The characters a face is used for: a binary search in its ranges, the table read when first asked. */
    static IntPredicate coverage(String file) {
        return codePoint -> {
            int[] r = table().get(file);
            if (r == null) {
                throw new IllegalStateException(file + " is missing from " + TABLE);
            }
            // r holds [first, last] pairs in order: find the last pair starting at or before the code point.
            int i = Arrays.binarySearch(r, codePoint);
            if (i >= 0) {
                return true;
            }
            int insertion = -i - 1;
            return insertion % 2 == 1; // between a pair's first and last
        };
    }

    private static Map<String, int[]> table() {
        Map<String, int[]> read = ranges;
        if (read == null) {
            read = parse(new String(data(TABLE, ""), StandardCharsets.US_ASCII));
            ranges = read;
        }
        return read;
    }

    /** Lines of {@code File 0E01-0E3A 0E3F-0E5B …}: a face's file name (no extension) and its ranges in hexadecimal. */
    static Map<String, int[]> parse(String table) {
        Map<String, int[]> parsed = new HashMap<>();
        for (String line : table.split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length < 2 || fields[0].startsWith("#")) {
                continue;
            }
            int[] pairs = new int[2 * (fields.length - 1)];
            for (int i = 1; i < fields.length; i++) {
                String[] ends = fields[i].split("-");
                pairs[2 * i - 2] = Integer.parseInt(ends[0], 16);
                pairs[2 * i - 1] = Integer.parseInt(ends[ends.length - 1], 16);
            }
            parsed.put(fields[0], pairs);
        }
        return parsed;
    }

    /** A bundled face's file, read from Quire's jar once per run. */
    static byte[] data(String file) {
        return data("fonts/" + file, ".ttf");
    }

    private static byte[] data(String name, String extension) {
        return READ.computeIfAbsent(name + extension, resource -> {
            try (InputStream in = ScriptFaces.class.getResourceAsStream(Theme.BUILT_IN + resource)) {
                if (in == null) {
                    throw new IOException("bundled file " + resource + " is missing from Quire's jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
