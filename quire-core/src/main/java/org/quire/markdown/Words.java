package org.quire.markdown;

/**
 * Counts words the way fan-fiction archives do: runs of text between spaces that hold at least
 * one letter or digit. "Please…please" is one word, a lone dash is none.
 */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWord = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 128) {
                // ASCII, most of most books: the same answers as below, without the Unicode tables.
                i++;
                if (c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F) {
                    if (inToken && tokenHasWord) {
                        words++;
                    }
                    inToken = false;
                    tokenHasWord = false;
                } else {
                    inToken = true;
                    tokenHasWord |= c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                }
                continue;
            }
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (inToken && tokenHasWord) {
                    words++;
                }
                inToken = false;
                tokenHasWord = false;
            } else {
                inToken = true;
                tokenHasWord |= Character.isLetterOrDigit(codePoint);
            }
        }
        return inToken && tokenHasWord ? words + 1 : words;
    }
}
