package org.quire.write;

/**
 * The Unicode blocks of the Arabic script (Unicode 15, chapter 9.2): Arabic, Arabic Supplement,
 * Arabic Extended-A and the two presentation-form blocks, which Arabic, Persian and Urdu share.
 */
final class ArabicScript {
    private ArabicScript() {
    }

    /** Whether {@code text} has a char of the Arabic script's blocks. */
    static boolean any(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && in(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(char c) {
        return c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF'
                || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC';
    }
}
