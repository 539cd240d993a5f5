package org.quire.markdown;

/**
 * Quotes for plain metadata text (titles, tags, names), so that the title page matches the story:
 * "Keeper's" becomes "Keeper’s" and quotes curl by position. Dashes and spacing are
 * {@link Punctuation}'s, as in the text.
 */
final class PlainTypography {
    private PlainTypography() {
    }

    static String smarten(String text, Quotes quotes) {
        StringBuilder out = new StringBuilder(text.length());
        int previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = Character.isWhitespace(previous) || "([{\u2014\u2013/".indexOf(previous) >= 0;
            if (c == '"') {
                out.append(opening ? quotes.doubleOpen() : quotes.doubleClose());
            } else if (c == '\'') {
                boolean nextIsLetter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                // 'tis and '90s are apostrophes too; a quote opens only before a word after a space,
                // and only if a closing one follows (else it is an elision: The 'Verse, 'Ey).
                boolean opens = opening && nextIsLetter && !Elisions.startsAt(text, i) && closedAfter(text, i);
                out.append(opens ? quotes.singleOpen() : "\u2019");
            } else {
                out.append(c);
            }
            previous = out.charAt(out.length() - 1);
        }
        return out.toString();
    }

    /** Whether a single quote after {@code open} can close it: after a word, before a space or the end. */
    private static boolean closedAfter(String text, int open) {
        for (int j = open + 2; j < text.length(); j++) {
            if (text.charAt(j) == '\'' && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                return true;
            }
        }
        return false;
    }
}
