package org.quire.typeset.lines;

/**
 * How hard the line breaker tries, in TeX's terms (The TeXbook, ch. 14). Ratios are the
 * adjustment ratio r of a line: 0 at its natural width, 1 when its glue has stretched by all
 * its stretchability, -1 when shrunk by all its shrinkability.
 *
 * @param firstTolerance the largest r of the first pass, which does not hyphenate (TeX's \pretolerance)
 * @param secondTolerance the largest r of the second pass, which hyphenates (\tolerance)
 * @param emergencyStretch extra stretch per line, in points, in the third pass (\emergencystretch);
 *     that pass accepts any ratio and may break inside a word longer than the measure
 * @param linePenalty added to each line's badness (\linepenalty)
 * @param hyphenPenalty the cost of breaking at an inserted hyphen (\hyphenpenalty)
 * @param explicitPenalty the cost of breaking after a typed hyphen or dash (\exhyphenpenalty)
 * @param doubleHyphenDemerits for two hyphenated lines in a row (\doublehyphendemerits)
 * @param finalHyphenDemerits for a hyphen ending the second-last line (\finalhyphendemerits)
 * @param adjacentDemerits for a very loose line next to a tight one (\adjdemerits)
 * @param hyphenLimit the most consecutive lines that may end in a hyphen (CSS
 *     {@code hyphenate-limit-lines}); 0 for no limit
 * @param expansion how much the glyphs of a justified line may widen or narrow, as a fraction
 *     of their width (font expansion, as pdfTeX's microtype does: Hàn Thế Thành, "Micro-typographic
 *     extensions to the TeX typesetting system", 2000), so that word spaces vary less
 */
public record BreakParameters(double firstTolerance, double secondTolerance, double emergencyStretch,
                              int linePenalty, int hyphenPenalty, int explicitPenalty,
                              double doubleHyphenDemerits, double finalHyphenDemerits, double adjacentDemerits,
                              int hyphenLimit, double expansion) {
    /** Quire's book setting: measured on the corpus (see the progress notes and the spacing report). */
    public static final BreakParameters BOOK = new BreakParameters(1.0, 1.8, 15, 10, 150, 100, 10_000, 30_000, 10_000, 2, 0.02);

    public BreakParameters withHyphenLimit(int lines) {
        return new BreakParameters(firstTolerance, secondTolerance, emergencyStretch, linePenalty, hyphenPenalty,
                explicitPenalty, doubleHyphenDemerits, finalHyphenDemerits, adjacentDemerits, lines, expansion);
    }

    public BreakParameters withEmergencyStretch(double points) {
        return new BreakParameters(firstTolerance, secondTolerance, points, linePenalty, hyphenPenalty,
                explicitPenalty, doubleHyphenDemerits, finalHyphenDemerits, adjacentDemerits, hyphenLimit, expansion);
    }
}
