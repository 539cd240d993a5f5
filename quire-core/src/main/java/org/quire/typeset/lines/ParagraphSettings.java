package org.quire.typeset.lines;

/**
 * The shape of a paragraph's lines: the measure and first-line indent in points (a negative
 * indent hangs the first line out to the left), the alignment, whether white space is kept as
 * typed ({@code white-space: pre-wrap}), the rules for breaking and hyphenating, whether the
 * last line ends with an invisible space ({@code spaceAtEnd}: when the next paragraph's text
 * belongs to the same structure element, as verse lines of one stanza do, so their words stay
 * apart), and how far the last line may run past the measure ({@code hang}, in points: a
 * contents entry's page number standing in a column of its own, right of the wrapped title), and
 * the paragraph's base direction ({@code rightToLeft}: UAX #9's paragraph level 1, from
 * {@code dir} or CSS {@code direction}; its first line's indent is then at the right, and a
 * justified paragraph's last line ends at the right).
 */
public record ParagraphSettings(float measure, float indent, Alignment alignment, boolean preserveSpaces,
                                Hyphenator hyphenator, BreakRules rules, BreakParameters parameters,
                                boolean spaceAtEnd, float hang, boolean rightToLeft) {
    public enum Alignment { JUSTIFY, LEFT, RIGHT, CENTER }

    public ParagraphSettings(float measure, float indent, Alignment alignment, boolean preserveSpaces,
                             Hyphenator hyphenator, BreakRules rules, BreakParameters parameters) {
        this(measure, indent, alignment, preserveSpaces, hyphenator, rules, parameters, false, 0, false);
    }

    public ParagraphSettings(float measure, float indent, Alignment alignment, boolean preserveSpaces,
                             Hyphenator hyphenator, BreakRules rules, BreakParameters parameters,
                             boolean spaceAtEnd, float hang) {
        this(measure, indent, alignment, preserveSpaces, hyphenator, rules, parameters, spaceAtEnd, hang, false);
    }

    public ParagraphSettings withSpaceAtEnd(boolean value) {
        return new ParagraphSettings(measure, indent, alignment, preserveSpaces, hyphenator, rules, parameters, value, hang,
                rightToLeft);
    }
}
