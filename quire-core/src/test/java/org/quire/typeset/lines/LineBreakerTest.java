package org.quire.typeset.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Knuth–Plass on boxes of fixed widths: the examples can be checked by hand. */
class LineBreakerTest {
    private static final BreakParameters PLAIN = new BreakParameters(1.0, 2.0, 0, 10, 50, 50, 10_000, 5_000, 10_000, 0, 0);

    /** Words of the given widths, separated by spaces of width 3 (stretch 1.5, shrink 1). */
    private static Items words(float... widths) {
        Items items = new Items();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                items.glue(3, 1.5f, 1, -1);
            }
            items.box(widths[i], i);
        }
        items.finish();
        return items;
    }

    private static int lineOfWord(Items items, int[] breaks, int word) {
        int box = -1;
        for (int i = 0, seen = -1; i < items.size(); i++) {
            if (items.type(i) == Items.BOX && ++seen == word) {
                box = i;
            }
        }
        for (int line = 0; line < breaks.length; line++) {
            if (box < breaks[line]) {
                return line;
            }
        }
        return breaks.length - 1;
    }

    @Test
    void fillsLinesAsEvenlyAsTheWordsAllow() {
        // Six words of 10 on a measure of 36: three words and two spaces are exactly 36.
        Items items = words(10, 10, 10, 10, 10, 10);
        LineBreaker.Breaks breaks = new LineBreaker(PLAIN).breakLines(items, 36, 36);
        assertThat(breaks.at()).hasSize(2);
        assertThat(lineOfWord(items, breaks.at(), 2)).isZero();
        assertThat(lineOfWord(items, breaks.at(), 3)).isEqualTo(1);
        assertThat(breaks.pass()).isEqualTo(1);
    }

    @Test
    void setsAParagraphALineShorterWhenItsSpacesCanShrinkThatFar() {
        // Twelve words of 5 on 40: five a line (spaces stretched to 0.75) is best, in three lines;
        // six a line needs every space shrunk to the limit (-1), so two lines are possible, one
        // is not. TeX's \looseness -1 asks for the two (trial 1, finding 2: filling a page).
        Items items = words(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        LineBreaker breaker = new LineBreaker(PLAIN);
        assertThat(breaker.breakLines(items, 40, 40).at()).hasSize(3);
        int[] shorter = breaker.breakLines(items, 40, 40, 0, 2);
        assertThat(shorter).hasSize(2);
        assertThat(lineOfWord(items, shorter, 5)).isZero();
        assertThat(lineOfWord(items, shorter, 6)).isEqualTo(1);
        assertThat(breaker.breakLines(items, 40, 40, 0, 3)).isEqualTo(breaker.breakLines(items, 40, 40).at());
        assertThat(breaker.breakLines(items, 40, 40, 0, 1)).isNull();
    }

    @Test
    void aWordWiderThanTheMeasureBreaksOnlyAtItsEmergencyPoints() {
        Items items = new Items();
        items.box(30, 0);
        items.penalty(0, 9000, (byte) 3, 0);
        items.box(30, 0);
        items.finish();
        LineBreaker.Breaks breaks = new LineBreaker(PLAIN.withEmergencyStretch(5)).breakLines(items, 40, 40);
        assertThat(breaks.at()).hasSize(2);
        assertThat(breaks.pass()).isEqualTo(3);
    }

    @Test
    void neverMoreHyphenatedLinesInARowThanTheLimit() {
        // Words that only fit with a hyphen at every line end; a limit of 2 forces a looser line.
        Items items = new Items();
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                items.glue(3, 1.5f, 1, -1);
            }
            items.box(14, i);
            items.penalty(2, 50, (byte) 1, i);
            items.box(14, i);
        }
        items.finish();
        LineBreaker.Breaks limited = new LineBreaker(PLAIN.withHyphenLimit(2)).breakLines(items, 47, 47);
        int run = 0;
        int longest = 0;
        for (int b : limited.at()) {
            run = items.flagged(b) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        assertThat(longest).isLessThanOrEqualTo(2);
    }
}
