package org.quire.typeset.lines;

import org.quire.typeset.shape.FontChain;

/**
 * How a run of text looks: its faces, size and baseline shift in points, letter spacing,
 * colour (0xRRGGBB), decorations ({@code 1} underline, {@code 2} line-through) and whether
 * it may be hyphenated ({@code hyphens: auto}) or not even at soft hyphens ({@code none}).
 */
public record TextStyle(FontChain fonts, float size, float rise, float letterSpacing, int color, int decoration,
                        boolean hyphenate, boolean softHyphens) {
}
