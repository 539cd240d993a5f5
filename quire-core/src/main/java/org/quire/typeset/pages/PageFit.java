package org.quire.typeset.pages;

/**
 * How a page ends at the depth its spread ends at: as set when its glue or notes allow, else
 * with one of its paragraphs set a line longer (a page a line short) or shorter (a line over).
 * Setting a paragraph again is the dearest part of page breaking, so a fit that needs it is only
 * promised, at a cost no more than it can come to; the paragraph is chosen and set when the
 * search takes the way ({@link #settle}), and most ways are never taken.
 */
final class PageFit {
    /**
     * A page ended at {@code target}: as set ({@code delta} 0), or to be set {@code delta} lines
     * longer, {@code cost} then the least it can come to.
     */
    record Fit(double cost, PageScan.Break page, float target, int delta) {
        boolean promised() {
            return delta != 0;
        }
    }

    /** A promised fit made good: the page with its paragraph set again, and what that cost. */
    record Settled(double cost, PageBreaker.Placed page) {
    }

    private final Looseness looseness;
    private final float lead;

    /** @param looseness how paragraphs are set again; null for pages only as set */
    PageFit(Looseness looseness, float lead) {
        this.looseness = looseness;
        this.lead = lead;
    }

    /** The page ended at {@code target}, or null when it cannot be, set as it is or a line longer or shorter. */
    Fit fit(PageScan.Break page, float target) {
        double cost = PageCosts.fit(page, target, lead);
        if (cost < PageCosts.NO) {
            return new Fit(cost, page, target, 0);
        }
        // Not for a break the rules forbid anyway (a widow stays a widow), nor beside notes.
        if (looseness == null || !page.notes().isEmpty() || page.paragraphs().isEmpty()
                || page.penalty() >= GalleyBuilder.WIDOW) {
            return null;
        }
        int delta = target > page.natural() ? 1 : -1;
        if (PageCosts.fit(PageScan.grown(page, delta, lead), target, lead) == PageCosts.NO) {
            return null; // a line's difference would not bring it there: no need to set anything
        }
        double least = PageCosts.NO;
        for (float height : looseness.heights(page, delta)) {
            least = Math.min(least, PageCosts.fit(PageScan.grown(page, delta, height), target, lead));
        }
        return least < PageCosts.NO ? new Fit(least + Looseness.RESET, page, target, delta) : null;
    }

    /** A promised fit with its paragraph chosen and set again, or null when none can be. */
    Settled settle(Fit fit) {
        Looseness.Choice choice = looseness.best(fit.page(), fit.delta());
        if (choice == null) {
            return null;
        }
        PageScan.Break grown = PageScan.grown(fit.page(), fit.delta(), choice.height());
        double cost = PageCosts.fit(grown, fit.target(), lead);
        return cost < PageCosts.NO
                ? new Settled(cost + choice.cost(), new PageBreaker.Placed(grown, fit.target(), choice)) : null;
    }

    /** The page as the fit ends it: promised fits as set, to be settled before they are used. */
    static PageBreaker.Placed placed(Fit fit) {
        return new PageBreaker.Placed(fit.page(), fit.target(), null);
    }
}
