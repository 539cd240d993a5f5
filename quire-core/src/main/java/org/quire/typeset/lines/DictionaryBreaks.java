package org.quire.typeset.lines;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Break opportunities between the words of Thai text, which has no spaces between words: found
 * by the JDK's dictionary (UAX #14 class SA, "resolved by a dictionary"), run over each stretch of
 * Thai on its own, never before the repetition mark ๆ (a line never starts with it). The JDK has
 * dictionaries for Thai only: Lao, Khmer and Myanmar are {@link IcuDictionaryBreaks}'s.
 */
public final class DictionaryBreaks implements BreakRules {
    private static final Locale THAI = Locale.forLanguageTag("th");
    /** Iterators are not safe across threads, and costly to make: one per thread. */
    private static final ThreadLocal<BreakIterator> LINES = ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(THAI));

    @Override
    public void opportunities(CharSequence text, boolean[] allowed) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!thai(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && thai(text.charAt(i))) {
                i++;
            }
            BreakIterator words = LINES.get();
            words.setText(text.subSequence(start, i).toString());
            for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
                if (start + end < i && LineClasses.clusterBoundary(text, start + end)
                        && !LineClasses.noStart(text.charAt(start + end))) {
                    allowed[start + end] = true;
                }
            }
        }
    }

    private static boolean thai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }
}
