package org.quire.typeset.lines;

/**
 * Centred display lines that wrap, balanced: see {@link #of}. Their own class because the
 * paragraph setter sets body text, where every line runs to the measure.
 */
final class BalancedLines {
    private BalancedLines() {
    }

    /**
     * Centred display lines (a title, a heading, a dedication) that wrap are balanced: set in
     * the narrowest measure that still gives them as many lines, in no emergency and with no
     * hyphen they did not need, then centred in the full measure. A long chapter title no longer
     * ends on one stranded word (typographer's trial 1, finding 16; CSS Text 4
     * {@code text-wrap: balance}; Bringhurst 2.4.8 on display lines). A word too long for any
     * line is broken where it must be, as before: balancing cannot better an emergency break.
     *
     * @param full the lines as set in the full measure, more than one
     * @return the balanced breaks, or {@code full} when no narrower measure keeps their count
     */
    static LineBreaker.Breaks of(LineBreaker lines, Items items, ParagraphSettings settings, float ragged,
                                 LineBreaker.Breaks full) {
        int count = full.at().length;
        float indent = settings.indent();
        float high = settings.measure();
        float low = Math.max(indent + 1, high / count * 0.8f);
        LineBreaker.Breaks best = full;
        // Bisection to a quarter point: a display line is short, each try costs one breaking run.
        while (high - low > 0.25f) {
            float middle = (low + high) / 2;
            LineBreaker.Breaks tried = lines.breakLines(items, middle - indent, middle, ragged);
            if (tried.at().length == count && tried.pass() <= 2 && !addsHyphen(items, tried, full)) {
                best = tried;
                high = middle;
            } else {
                low = middle;
            }
        }
        return best;
    }

    /** Whether {@code tried} breaks a word with a hyphen of its own where {@code full} did not need one. */
    private static boolean addsHyphen(Items items, LineBreaker.Breaks tried, LineBreaker.Breaks full) {
        return hyphens(items, tried) > hyphens(items, full);
    }

    private static int hyphens(Items items, LineBreaker.Breaks breaks) {
        int count = 0;
        for (int at : breaks.at()) {
            if (items.addsHyphen(at)) {
                count++;
            }
        }
        return count;
    }

}
