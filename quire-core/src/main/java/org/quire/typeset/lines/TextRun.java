package org.quire.typeset.lines;

/**
 * A stretch {@code [start, end)} of a paragraph's text in one style. The tag is the caller's
 * (the structure element and link the text belongs to): the setter hands it back with every
 * piece it draws. A leader run ({@code leader} not null) is one object replacement character
 * that stretches to fill its line with the leader's text repeated (CSS GCPM §4, {@code leader()}).
 */
public record TextRun(int start, int end, TextStyle style, Object tag, String leader) {
    public TextRun {
        if (end < start) {
            throw new IllegalArgumentException("a run ends before it starts");
        }
    }
}
