package org.quire.write;

import java.util.List;

/**
 * The bundled faces for scripts the text face lacks, written right to left: Noto Serif Hebrew
 * (Hebrew, Yiddish) and Noto Naskh Arabic (Arabic, Persian, Urdu and the other languages of the
 * Arabic script). Each is asked only for its script's code points (Unicode's blocks for it), so a
 * book without a character of the script never parses the face: a Latin book does not pay for
 * them, and its bytes do not change. They fall back after the text faces; the bundled mono and
 * symbol faces have no glyph in these blocks (checked when the faces were added), so whether a
 * chain lists them before or after those answers alike.
 */
final class ScriptFaces {
    /** A script's family, the file names' prefix and the code points it serves (first, last pairs). */
    record Script(String family, String filePrefix, int[] ranges) {
        boolean serves(int codePoint) {
            for (int i = 0; i < ranges.length; i += 2) {
                if (codePoint >= ranges[i] && codePoint <= ranges[i + 1]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code text} has a character of the script. */
        boolean usedIn(CharSequence text) {
            return text.codePoints().anyMatch(this::serves);
        }
    }

    /** Hebrew (U+0590–05FF) and its presentation forms (U+FB1D–FB4F). */
    static final Script HEBREW = new Script("Quire Hebrew", "NotoSerifHebrew-", new int[] {0x0590, 0x05FF, 0xFB1D, 0xFB4F});
    /**
     * Arabic (U+0600–06FF), its supplement (U+0750–077F), extended-A (U+08A0–08FF) and
     * presentation forms A and B (U+FB50–FDFF, U+FE70–FEFF).
     */
    static final Script ARABIC = new Script("Quire Arabic", "NotoNaskhArabic-",
            new int[] {0x0600, 0x06FF, 0x0750, 0x077F, 0x08A0, 0x08FF, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF});
    static final List<Script> ALL = List.of(HEBREW, ARABIC);

    private ScriptFaces() {
    }

    /** The script a bundled family serves, or null for a family of no script face. */
    static Script of(String family) {
        for (Script script : ALL) {
            if (script.family().equals(family)) {
                return script;
            }
        }
        return null;
    }
}
