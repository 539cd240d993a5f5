package org.quire.typeset.lines;

/**
 * The shape of a paragraph's lines: the measure and first-line indent in points (a negative
 * indent hangs the first line out to the left), the alignment, whether white space is kept as
 * typed ({@code white-space: pre-wrap}), the rules for breaking and hyphenating, and whether the
 * last line ends with an invisible space ({@code spaceAtEnd}: when the next paragraph's text
 * belongs to the same structure element, as verse lines of one stanza do, so their words stay apart).
 */
public record ParagraphSettings(float measure, float indent, Alignment alignment, boolean preserveSpaces,
                                Hyphenator hyphenator, BreakRules rules, BreakParameters parameters,
                                boolean spaceAtEnd) {
    public enum Alignment { JUSTIFY, LEFT, RIGHT, CENTER }

    public ParagraphSettings(float measure, float indent, Alignment alignment, boolean preserveSpaces,
                             Hyphenator hyphenator, BreakRules rules, BreakParameters parameters) {
        this(measure, indent, alignment, preserveSpaces, hyphenator, rules, parameters, false);
    }

    public ParagraphSettings withSpaceAtEnd(boolean value) {
        return new ParagraphSettings(measure, indent, alignment, preserveSpaces, hyphenator, rules, parameters, value);
    }
}
