package org.quire.typeset.lines;

/**
 * The shape of a paragraph's lines: the measure and first-line indent in points (a negative
 * indent hangs the first line out to the left), the alignment, whether white space is kept as
 * typed ({@code white-space: pre-wrap}), and the rules for breaking and hyphenating.
 */
public record ParagraphSettings(float measure, float indent, Alignment alignment, boolean preserveSpaces,
                                Hyphenator hyphenator, BreakRules rules, BreakParameters parameters) {
    public enum Alignment { JUSTIFY, LEFT, RIGHT, CENTER }
}
