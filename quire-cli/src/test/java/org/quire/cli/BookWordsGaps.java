package org.quire.cli;

/** Words today's PDF cannot draw yet, by script. */
final class BookWordsGaps {
    private BookWordsGaps() {
    }

    static boolean hebrew(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW);
    }
}
