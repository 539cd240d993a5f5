package org.quire.markdown;

/**
 * Smart punctuation for plain metadata text (titles, tags, names), so that the title page
 * matches the story: "Keeper's" becomes "Keeper’s" and quotes curl by position.
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
                out.append(opening && nextIsLetter && !elision(text, i + 1) ? quotes.singleOpen() : "\u2019");
            } else if (text.startsWith("---", i)) {
                out.append('\u2014');
                i += 2;
            } else if (text.startsWith("--", i)) {
                out.append('\u2013');
                i += 1;
            } else if (c == '.' && text.startsWith("...", i)) {
                out.append('\u2026');
                i += 2;
            } else {
                out.append(c);
            }
            previous = out.charAt(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean elision(String text, int start) {
        String rest = text.substring(start).toLowerCase(java.util.Locale.ROOT);
        return rest.matches("^(tis|twas|em|n|cause|til|\\d\\d)s?\\b.*");
    }
}
