package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The cheapest way to cut a run of pages (to the unit's end or a forced break) into pages, a
 * spread at a time ({@link SpreadMoves}). Costs are never negative, so the first run's end taken
 * from the queue is the cheapest (Dijkstra's shortest path over the breaks: the pagination graph
 * of Plass 1981). A way through a page whose paragraph is to be set again is queued at the least
 * it can cost and settled when taken: set, and queued again at what it does cost. Ties go to the
 * way queued first, so the result is the same on every run.
 */
final class SpreadSearch {
    /** A way to a page start: its cost, the pages placed on the last step, and the way before. */
    private record Path(double cost, long order, PageBreaker.State state, List<PageBreaker.Placed> pages,
                        SpreadMoves.Step open, Path before, boolean done) {
    }

    private final SpreadMoves moves;
    private final PageFit fits;
    private static final Comparator<Path> QUEUE = Comparator.comparingDouble(Path::cost).thenComparingLong(Path::order);
    private final PriorityQueue<Path> queue = new PriorityQueue<>(QUEUE);
    /** The way to each page start that is taken on from it: the cheapest, of those as cheap the first queued. */
    private final Map<PageBreaker.State, Path> cheapest = new HashMap<>();
    private long order;
    /** The cost of the last run {@link #best} found. */
    private double cost;

    /** @param looseness how paragraphs are set again to fill a page; null for pages only as set */
    SpreadSearch(PageScans scans, Looseness looseness, float lead, boolean longSpreads, float firstDepth,
                 float otherDepth) {
        this.fits = new PageFit(looseness, lead);
        this.moves = new SpreadMoves(scans, fits, lead, longSpreads, firstDepth, otherDepth);
    }

    double cost() {
        return cost;
    }

    /** The pages of the cheapest run from {@code start}, in order. */
    List<PageBreaker.Placed> best(PageBreaker.State start) {
        Path first = new Path(0, order++, start, List.of(), null, null, false);
        cheapest.put(start, first);
        queue.add(first);
        while (true) {
            Path path = queue.poll();
            if (path.open != null) {
                settle(path);
                continue;
            }
            if (path.done) {
                List<PageBreaker.Placed> pages = new ArrayList<>();
                for (Path at = path; at != null; at = at.before) {
                    pages.addAll(0, at.pages);
                }
                cost = path.cost;
                return pages;
            }
            if (cheapest.get(path.state) != path) {
                continue; // a better way there came after this one was queued
            }
            for (SpreadMoves.Step step : moves.from(path.state)) {
                next(path, path.cost + step.cost(), order++, step.pages(), step.fits() == null ? null : step);
            }
        }
    }

    /** Sets the paragraphs a way's pages were promised, and queues it again at what it costs. */
    private void settle(Path path) {
        List<PageBreaker.Placed> pages = new ArrayList<>(path.pages);
        double[] terms = path.open.terms().clone();
        for (int i = 0; i < pages.size(); i++) {
            PageFit.Fit fit = path.open.fits().get(i);
            if (fit.promised()) {
                PageFit.Settled settled = fits.settle(fit);
                if (settled == null) {
                    return; // no paragraph on the page can be set so: not a way at all
                }
                terms[i] = settled.cost();
                pages.set(i, settled.page());
            }
        }
        double total = path.before.cost + new SpreadMoves.Step(terms, pages, null).cost();
        next(path.before, total, path.order, pages, null);
    }

    /**
     * Queues the way on through {@code pages} from {@code from}, unless a better way there is
     * known. A settled way keeps the place in line it was first queued at: ties go as they would
     * had its paragraphs been set when it was found.
     */
    private void next(Path from, double total, long order, List<PageBreaker.Placed> pages, SpreadMoves.Step open) {
        PageScan.Break last = pages.get(pages.size() - 1).page();
        boolean right = from.state.right() == (pages.size() > 1);
        PageBreaker.State state = new PageBreaker.State(last.next(), List.copyOf(last.notes().waiting()), right, false,
                false);
        boolean done = last.side() != null || moves.ends(last);
        Path path = new Path(total, order, state, pages, open, from, done);
        if (!done) {
            Path known = cheapest.get(state);
            if (known != null && QUEUE.compare(known, path) <= 0) {
                return; // a promised way costs at least this: it cannot beat the known one either
            }
            if (open == null) {
                cheapest.put(state, path);
            }
        }
        queue.add(path);
    }
}
