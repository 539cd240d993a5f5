package org.quire.typeset.lines;

/**
 * Break opportunities between ideographic characters (Chinese, Japanese kana and kanji), with
 * the kinsoku rules of JIS X 4051 §6.1 and Chinese practice (GB/T 15834): no line starts with a
 * closing bracket or quote, a sentence mark, a small kana or the long-vowel mark, and no line ends
 * with an opening bracket or quote (UAX #14 LB13–LB16, LB21, LB30 as a book applies them; Hangul
 * is set as Korean books set it, broken at its spaces). A doubled dash or ellipsis (—— ……) stays
 * whole. Leaves every other opportunity as it finds it.
 */
public final class IdeographicBreaks implements BreakRules {
    @Override
    public void opportunities(CharSequence text, boolean[] allowed) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            int before = Character.codePointBefore(text, i);
            int c = Character.codePointAt(text, i);
            if (Character.isLowSurrogate(text.charAt(i)) || !(LineClasses.ideographic(before) || LineClasses.ideographic(c))
                    || Character.isWhitespace(before) || Character.isWhitespace(c) || glue(before) || glue(c)) {
                continue;
            }
            // A letter or digit run of another script stays whole, as do its own marks.
            allowed[i] = !LineClasses.noStart(c) && !LineClasses.noEnd(before) && !LineClasses.doubled(before, c)
                    && LineClasses.clusterBoundary(text, i);
        }
    }

    private static boolean glue(int c) {
        return c == '\u2060' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF';
    }
}
