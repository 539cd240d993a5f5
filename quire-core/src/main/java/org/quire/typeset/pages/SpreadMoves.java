package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways on from a page start, for {@link SpreadSearch}: every depth the spread may end at
 * (full, a line long, one to {@link PageCosts#MOST_SHORT} lines short), every verso break that
 * reaches it and every recto break level with it; on a right-hand page with no verso in the run,
 * that page alone. When none is sure to fit, the deepest page whatever its depth, at a cost
 * ({@link PageCosts#MISFIT}) that only a run with no other way pays.
 */
final class SpreadMoves {
    /**
     * A step of one page or two: its pages, the fits of each when one is still to be settled (or
     * null), and what it costs: the terms summed in order, the first (and, of a spread that does
     * not end the run, the second) the fits' own.
     */
    record Step(double[] terms, List<PageBreaker.Placed> pages, List<PageFit.Fit> fits) {
        double cost() {
            double sum = 0;
            for (double term : terms) {
                sum += term;
            }
            return sum;
        }
    }

    private final PageScans scans;
    private final PageFit fits;
    private final float lead;
    private final boolean longSpreads;
    private final float firstDepth;
    private final float otherDepth;
    private List<Step> steps;
    private boolean sure;

    SpreadMoves(PageScans scans, PageFit fits, float lead, boolean longSpreads, float firstDepth, float otherDepth) {
        this.scans = scans;
        this.fits = fits;
        this.lead = lead;
        this.longSpreads = longSpreads;
        this.firstDepth = firstDepth;
        this.otherDepth = otherDepth;
    }

    /** The steps from {@code state}, in a fixed order (ties between ways go to the first). */
    List<Step> from(PageBreaker.State state) {
        steps = new ArrayList<>();
        sure = false;
        if (state.right()) {
            lone(state);
        } else {
            spread(state);
        }
        return steps;
    }

    /** A right-hand page with no facing page in the run: the run's first, its verso before the run. */
    private void lone(PageBreaker.State state) {
        float full = state.top() ? firstDepth : otherDepth;
        for (PageScan.Break page : scans.from(state.at(), state.carry(), full + lead, full, shallowest(full), state.top(), full)) {
            if (ends(page)) {
                ending(page, full, state.opening());
                continue;
            }
            for (int k = 0; k <= PageCosts.MOST_SHORT; k++) {
                PageFit.Fit fit = fits.fit(page, full - k * lead);
                if (fit != null) {
                    add(new double[] {fit.cost(), PageCosts.level(k, 1)}, fit, null);
                }
            }
        }
        if (!sure) {
            PageScan.Break page = deepest(scans.from(state.at(), state.carry(), full, full, shallowest(full), state.top(), full));
            add(new double[] {PageCosts.MISFIT, shortBy(page, full)}, List.of(placed(page)), null);
        }
    }

    /** A verso and the recto facing it, level with each other (or the recto the run's last page). */
    private void spread(PageBreaker.State state) {
        float full = state.top() ? firstDepth : otherDepth;
        boolean longer = longSpreads && !state.top();
        float deepest = full + (longer ? lead : 0);
        // A line deeper still: a page one line over may yet fit with a paragraph set a line shorter.
        List<PageScan.Break> versos = scans.from(state.at(), state.carry(), deepest + lead, deepest, shallowest(full),
                state.top(), full);
        boolean notes = scans.placesNotes(versos);
        for (PageScan.Break verso : versos) {
            if (ends(verso)) {
                ending(verso, full, state.opening());
                continue;
            }
            for (int k = longer ? -1 : 0; k <= PageCosts.MOST_SHORT && !notes; k++) {
                verso(verso, k, deepest, full);
            }
        }
        // Footnotes fill a page to the depth it is scanned to: a spread's verso is scanned to
        // each depth the spread may end at, or a long note split a line deep leaves no verso
        // that ends full (in golden/v-footnotes that put the chapter's last line on a page alone).
        for (int k = longer ? -1 : 0; k <= PageCosts.MOST_SHORT && notes; k++) {
            for (PageScan.Break verso : scans.from(state.at(), state.carry(), deepest + lead, full - k * lead,
                    shallowest(full), state.top(), full)) {
                if (!ends(verso)) {
                    verso(verso, k, deepest, full);
                }
            }
        }
        if (!sure) {
            // Nothing level: the deepest verso, and the deepest recto that fits beside it, whatever its depth.
            PageScan.Break verso = deepest(versos);
            List<PageScan.Break> rectos = scans.from(verso.next(), List.copyOf(verso.notes().waiting()), deepest,
                    verso.natural(), shallowest(verso.natural()), false, Math.min(full, verso.natural()));
            PageScan.Break recto = deepest(rectos);
            add(new double[] {PageCosts.MISFIT, shortBy(verso, full), shortBy(recto, verso.natural())},
                    List.of(placed(verso), placed(recto)), null);
        }
    }

    private void verso(PageScan.Break verso, int k, float deepest, float full) {
        float target = full - k * lead;
        PageFit.Fit left = fits.fit(verso, target);
        if (left == null) {
            return;
        }
        List<PageScan.Break> rectos = scans.from(verso.next(), List.copyOf(verso.notes().waiting()), deepest + lead,
                target, shallowest(full), false, Math.min(full, target));
        for (PageScan.Break recto : rectos) {
            if (ends(recto)) {
                // A chapter's last page may end short, never below its verso; a verso run long
                // only beside a recto run as long (Bringhurst 2.2: long pages go in pairs).
                boolean level = k >= 0 ? recto.natural() <= target + recto.shrink() + 0.01f
                        : Math.abs(recto.natural() - target) <= 0.5f;
                if (level) {
                    add(new double[] {left.cost(), PageCosts.level(k, 1), PageCosts.last(recto, lead, false, scans.scan())}, left,
                            new PageFit.Fit(0, recto, Float.NaN, 0));
                }
                continue;
            }
            PageFit.Fit right = fits.fit(recto, target);
            if (right != null) {
                add(new double[] {left.cost(), right.cost(), PageCosts.level(k, 2)}, left, right);
            }
        }
    }

    /** The run's last page, when it is no deeper than a full page. */
    private void ending(PageScan.Break page, float full, boolean opening) {
        if (page.natural() <= full + page.shrink() + 0.01f) {
            add(new double[] {PageCosts.last(page, lead, opening, scans.scan())}, List.of(placed(page)), null);
        }
    }

    private void add(double[] cost, PageFit.Fit page, PageFit.Fit recto) {
        List<PageFit.Fit> both = recto == null ? List.of(page) : List.of(page, recto);
        List<PageBreaker.Placed> pages = new ArrayList<>(both.size());
        for (PageFit.Fit fit : both) {
            pages.add(PageFit.placed(fit));
        }
        add(cost, pages, both);
    }

    private void add(double[] cost, List<PageBreaker.Placed> pages, List<PageFit.Fit> open) {
        boolean promised = open != null && open.stream().anyMatch(PageFit.Fit::promised);
        sure |= !promised;
        steps.add(new Step(cost, pages, promised ? open : null));
    }

    /** Whether the run ends with this page: a forced break, or nothing left to set after it. */
    boolean ends(PageScan.Break page) {
        return page.last() || page.notes().waiting().isEmpty() && !scans.scan().hasContent(page.next());
    }

    private float shallowest(float full) {
        return full - PageCosts.MOST_SHORT * lead;
    }

    private double shortBy(PageScan.Break page, float full) {
        return PageCosts.SHORT_LINE * Math.max(0, (full - page.natural()) / Math.max(lead, 1));
    }

    private static PageBreaker.Placed placed(PageScan.Break page) {
        return new PageBreaker.Placed(page, Float.NaN, null);
    }

    private static PageScan.Break deepest(List<PageScan.Break> breaks) {
        PageScan.Break deepest = breaks.get(0);
        for (PageScan.Break b : breaks) {
            if (b.end() > deepest.end() || b.end() == deepest.end() && b.natural() > deepest.natural()) {
                deepest = b;
            }
        }
        return deepest;
    }
}
