package org.quire.write;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker (used for the cover's layout), which breaks inside a word after an apostrophe ("they’ / ve",
 * "O’ / Brien") where UAX #14 forbids it (U+2019 is class QU: no break after it before a letter),
 * with those breaks taken out. A word joiner would not do: the breaker ignores it.
 */
final class ApostropheBreaks implements FSTextBreaker {
    private final FSTextBreaker lines;
    private String text = "";

    /** The book's breaker: also breaks web addresses at their slashes (openhtmltopdf's own). */
    ApostropheBreaks() {
        this(true);
    }

    /** @param addresses false for lettering (a cover), where no word is an address to break */
    ApostropheBreaks(boolean addresses) {
        BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
        this.lines = addresses ? new UrlAwareLineBreakIterator(words) : new FSTextBreaker() {
            @Override
            public int next() {
                return words.next();
            }

            @Override
            public void setText(String newText) {
                words.setText(newText);
            }
        };
    }

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at > 1 && at < text.length() && insideWord(at)) {
            at = lines.next();
        }
        return at;
    }

    private boolean insideWord(int at) {
        char apostrophe = text.charAt(at - 1);
        return (apostrophe == '\u2019' || apostrophe == '\'')
                && Character.isLetterOrDigit(text.charAt(at - 2)) && Character.isLetterOrDigit(text.charAt(at));
    }
}
