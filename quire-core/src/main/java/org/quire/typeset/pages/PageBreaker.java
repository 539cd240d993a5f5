package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.typeset.css.Style;

/**
 * Cuts a unit's galley into pages, choosing the breaks of a whole run of pages (up to the unit's
 * end or a forced break) at once: the cheapest way through, as Knuth and Plass break a
 * paragraph's lines (Plass, "Optimal pagination techniques", 1981), not page by page as TeX's
 * page builder does. A page by page choice cannot see that a spread cut short now saves a widow
 * later, nor that the chapter will end on a page of two lines (trial 1, findings 2 and 10).
 * Facing pages end at the same depth: full, or both a line short or long ({@link PageCosts}).
 * Footnotes go on the page of their call.
 */
public final class PageBreaker {
    /** The most a page's glue stretches to fill it (its ratio: 1 is all its stretchability). */
    static final float STRETCH = 1.5f;

    private final PageScan scan;
    private final float lead;
    private final PageScans scans;
    private List<VItem> items;
    private Looseness looseness;
    private boolean longSpreads;

    /**
     * One page: items {@code [from, to)} and its footnotes.
     *
     * @param head what is drawn at the top before the items (a table's header rows), or null
     */
    public record Slice(int from, int to, List<NotePart> notes, float depth, float natural, float stretch,
                        float shrink, boolean flush, VItem.Box head) {
    }

    /**
     * Where a page starts: the item, the footnote parts carried to it, its side, whether it is
     * the unit's first page ({@code top}) and whether it starts a run of pages ({@code opening}).
     */
    record State(int at, List<NotePart> carry, boolean right, boolean top, boolean opening) {
    }

    /**
     * A page on the way, the depth its spread ends at ({@code NaN}: where its text ends), and the
     * paragraph set again to bring it there (or null).
     */
    record Placed(PageScan.Break page, float depth, Looseness.Choice choice) {
    }

    /**
     * @param notes each footnote's galley by id
     * @param separator the room above the footnotes: space and rule
     * @param lead the body's line height, the unit a short page is counted in
     */
    public PageBreaker(List<VItem> items, Map<String, List<VItem>> notes, float separator, float lead) {
        this.items = items;
        this.scan = new PageScan(items, notes, separator, lead);
        this.lead = lead;
        this.scans = new PageScans(scan);
    }

    /** Lets a spread run a line long when the foot margin has room for it (by default it may not). */
    public PageBreaker longSpreads(boolean allowed) {
        this.longSpreads = allowed;
        return this;
    }

    /**
     * Lets a page be filled by setting one of its paragraphs a line longer or shorter ({@link Looseness}).
     *
     * @param blocks each paragraph's block by the index of its first line in the galley
     */
    public PageBreaker looseness(Map<Integer, org.quire.typeset.flow.TextBlock> blocks, GalleyBuilder galleys) {
        this.looseness = new Looseness(items, blocks, galleys);
        return this;
    }

    /** The galley the pages are cut from: as given, with the paragraphs set again that {@link #paginate} chose. */
    public List<VItem> galley() {
        return items;
    }

    /**
     * Cuts the galley into pages of depth {@code otherDepth} (points), the first {@code firstDepth}.
     *
     * @param recto whether the first page is a right-hand page (so page 2 faces page 3)
     */
    public List<Slice> paginate(float firstDepth, float otherDepth, boolean recto) {
        List<Slice> pages = new ArrayList<>();
        List<Looseness.Choice> chosen = new ArrayList<>();
        State start = new State(0, List.of(), recto, true, true);
        while (!start.carry().isEmpty() || scan.hasContent(start.at())) {
            SpreadSearch plain = new SpreadSearch(scans, null, lead, longSpreads, firstDepth, otherDepth);
            List<Placed> run = plain.best(start);
            // Setting paragraphs again costs time: only for runs the breaks alone leave with a
            // fault (a spread two lines short, a widow, a short ending, several spreads off by a line).
            if (looseness != null && plain.cost() >= PageCosts.LOOSEN) {
                run = new SpreadSearch(scans, looseness, lead, longSpreads, firstDepth, otherDepth).best(start);
            }
            boolean right = start.right();
            PageScan.Break last = null;
            for (Placed placed : run) {
                pages.add(slice(placed));
                if (placed.choice() != null) {
                    chosen.add(placed.choice());
                }
                last = placed.page();
                right = !right;
                if (last.side() != null && blank(last.side(), right)) {
                    pages.add(new Slice(last.next(), last.next(), List.of(), 0, 0, 0, 0, false, null));
                    right = !right;
                }
            }
            start = new State(last.next(), List.copyOf(last.notes().waiting()), right, false, true);
        }
        if (!pages.isEmpty() && start.at() < scan.size()) {
            Slice last = pages.remove(pages.size() - 1);
            pages.add(new Slice(last.from(), scan.size(), last.notes(), last.depth(), last.natural(), last.stretch(),
                    last.shrink(), last.flush(), last.head()));
        }
        return chosen.isEmpty() ? pages : reset(pages, chosen);
    }

    /** The pages over the galley with the chosen paragraphs set again (each wholly on its page). */
    private List<Slice> reset(List<Slice> pages, List<Looseness.Choice> chosen) {
        int[] moved = new int[items.size() + 1];
        items = looseness.apply(chosen, moved);
        List<Slice> out = new ArrayList<>(pages.size());
        for (Slice s : pages) {
            out.add(new Slice(moved[s.from()], moved[s.to()], s.notes(), s.depth(), s.natural(), s.stretch(), s.shrink(),
                    s.flush(), s.head()));
        }
        return out;
    }

    /** Whether a forced break asking for {@code side} needs a blank page first, the next page being {@code right}. */
    private static boolean blank(Style.Break side, boolean right) {
        return side == Style.Break.RECTO && !right || side == Style.Break.VERSO && right;
    }

    private Slice slice(Placed placed) {
        PageScan.Break page = placed.page();
        float target = placed.depth();
        boolean flush = !Float.isNaN(target) && canFill(page, target);
        return new Slice(page.start(), page.end(), List.copyOf(page.notes().placed()), flush ? target : page.natural(),
                page.natural(), page.stretch(), page.shrink(), flush, scan.head(page.start()));
    }

    private static boolean canFill(PageScan.Break page, float target) {
        float shortfall = target - page.natural();
        return shortfall <= 0.5f || shortfall <= STRETCH * page.stretch() || !page.notes().isEmpty();
    }
}
