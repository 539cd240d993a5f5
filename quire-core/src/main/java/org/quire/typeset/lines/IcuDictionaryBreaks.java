package org.quire.typeset.lines;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Break opportunities between the words of Lao, Khmer and Myanmar text, written without spaces
 * between words (UAX #14 class SA, "resolved by a dictionary"): found by ICU4J's line
 * {@code BreakIterator} for the script's language, which has these dictionaries where the JDK's has
 * Thai only. Each run of one script is given to the iterator on its own; as for Thai
 * ({@link DictionaryBreaks}), no break splits a grapheme cluster (UAX #29) and no line starts
 * with a repetition mark or full stop. ICU's classes load only when such a run is met: a book
 * without these scripts never loads them.
 */
final class IcuDictionaryBreaks implements BreakRules {
    static final int LAO = 0;
    static final int MYANMAR = 1;
    static final int KHMER = 2;
    static final int NONE = -1;

    @Override
    public void opportunities(CharSequence text, boolean[] allowed) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int script = script(text.charAt(i));
            if (script == NONE) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && script(text.charAt(i)) == script) {
                i++;
            }
            BreakIterator words = Iterators.LINES[script].get();
            words.setText(text.subSequence(start, i).toString());
            for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
                if (start + end < i && LineClasses.clusterBoundary(text, start + end)
                        && !LineClasses.noStart(text.charAt(start + end))) {
                    allowed[start + end] = true;
                }
            }
        }
    }

    /** {@link #LAO} (U+0E80–0EFF), {@link #MYANMAR}, {@link #KHMER} (with their extension blocks), or {@link #NONE}. */
    static int script(char c) {
        if (c >= '\u0E80' && c <= '\u0EFF') {
            return LAO;
        }
        if (c >= '\u1000' && c <= '\u109F' || c >= '\uAA60' && c <= '\uAA7F' || c >= '\uA9E0' && c <= '\uA9FF') {
            return MYANMAR;
        }
        return c >= '\u1780' && c <= '\u17FF' || c >= '\u19E0' && c <= '\u19FF' ? KHMER : NONE;
    }

    /** ICU's iterators, in a class of their own so that ICU loads with the first run that needs it. */
    private static final class Iterators {
        /** Iterators are not safe across threads, and costly to make: one per script and thread. */
        @SuppressWarnings("unchecked")
        static final ThreadLocal<BreakIterator>[] LINES = new ThreadLocal[] {lines("lo"), lines("my"), lines("km")};

        private static ThreadLocal<BreakIterator> lines(String language) {
            ULocale locale = new ULocale(language);
            return ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(locale));
        }
    }
}
