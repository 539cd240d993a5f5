package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The cheapest way to cut a run of pages (to the unit's end or a forced break) into pages, a
 * spread at a time: from each place a verso may start, every depth the spread may end at (full,
 * a line long, one to {@link PageCosts#MOST_SHORT} lines short), every verso break that reaches
 * it and every recto break level with it. Costs are never negative, so the first run's end taken
 * from the queue is the cheapest (Dijkstra's shortest path over the breaks: the pagination graph
 * of Plass 1981). Ties go to the path found first, so the result is the same on every run.
 */
final class SpreadSearch {
    /** A way to a page start: its cost, the pages placed on the last step, and the way before. */
    private record Path(double cost, long order, PageBreaker.State state, List<PageBreaker.Placed> pages, Path before,
                        boolean done) {
    }

    /** A page that ends at a spread's depth: as set ({@code choice} null) or with a paragraph set again. */
    private record Fit(double cost, PageScan.Break page, Looseness.Choice choice) {
    }

    private final PageScans scans;
    private final Looseness looseness;
    private final float lead;
    private final boolean longSpreads;
    private final float firstDepth;
    private final float otherDepth;
    private final PriorityQueue<Path> queue = new PriorityQueue<>(
            Comparator.comparingDouble(Path::cost).thenComparingLong(Path::order));
    private final Map<PageBreaker.State, Double> cheapest = new HashMap<>();
    private long order;
    private boolean pushed;

    SpreadSearch(PageScans scans, Looseness looseness, float lead, boolean longSpreads, float firstDepth,
                 float otherDepth) {
        this.scans = scans;
        this.looseness = looseness;
        this.lead = lead;
        this.longSpreads = longSpreads;
        this.firstDepth = firstDepth;
        this.otherDepth = otherDepth;
    }

    /** The cost of the last run {@link #best} found. */
    private double cost;

    double cost() {
        return cost;
    }

    /** The pages of the cheapest run from {@code start}, in order. */
    List<PageBreaker.Placed> best(PageBreaker.State start) {
        queue.add(new Path(0, order++, start, List.of(), null, false));
        while (true) {
            Path path = queue.poll();
            if (path.done) {
                List<PageBreaker.Placed> pages = new ArrayList<>();
                for (Path at = path; at != null; at = at.before) {
                    pages.addAll(0, at.pages);
                }
                cost = path.cost;
                return pages;
            }
            Double known = cheapest.get(path.state);
            if (known != null && known < path.cost) {
                continue;
            }
            pushed = false;
            if (path.state.right()) {
                lone(path);
            } else {
                spread(path);
            }
        }
    }

    /** A right-hand page with no facing page in the run: the run's first, its verso before the run. */
    private void lone(Path path) {
        PageBreaker.State state = path.state;
        float full = state.top() ? firstDepth : otherDepth;
        for (PageScan.Break page : scans.from(state.at(), state.carry(), full + lead, full, shallowest(full), state.top(), full)) {
            if (ends(page)) {
                if (page.natural() <= full + page.shrink() + 0.01f) {
                    next(path, PageCosts.last(page, lead, state.opening()), placed(page, Float.NaN, null), null);
                }
                continue;
            }
            for (int k = 0; k <= PageCosts.MOST_SHORT; k++) {
                float target = full - k * lead;
                Fit fit = fit(page, target);
                if (fit != null) {
                    next(path, fit.cost + PageCosts.level(k, 1), placed(fit, target), null);
                }
            }
        }
        if (!pushed) {
            PageScan.Break page = deepest(scans.from(state.at(), state.carry(), full, full, shallowest(full), state.top(), full));
            next(path, PageCosts.MISFIT + shortBy(page, full), placed(page, Float.NaN, null), null);
        }
    }

    /** A verso and the recto facing it, level with each other (or the recto the run's last page). */
    private void spread(Path path) {
        PageBreaker.State state = path.state;
        float full = state.top() ? firstDepth : otherDepth;
        boolean longer = longSpreads && !state.top();
        float deepest = full + (longer ? lead : 0);
        // A line deeper still: a page one line over may yet fit with a paragraph set a line shorter.
        List<PageScan.Break> versos = scans.from(state.at(), state.carry(), deepest + lead, deepest, shallowest(full),
                state.top(), full);
        boolean notes = scans.placesNotes(versos);
        for (PageScan.Break verso : versos) {
            if (ends(verso)) {
                if (verso.natural() <= full + verso.shrink() + 0.01f) {
                    next(path, PageCosts.last(verso, lead, state.opening()), placed(verso, Float.NaN, null), null);
                }
                continue;
            }
            for (int k = longer ? -1 : 0; k <= PageCosts.MOST_SHORT && !notes; k++) {
                verso(path, verso, k, deepest, full);
            }
        }
        // Footnotes fill a page to the depth it is scanned to: a spread's verso is scanned to
        // each depth the spread may end at, or a long note split a line deep leaves no verso
        // that ends full (in golden/v-footnotes that put the chapter's last line on a page alone).
        for (int k = longer ? -1 : 0; k <= PageCosts.MOST_SHORT && notes; k++) {
            float target = full - k * lead;
            for (PageScan.Break verso : scans.from(state.at(), state.carry(), deepest + lead, target,
                    shallowest(full), state.top(), full)) {
                if (!ends(verso)) {
                    verso(path, verso, k, deepest, full);
                }
            }
        }
        if (!pushed) {
            // Nothing level: the deepest verso, and the deepest recto that fits beside it, whatever its depth.
            PageScan.Break verso = deepest(versos);
            List<PageScan.Break> rectos = scans.from(verso.next(), List.copyOf(verso.notes().waiting()), deepest,
                    verso.natural(), shallowest(verso.natural()), false, Math.min(full, verso.natural()));
            PageScan.Break recto = deepest(rectos);
            double cost = PageCosts.MISFIT + shortBy(verso, full) + shortBy(recto, verso.natural());
            next(path, cost, placed(verso, Float.NaN, null), placed(recto, Float.NaN, null));
        }
    }

    private void verso(Path path, PageScan.Break verso, int k, float deepest, float full) {
        float target = full - k * lead;
        Fit left = fit(verso, target);
        if (left != null) {
            facing(path, left, target, k, deepest + lead, shallowest(full), full);
        }
    }

    private void facing(Path path, Fit left, float target, int k, float deepest, float shallowest, float full) {
        PageScan.Break verso = left.page;
        List<PageScan.Break> rectos = scans.from(verso.next(), List.copyOf(verso.notes().waiting()), deepest, target,
                shallowest, false, Math.min(full, target));
        for (PageScan.Break recto : rectos) {
            if (ends(recto)) {
                // A chapter's last page may end short, never below its verso; a verso run long
                // only beside a recto run as long (Bringhurst 2.2: long pages go in pairs).
                boolean level = k >= 0 ? recto.natural() <= target + recto.shrink() + 0.01f
                        : Math.abs(recto.natural() - target) <= 0.5f;
                if (level) {
                    double cost = left.cost + PageCosts.level(k, 1) + PageCosts.last(recto, lead, false);
                    next(path, cost, placed(left, target), placed(recto, Float.NaN, null));
                }
                continue;
            }
            Fit right = fit(recto, target);
            if (right != null) {
                next(path, left.cost + right.cost + PageCosts.level(k, 2), placed(left, target), placed(right, target));
            }
        }
    }

    /**
     * The page ended at {@code target}: as set when it can, else with one of its paragraphs set a
     * line longer (a page a line short) or shorter (a line over), never on a page with notes.
     */
    private Fit fit(PageScan.Break page, float target) {
        double cost = PageCosts.fit(page, target, lead);
        if (cost < PageCosts.NO) {
            return new Fit(cost, page, null);
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
        Looseness.Choice choice = looseness.best(page, delta);
        if (choice == null) {
            return null;
        }
        PageScan.Break grown = PageScan.grown(page, delta, choice.height());
        cost = PageCosts.fit(grown, target, lead);
        return cost < PageCosts.NO ? new Fit(cost + choice.cost(), grown, choice) : null;
    }

    private static PageBreaker.Placed placed(Fit fit, float depth) {
        return new PageBreaker.Placed(fit.page, depth, fit.choice);
    }

    private static PageBreaker.Placed placed(PageScan.Break page, float depth, Looseness.Choice choice) {
        return new PageBreaker.Placed(page, depth, choice);
    }

    /** Queues the way on through a page (and its recto, when not null). */
    private void next(Path path, double cost, PageBreaker.Placed page, PageBreaker.Placed recto) {
        pushed = true;
        List<PageBreaker.Placed> pages = recto == null ? List.of(page) : List.of(page, recto);
        PageScan.Break last = pages.get(pages.size() - 1).page();
        boolean right = path.state.right() == (recto != null);
        double total = path.cost + cost;
        PageBreaker.State state = new PageBreaker.State(last.next(), List.copyOf(last.notes().waiting()), right, false,
                false);
        boolean done = last.side() != null || ends(last);
        if (!done) {
            Double known = cheapest.get(state);
            if (known != null && known <= total) {
                return;
            }
            cheapest.put(state, total);
        }
        queue.add(new Path(total, order++, state, pages, path, done));
    }

    /** Whether the run ends with this page: a forced break, or nothing left to set after it. */
    private boolean ends(PageScan.Break page) {
        return page.last() || page.notes().waiting().isEmpty() && !scans.scan().hasContent(page.next());
    }

    private float shallowest(float full) {
        return full - PageCosts.MOST_SHORT * lead;
    }

    private double shortBy(PageScan.Break page, float full) {
        return PageCosts.SHORT_LINE * Math.max(0, (full - page.natural()) / Math.max(lead, 1));
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
