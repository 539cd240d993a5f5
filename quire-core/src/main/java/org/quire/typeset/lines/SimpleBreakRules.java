package org.quire.typeset.lines;

/**
 * Line breaking for Latin, Greek and Cyrillic prose, after UAX #14 with a book's preferences:
 * <ul>
 *   <li>after spaces, but never before closing punctuation ({@code ! ? ; : , . ) ] }} and closing
 *       quotes, UAX #14 LB13 and LB16) nor after opening ones (LB14), so no line starts with
 *       "?" or "»" even where a writer typed a plain space before it;</li>
 *   <li>after a hyphen, an en dash or an em dash inside a word (a compound breaks at its own
 *       hyphen), never before a dash (Chicago 6.91) and never before a digit (LB25: "-5");</li>
 *   <li>after a slash that follows a letter or digit (a web address's path, "and/or"), and at a
 *       zero-width space;</li>
 *   <li>never next to a word joiner (U+2060) or a no-break space (U+00A0, U+202F, U+2007), LB11–LB12;</li>
 *   <li>in a web or e-mail address, only where Chicago breaks one (see {@link #addresses}).</li>
 * </ul>
 */
public final class SimpleBreakRules implements BreakRules {
    public static final SimpleBreakRules INSTANCE = new SimpleBreakRules();

    @Override
    public void opportunities(CharSequence text, boolean[] allowed) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char before = text.charAt(i - 1);
            char c = text.charAt(i);
            if (glue(before) || glue(c)) {
                continue;
            }
            if (isSpace(before)) {
                if (!isSpace(c)) {
                    allowed[i] = !closing(text, i) && !opening(text, previousNonSpace(text, i));
                }
            } else if (c == '\u200B') {
                allowed[i + 1] = true;
            } else if (!isSpace(c) && breaksAfter(before) && i >= 2 && !isSpace(text.charAt(i - 2))
                    && (before != '/' || Character.isLetterOrDigit(text.charAt(i - 2)))
                    && !Character.isDigit(c) && !dash(c) && !closing(text, i)) {
                allowed[i] = true;
            }
        }
        addresses(text, allowed);
    }

    /**
     * A web or e-mail address breaks where Chicago (17th ed., 6.8) puts the break: after a colon
     * or a double slash; before a slash, tilde, period, comma, hyphen, underscore, question mark,
     * number sign, percent sign or at sign; before or after an equals sign or an ampersand. Never
     * after a hyphen of its own, which would read as one added to break a word.
     */
    private static void addresses(CharSequence text, boolean[] allowed) {
        int n = text.length();
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            if (address(text, start, end)) {
                int last = end;
                while (last > start && closing(text, last - 1)) {
                    last--; // the sentence's own full stop or bracket stays with the address
                }
                for (int i = start + 1; i < last; i++) {
                    char before = text.charAt(i - 1);
                    char c = text.charAt(i);
                    boolean doubleSlash = before == '/' && i >= 2 && text.charAt(i - 2) == '/' && c != '/';
                    allowed[i] = !glue(before) && !glue(c) && i + 1 < last
                            && (doubleSlash || before == ':' && c != '/' || "/~.,-_?#%@".indexOf(c) >= 0 && before != '/'
                                    && before != ':' || c == '=' || c == '&' || before == '=' || before == '&');
                }
            }
            start = end + 1;
        }
    }

    /** Whether a word is a web or e-mail address: it has "://", starts "www.", or has an @ with a dot after it. */
    static boolean address(CharSequence text, int start, int end) {
        // Read in place: this runs for every word of a book, and a copy of each word showed in profiles.
        if (end - start >= 4 && text.charAt(start) == 'w' && text.charAt(start + 1) == 'w'
                && text.charAt(start + 2) == 'w' && text.charAt(start + 3) == '.') {
            return true;
        }
        int at = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if (c == '@' && at < 0) {
                at = i;
            }
        }
        if (at <= start) {
            return false;
        }
        for (int i = at + 1; i < end; i++) {
            if (text.charAt(i) == '.') {
                return i > at + 1; // the first dot after the @, not right after it
            }
        }
        return false;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    /** Characters that glue their neighbours together. */
    private static boolean glue(char c) {
        return c == '\u2060' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF';
    }

    private static boolean dash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2E3A' || c == '\u2E3B';
    }

    private static boolean breaksAfter(char c) {
        return c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '/' || c == '\u2E3A' || c == '\u2E3B';
    }

    private static int previousNonSpace(CharSequence text, int i) {
        int j = i - 1;
        while (j >= 0 && isSpace(text.charAt(j))) {
            j--;
        }
        return j;
    }

    /** A quotation mark, whose direction depends on the language ("Er sagte \u201EHallo\u201C" closes with U+201C). */
    private static boolean quote(char c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'';
    }

    /**
     * Punctuation that belongs to the word before it: closing brackets and sentence marks, and a
     * quotation mark with no letter after it (U+2019 before a letter is an apostrophe: \u2019Tis).
     */
    private static boolean closing(CharSequence text, int i) {
        char c = text.charAt(i);
        if (quote(c)) {
            return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return Character.getType(c) == Character.END_PUNCTUATION
                || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '.' || c == '\u2026';
    }

    /** Punctuation that belongs to the word after it: an opening bracket, or a quotation mark standing alone (\u00AB mot). */
    private static boolean opening(CharSequence text, int j) {
        if (j < 0) {
            return false;
        }
        char c = text.charAt(j);
        if (quote(c)) {
            return j == 0 || isSpace(text.charAt(j - 1));
        }
        return Character.getType(c) == Character.START_PUNCTUATION;
    }
}
