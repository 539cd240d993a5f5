package org.quire.typeset.lines;

/**
 * Where a line may break in a paragraph's text, as in Unicode's line breaking algorithm
 * (UAX #14). The default, {@link SimpleBreakRules}, covers Latin, Greek and Cyrillic; scripts
 * with other rules (CJK, Thai) plug in an implementation backed by ICU4J's {@code BreakIterator}.
 */
public interface BreakRules {
    /**
     * Marks the break opportunities of {@code text}: {@code allowed[i]} is set when a line may
     * end before char {@code i} (after any spaces before it, which the line then drops).
     *
     * @param allowed an array of {@code text.length() + 1} flags, all false on entry
     */
    void opportunities(CharSequence text, boolean[] allowed);
}
