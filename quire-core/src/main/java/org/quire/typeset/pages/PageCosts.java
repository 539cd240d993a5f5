package org.quire.typeset.pages;

/**
 * What the page breaker weighs: how far a page is from the depth its spread ends at, and the
 * faults book practice ranks against each other (Bringhurst 2.2.x; The TeXbook ch. 15). A spread
 * runs to full depth, or both its pages a line short or a line long; a spread two or more lines
 * short, a widow or orphan (GalleyBuilder.WIDOW, 20,000) and a chapter ending on a page of two
 * or three lines are what is left when nothing else works.
 */
final class PageCosts {
    /** Not a page at all at that depth. */
    static final double NO = Double.POSITIVE_INFINITY;
    /**
     * Each page of a spread {@code k} lines short costs {@code SHORT_LINE * k * k}: two spreads a
     * line short are better than one two lines short (trial 1, finding 2), and a spread three
     * lines short (18,000) still less than a widow.
     */
    static final double SHORT_LINE = 1000;
    /** How many lines short a spread may be made at most, unless nothing else fits. */
    static final int MOST_SHORT = 3;
    /**
     * Running both pages of a spread a line long, into the foot margin (a book designer's way to
     * keep a widow off the next page without shortening the spread): a little more than a
     * spread a line short.
     */
    static final double LONG_SPREAD = 2500;
    /**
     * A chapter ending on a page of three lines or fewer (trial 1, finding 10): worse than a
     * spread a line short or long, which is how a compositor would take the lines back.
     */
    static final double SHORT_ENDING = 4000;
    /** How many lines of text make a chapter's last page a short ending. */
    static final int ENDING_LINES = 3;
    /** The cost of a run above which paragraphs are set again to bring it down ({@link Looseness}). */
    static final double LOOSEN = 2 * SHORT_LINE * 2;
    /**
     * A page holding a table's rows (or a picture) ending less than a line above its spread's depth,
     * for a whole line's shortfall: less than the spread a line short it saves (2 * SHORT_LINE).
     */
    static final double ROW_FOOT = 500;
    /** A page that ends nowhere near any depth its spread could have: only when nothing else works. */
    static final double MISFIT = 1_000_000;

    private PageCosts() {
    }

    /**
     * The cost of page {@code page} ending at depth {@code target}: its break's penalty plus the
     * badness of stretching or squeezing its glue there; {@link #NO} when it cannot.
     */
    static double fit(PageScan.Break page, float target, float lead) {
        double penalty = page.penalty();
        float shortfall = target - page.natural();
        if (Math.abs(shortfall) <= 0.5f) {
            return penalty;
        }
        if (shortfall < 0) {
            return -shortfall <= page.shrink() + 0.01f ? penalty + badness(-shortfall / page.shrink()) : NO;
        }
        if (page.stretch() > 0 && shortfall <= PageBreaker.STRETCH * page.stretch()) {
            return penalty + badness(shortfall / page.stretch());
        }
        if (page.boxed() && shortfall < lead - 0.5f) {
            // A table's rows (or a picture) are not a whole number of lines tall, and a page breaks
            // only between them: a page holding them ends at a row's foot, or a line below them,
            // off the grid, so less than a line above its spread's depth, and the facing page
            // runs to that depth (trial 15, finding 6: the spread beside a table was cut three
            // lines short to be level with a row's foot).
            return penalty + ROW_FOOT * shortfall / lead;
        }
        if (!page.notes().isEmpty()) {
            // The notes stand at the foot whatever the text's depth: what is left goes above
            // their rule, a whole line of it as bad as a line short.
            return penalty + 100 + SHORT_LINE * Math.floor(shortfall / lead + 0.01f);
        }
        return NO;
    }

    /**
     * The cost of a run's last page: its penalty, and, unless it is the run's only page, a short
     * ending; a page holding only the chapter's last line is a widow (GalleyBuilder.WIDOW), and
     * one holding only the rest of a footnote is a short ending too, and one holding only a heading
     * and a few lines under it is as bad as a widow.
     */
    static double last(PageScan.Break page, float lead, boolean alone, PageScan scan) {
        double cost = Math.max(0, page.penalty());
        if (alone || lead <= 0 || page.text() <= 0.5f && page.notes().isEmpty()) {
            return cost;
        }
        if (page.text() > 0.5f && page.text() < 1.5f * lead) {
            return cost + GalleyBuilder.WIDOW;
        }
        if (scan.strandedHeading(page, ENDING_LINES)) {
            // A heading and a few lines under it alone on the chapter's last page (its end
            // notes, an epilogue's first lines): as bad as a widow, so the text before is brought
            // over to them or they are fitted on the page before (trial 15, finding 8).
            return cost + GalleyBuilder.WIDOW;
        }
        return page.text() < (ENDING_LINES + 0.5f) * lead ? cost + SHORT_ENDING : cost;
    }

    /** The cost of a spread's (or a lone page's) depth, {@code lines} short of full (negative: long). */
    static double level(int lines, int pages) {
        return lines < 0 ? LONG_SPREAD * pages / 2 : SHORT_LINE * lines * lines * pages;
    }

    private static double badness(double ratio) {
        return 100 * ratio * ratio * ratio;
    }
}
