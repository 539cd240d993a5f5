package org.quire.markdown;

import org.jsoup.nodes.Element;

/**
 * Curls the straight quotes that flexmark left alone because they have no partner in their
 * paragraph, and every apostrophe.
 *
 * <ul>
 *   <li>A double quote after a space, at the start of a block or after an opening bracket or a
 *       dash opens; any other closes. Dialogue that runs on into the next paragraph opens each
 *       paragraph, as fiction does; a pasted line that lost its opening quote still closes.</li>
 *   <li>A single quote between letters ({@code it's}, {@code José's}), or after a letter or
 *       punctuation and before one ({@code Hamlet</em>'s}, {@code Oklahoma!'s},
 *       {@code (the V2)'s}), or at a word's end ({@code goin'}), is an apostrophe (U+2019).
 *       Unpaired at a word's start, it opens a quotation only at the start of a paragraph or
 *       after an opening mark; elsewhere it is an elision ({@code 'appened}, {@code 'Sixties}).</li>
 * </ul>
 */
final class StrayQuotes {
    private static final String OPENERS = "([{\u2014\u2013\u201C\u2018\u00AB\u201E\u201A\u2039/";
    private final Quotes quotes;

    private StrayQuotes(Quotes quotes) {
        this.quotes = quotes;
    }

    static void curl(Element body, Quotes quotes) {
        StrayQuotes stray = new StrayQuotes(quotes);
        BlockText.rewrite(body, stray::curl);
    }

    private String curl(String text, char before, char after) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        char previous = before;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : after;
            boolean opens = Character.isWhitespace(previous) || OPENERS.indexOf(previous) >= 0;
            if (c == '"') {
                out.append(opens ? quotes.doubleOpen() : quotes.doubleClose());
            } else if (c == '\'') {
                out.append(opensQuotation(previous) && wordy(next) ? quotes.singleOpen() : Elisions.APOSTROPHE);
            } else {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    /**
     * A single quote flexmark left unpaired opens a quotation only where dialogue does: at the
     * start of a paragraph (it runs on into the next one) or after an opening mark. Mid-sentence
     * after a space it has no closing partner, so it is an elision: 'ammer, 'appened, 'Sixties.
     */
    private static boolean opensQuotation(char previous) {
        return previous == BlockText.EDGE || OPENERS.indexOf(previous) >= 0;
    }

    private static boolean wordy(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
