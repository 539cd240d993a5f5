package org.quire.typeset.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Cuts a unit's galley into pages. Each page takes the best break that fits (TeX's page builder,
 * The TeXbook ch. 15): the fewer lines short and the lower the penalty (widows, orphans, a
 * hyphen at the foot of a page, a heading left alone) the better. Footnotes go on the page of
 * their call. Facing pages end at the same depth: when one page of a spread must be short, its
 * partner is made as short.
 */
public final class PageBreaker {
    /** Cost of each line a page is short when no glue can stretch to fill it. */
    private static final float SHORT_LINE = 1000;
    /** How many lines shorter than full a spread may be made to bring its two pages level. */
    private static final int SPREAD_TRIES = 4;
    /**
     * Cost of each line a recto falls short of its verso: half a widow or an orphan, a quarter of a
     * hyphen at the foot of the page (those stay forbidden; a short spread is the lesser evil).
     */
    private static final float LEVEL_LINE = 5000;
    /** The most a page's glue stretches to fill it (its ratio: 1 is all its stretchability). */
    static final float STRETCH = 1.5f;
    /**
     * Cost of running both pages of a spread a line long, into the foot margin (a book
     * designer's way to keep a widow off the next page without shortening the spread): a
     * little more than a spread one line short.
     */
    private static final float LONG_SPREAD = 2500;

    /** Lines of text a page keeps for itself from a footnote continued onto it (at most half the page). */
    private static final int TEXT_KEPT = 4;

    private final List<VItem> items;
    private final NoteArea template;
    private final float lead;
    private final int lastContent;
    private boolean longSpreads;

    /**
     * One page: items {@code [from, to)} and its footnotes.
     *
     * @param head what is drawn at the top before the items (a table's header rows), or null
     */
    public record Slice(int from, int to, List<NotePart> notes, float depth, float natural, float stretch,
                        float shrink, boolean flush, VItem.Box head) {
    }

    private record Candidate(int end, int next, NoteArea notes, float natural, float stretch, float shrink,
                             double cost, boolean last, org.quire.typeset.css.Style.Break side) {
    }

    /**
     * @param notes each footnote's galley by id
     * @param separator the room above the footnotes: space and rule
     * @param lead the body's line height, the unit a short page is counted in
     */
    public PageBreaker(List<VItem> items, Map<String, List<VItem>> notes, float separator, float lead) {
        this.items = items;
        this.template = new NoteArea(notes, separator);
        this.lead = lead;
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (boxLike(items.get(i))) {
                last = i;
            }
        }
        this.lastContent = last;
    }

    /** Lets a spread run a line long when the foot margin has room for it (by default it may not). */
    public PageBreaker longSpreads(boolean allowed) {
        this.longSpreads = allowed;
        return this;
    }

    /**
     * Cuts the galley into pages of depth {@code otherDepth} (points), the first {@code firstDepth}.
     *
     * @param recto whether the first page is a right-hand page (so page 2 faces page 3)
     */
    public List<Slice> paginate(float firstDepth, float otherDepth, boolean recto) {
        List<Slice> pages = new ArrayList<>();
        int at = 0;
        Deque<NotePart> carry = new ArrayDeque<>();
        boolean right = recto;
        boolean top = true;
        while (carry.isEmpty() ? hasContent(at) : true) {
            float depth = pages.isEmpty() ? firstDepth : otherDepth;
            if (right) {
                Candidate page = fill(at, carry, depth, top);
                pages.add(slice(at, page, depth));
                at = page.next;
                carry = page.notes.waiting();
                right = blankAfter(page, false, pages);
                top = false;
                continue;
            }
            // A spread: the verso and the recto must end at the same depth. Try the verso full,
            // then a line shorter, and so on; keep the cheapest pair that matches (both pages'
            // costs, plus the lines the spread gives up), else the pair that comes closest.
            float target = depth;
            Candidate verso = fill(at, carry, depth, top);
            Candidate facing = null;
            if (!verso.last && verso.side == null) {
                double best = Double.MAX_VALUE;
                Candidate bestVerso = null;
                Candidate bestFacing = null;
                float bestTarget = depth;
                double nearest = Double.MAX_VALUE;
                Candidate nearestVerso = verso;
                Candidate nearestFacing = null;
                float nearestTarget = depth;
                for (int shorter = longSpreads && !pages.isEmpty() ? -1 : 0; shorter <= SPREAD_TRIES; shorter++) {
                    float tried = depth - shorter * lead;
                    Candidate left = shorter == 0 ? verso : fill(at, carry, tried, top);
                    if (left.last || left.side != null) {
                        continue;
                    }
                    float leftDepth = depthOf(left, tried);
                    Candidate right2 = fill(left.next, left.notes.waiting(), leftDepth, false, LEVEL_LINE);
                    float rightDepth = depthOf(right2, leftDepth);
                    // Level when the recto reaches the verso's depth, or the verso's glue can meet the recto's.
                    boolean matches = right2.last || Math.abs(rightDepth - leftDepth) < 0.5f
                            || (rightDepth >= left.natural - left.shrink - 0.01f && rightDepth <= left.natural + STRETCH * left.stretch);
                    float level = right2.last ? leftDepth : Math.min(leftDepth, rightDepth);
                    double cost = left.cost + right2.cost + SHORT_LINE * 2 * Math.max(0, (depth - level) / lead)
                            + (level > depth + 0.5f ? LONG_SPREAD : 0);
                    if (matches && cost < best) {
                        best = cost;
                        bestVerso = left;
                        bestFacing = right2;
                        bestTarget = level;
                    }
                    if (cost < nearest) {
                        nearest = cost;
                        nearestVerso = left;
                        nearestFacing = right2;
                        nearestTarget = leftDepth;
                    }
                }
                if (bestVerso == null) {
                    // Nothing level: the pair that comes closest (the recto's cost counts each line it
                    // falls short of its verso).
                    bestVerso = nearestVerso;
                    bestFacing = nearestFacing;
                    bestTarget = nearestTarget;
                }
                verso = bestVerso;
                facing = bestFacing;
                target = bestTarget;
            }
            float versoDepth = facing != null && !facing.last ? Math.min(depthOf(verso, target), depthOf(facing, target)) : depthOf(verso, target);
            pages.add(slice(at, verso, versoDepth));
            at = verso.next;
            carry = verso.notes.waiting();
            top = false;
            right = true;
            if (verso.side != null) {
                right = blankAfter(verso, true, pages);
            } else if (facing != null) {
                pages.add(slice(at, facing, versoDepth));
                at = facing.next;
                carry = facing.notes.waiting();
                right = blankAfter(facing, false, pages);
            }
        }
        if (!pages.isEmpty() && at < items.size()) {
            Slice last = pages.remove(pages.size() - 1);
            pages.add(new Slice(last.from(), items.size(), last.notes(), last.depth(), last.natural(), last.stretch(),
                    last.shrink(), last.flush(), last.head()));
        }
        return pages;
    }

    /**
     * After a page that ended at a forced break: adds a blank page when the break asks for the
     * other side. Returns whether the next page is a right-hand one.
     */
    private static boolean blankAfter(Candidate page, boolean wasLeft, List<Slice> pages) {
        boolean nextRight = wasLeft;
        if (page.side == org.quire.typeset.css.Style.Break.RECTO && !nextRight
                || page.side == org.quire.typeset.css.Style.Break.VERSO && nextRight) {
            pages.add(new Slice(page.next, page.next, List.of(), 0, 0, 0, 0, false, null));
            return !nextRight;
        }
        return nextRight;
    }

    private boolean hasContent(int from) {
        return from <= lastContent;
    }

    private Slice slice(int from, Candidate page, float target) {
        boolean flush = !page.last && canFill(page, target);
        return new Slice(from, page.end, List.copyOf(page.notes.placed()), flush ? target : page.natural,
                page.natural, page.stretch, page.shrink, flush, head(from));
    }

    /** What a page that starts at item {@code start} draws above it: a table's header rows, when the page starts in its body. */
    private VItem.Box head(int start) {
        int i = start;
        while (i < items.size() && discardable(items.get(i))) {
            i++;
        }
        return i < items.size() && items.get(i) instanceof VItem.Box box ? box.head() : null;
    }

    private static boolean canFill(Candidate page, float target) {
        float shortfall = target - page.natural;
        return shortfall <= 0.5f || shortfall <= STRETCH * page.stretch || !page.notes.isEmpty();
    }

    private static float depthOf(Candidate page, float target) {
        return canFill(page, target) && !page.last ? target : page.natural;
    }

    /** The best page from item {@code start}, with the notes {@code carry} brings, at most {@code target} deep. */
    private Candidate fill(int start, Deque<NotePart> carry, float target, boolean unitStart) {
        return fill(start, carry, target, unitStart, SHORT_LINE);
    }

    /** @param shortLine the cost of each line the page falls short of {@code target} */
    private Candidate fill(int start, Deque<NotePart> carry, float target, boolean unitStart, float shortLine) {
        int i = start;
        if (!unitStart) {
            while (i < items.size() && discardable(items.get(i))) {
                i++;
            }
        }
        NoteArea notes = template.copy();
        // A note continued from the page before leaves room for some of the text (TeX bounds its
        // insertions the same way, \dimen\footins): a note three pages long must not push
        // the text off the page, nor take pages of its own while the text waits.
        notes.carry(carry, hasContent(i) ? target - Math.min(TEXT_KEPT * lead, target / 2) : target);
        VItem.Box head = head(i);
        float height = head == null ? 0 : head.height();
        float stretch = 0;
        float shrink = 0;
        boolean content = false;
        Candidate best = null;
        for (; i < items.size(); i++) {
            VItem item = items.get(i);
            if (item instanceof VItem.Penalty penalty) {
                if (penalty.forced()) {
                    if (content) {
                        return new Candidate(i, i + 1, notes, height + notes.height(), stretch, shrink, 0, true,
                                penalty.side());
                    }
                    continue;
                }
                if (content && penalty.cost() < VItem.Penalty.NEVER) {
                    best = better(best, i, notes, height, stretch, shrink, target, penalty.cost(), shortLine);
                }
            } else if (item instanceof VItem.Glue glue) {
                if (content && glue.breakable() && i > 0 && boxLike(items.get(i - 1))) {
                    best = better(best, i, notes, height, stretch, shrink, target, 0, shortLine);
                }
                height += glue.height();
                stretch += glue.stretch();
                shrink += glue.shrink();
            } else if (item instanceof VItem.Line || item instanceof VItem.Box) {
                List<String> called = item instanceof VItem.Line line ? line.notes() : ((VItem.Box) item).notes();
                float after = height + item.height();
                if (content && after + notes.height() > target + shrink + 0.01f) {
                    // No break the rules allow fits: break here all the same, never past the page.
                    return best != null ? best : forced(i, notes, height, stretch, shrink);
                }
                if (!called.isEmpty()) {
                    NoteArea trial = notes.copy();
                    if (!trial.call(called, target + shrink - after)) {
                        if (content) {
                            return best != null ? best : forced(i, notes, height, stretch, shrink);
                        }
                        // The page's first line, and no room for a line of its note: the note
                        // starts on the next page rather than being lost.
                        trial.defer(called);
                    }
                    notes = trial;
                }
                height = after;
                content = true;
            }
        }
        return new Candidate(items.size(), items.size(), notes, height + notes.height(), stretch, shrink, 0,
                notes.waiting().isEmpty(), null);
    }

    /** A break before item {@code at} that no rule allows, when the page has nowhere else to end. */
    private static Candidate forced(int at, NoteArea notes, float height, float stretch, float shrink) {
        return new Candidate(at, at, notes.copy(), height + notes.height(), stretch, shrink, VItem.Penalty.NEVER,
                false, null);
    }

    private Candidate better(Candidate best, int at, NoteArea notes, float height, float stretch, float shrink,
                             float target, int penalty, float shortLine) {
        float natural = height + notes.height();
        if (natural > target + shrink + 0.01f) {
            return best;
        }
        double cost = cost(natural, stretch, shrink, target, shortLine) + penalty;
        if (best != null && cost > best.cost) {
            return best;
        }
        int next = at + 1;
        return new Candidate(at, next, notes.copy(), natural, stretch, shrink, cost, false, null);
    }

    /** How bad a page of this natural depth is: squeezed, stretched, or short by whole lines. */
    private double cost(float natural, float stretch, float shrink, float target, float shortLine) {
        float shortfall = target - natural;
        if (shortfall < -0.01f) {
            double r = shrink > 0 ? -shortfall / shrink : 10;
            return 100 * r * r * r;
        }
        if (shortfall <= 0.5f) {
            return 0;
        }
        if (shortfall <= stretch) {
            double r = shortfall / stretch;
            return 100 * r * r * r;
        }
        return shortLine * Math.max(1, (shortfall - stretch) / lead) + 100;
    }

    private static boolean discardable(VItem item) {
        return (item instanceof VItem.Glue glue && glue.discardable())
                || (item instanceof VItem.Penalty penalty && !penalty.forced());
    }

    private static boolean boxLike(VItem item) {
        return item instanceof VItem.Line || item instanceof VItem.Box;
    }
}
