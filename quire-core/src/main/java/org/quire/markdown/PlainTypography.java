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
                // 'tis and '90s are apostrophes too; only a quote before a word after a space opens.
                out.append(opening && nextIsLetter && !Elisions.startsAt(text, i) ? quotes.singleOpen() : "\u2019");
            } else {
                out.append(c);
            }
            previous = out.charAt(out.length() - 1);
        }
        return out.toString();
    }
}
