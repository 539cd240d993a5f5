package org.quire.typeset.lines;

import java.lang.Character.UnicodeScript;

/**
 * The classes of characters that line breaking outside spaces needs, after UAX #14 (Unicode Line
 * Breaking Algorithm) and JIS X 4051 (Japanese line composition): ideographic characters, between
 * which a line may break; the kinsoku characters no line may start with (closing brackets,
 * sentence marks, small kana, the long-vowel mark: JIS X 4051 §6.1.1, UAX #14 classes CL, CP, EX,
 * IS, NS, CJ) or end with (opening brackets, class OP); the South-East Asian scripts written
 * without spaces (class SA), broken by dictionary; and grapheme clusters (UAX #29), never split.
 */
final class LineClasses {
    /** No line starts with these (beyond closing punctuation, which Unicode's categories find). */
    private static final String NO_START = "\u3001\u3002\uFF0C\uFF0E\u30FB\uFF65\uFF1A\uFF1B\uFF1F\uFF01\u203C\u2047\u2048"
            + "\u2049\u30FC\uFF70\u3005\u303B\u309D\u309E\u30FD\u30FE\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085"
            + "\u3087\u308E\u3095\u3096\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6\u30A0"
            + "\u301C\uFF5E\u2026\u2025\uFF05\u2030\u00B0\u2103\u3099\u309A\u309B\u309C\uFF61\uFF64"
            + "\u0E46\u0E2F\u0EC6\u17D7\u17D4\u17D5\u104A\u104B" // Thai, Lao and Khmer repetition marks, Khmer and Myanmar full stops
            + ",.:;!?%";

    private LineClasses() {
    }

    /** Han, kana, Bopomofo, and CJK punctuation and fullwidth forms: a line may break between any two (UAX #14 ID). */
    static boolean ideographic(int c) {
        if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x31F0 && c <= 0x31FF || c == 0x30FC) {
            return true;
        }
        if (c < 0x2E80) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.BOPOMOFO;
    }

    /** Thai, Lao, Khmer and Myanmar: written without spaces between words (UAX #14 SA). */
    static boolean southEastAsian(int c) {
        return c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF
                || c >= 0x19E0 && c <= 0x19FF || c >= 0xA9E0 && c <= 0xA9FF || c >= 0xAA60 && c <= 0xAA7F;
    }

    /** Scripts whose practice is not to hyphenate a word broken at a line's end. */
    static boolean unhyphenated(int c) {
        return ideographic(c) || southEastAsian(c) || c >= 0xAC00 && c <= 0xD7AF;
    }

    /** Whether no line may start with {@code c}: closing brackets and quotes, sentence marks, small kana. */
    static boolean noStart(int c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || NO_START.indexOf(c) >= 0;
    }

    /** Whether no line may end with {@code c}: opening brackets and quotes. */
    static boolean noEnd(int c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** Dashes and leaders typed doubled (—— …… in Chinese), never split (UAX #14 LB17, LB22). */
    static boolean doubled(int a, int b) {
        return a == b && (a == '\u2014' || a == '\u2015' || a == '\u2026' || a == '\u2025' || a == '\u30FC');
    }

    /**
     * Whether a line may end before char {@code i} without splitting a grapheme cluster
     * (UAX #29): not inside a surrogate pair, not before a combining mark of any kind (Mn, Mc,
     * Me: an Indic vowel sign stays on its consonant) or a joiner, and not after a virama, which
     * joins its consonant to the next (UAX #29 GB9c, Indic conjuncts). Myanmar's asat (U+103A),
     * a visible killer that ends a syllable, is no such joiner: words end after it.
     */
    static boolean clusterBoundary(CharSequence text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c) || c == '\u200D' || text.charAt(i - 1) == '\u200D') {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return false;
        }
        return !virama(text.charAt(i - 1));
    }

    /** The joining viramas (Unicode canonical combining class 9) of the Indic and South-East Asian scripts Quire sets. */
    private static boolean virama(char c) {
        return "\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u1039\u17D2\uA9C0\uAAF6"
                .indexOf(c) >= 0;
    }
}
