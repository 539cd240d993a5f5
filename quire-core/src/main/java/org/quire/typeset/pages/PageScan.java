package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.quire.typeset.lines.SetParagraph;

/**
 * Every place a page starting at a given item may end, with what it holds there: the page
 * breaker weighs them against each other (and against the facing page's) instead of taking the
 * first that fits. Footnotes are placed as their calls are passed, as TeX's page builder does
 * (The TeXbook, ch. 15).
 */
final class PageScan {
    /**
     * A place the page may end: items {@code [start, end)}, the next page from {@code next}.
     *
     * @param text the height of the text, notes left out (how full a chapter's last page is)
     * @param last whether the page ends its run of pages: the unit's end, or a forced break ({@code side})
     * @param paragraphs the paragraphs wholly on the page, by the index of their first line's item
     * @param boxed whether the page holds a box (a table's row, a picture; not a border's rule): rows are
     *              not a whole number of lines tall, so neither its end nor the lines below them are on the grid
     */
    record Break(int start, int end, int next, NoteArea notes, float natural, float text, float stretch, float shrink,
                 int penalty, boolean last, org.quire.typeset.css.Style.Break side, List<Integer> paragraphs,
                 boolean boxed) {
    }

    /** The same page with {@code lines} lines of height {@code height} more (a paragraph set again, {@link Looseness}). */
    static Break grown(Break page, int lines, float height) {
        return new Break(page.start, page.end, page.next, page.notes, page.natural + lines * height,
                page.text + lines * height, page.stretch, page.shrink, page.penalty, page.last, page.side, page.paragraphs,
                page.boxed);
    }

    /** Lines of text a page keeps for itself from a footnote continued onto it (at most half the page). */
    private static final int TEXT_KEPT = 4;

    private final List<VItem> items;
    private final NoteArea template;
    private final float lead;
    private final int lastContent;

    PageScan(List<VItem> items, Map<String, List<VItem>> notes, float separator, float lead) {
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

    boolean hasContent(int from) {
        return from <= lastContent;
    }

    int size() {
        return items.size();
    }

    /**
     * The breaks of a page from item {@code start} at most {@code limit} deep: those whose text
     * reaches {@code shallowest} (shorter pages are no use to a spread), the deepest legal one
     * whatever its depth, and, when the rules allow none, a break where the page overflows.
     *
     * @param unitStart the unit's first page, which keeps the space at its top
     * @param full the page's full depth: what a continued note leaves room in, however deep the scan goes
     */
    List<Break> scan(int start, Deque<NotePart> carry, float limit, float shallowest, boolean unitStart, float full) {
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
        float room = Math.min(limit, full);
        notes.carry(carry, hasContent(i) ? room - Math.min(TEXT_KEPT * lead, room / 2) : room);
        List<Break> found = new ArrayList<>();
        List<Integer> whole = new ArrayList<>();
        int opened = -1;
        VItem.Box head = head(i);
        float height = head == null ? 0 : head.height();
        float stretch = 0;
        float shrink = 0;
        boolean content = false;
        boolean boxed = head != null;
        Break deepest = null;
        for (; i < items.size(); i++) {
            VItem item = items.get(i);
            Break at = null;
            if (item instanceof VItem.Penalty penalty) {
                if (penalty.forced()) {
                    if (content) {
                        found.add(new Break(start, i, i + 1, notes, height + notes.height(), height, stretch, shrink, 0,
                                true, penalty.side(), List.copyOf(whole), boxed));
                        return found;
                    }
                    continue;
                }
                if (content && penalty.cost() < VItem.Penalty.NEVER) {
                    at = fits(start, i, notes, height, stretch, shrink, limit, Math.max(0, penalty.cost()), whole, boxed);
                }
            } else if (item instanceof VItem.Glue glue) {
                if (content && glue.breakable() && i > 0 && boxLike(items.get(i - 1))) {
                    at = fits(start, i, notes, height, stretch, shrink, limit, 0, whole, boxed);
                }
                height += glue.height();
                stretch += glue.stretch();
                shrink += glue.shrink();
            } else if (item instanceof VItem.Line || item instanceof VItem.Box) {
                List<String> called = item instanceof VItem.Line line ? line.notes() : ((VItem.Box) item).notes();
                float after = height + item.height();
                if (content && after + notes.height() > limit + shrink + 0.01f) {
                    return ended(found, deepest, start, i, notes, height, stretch, shrink, whole, boxed);
                }
                if (!called.isEmpty()) {
                    NoteArea trial = notes.copy();
                    if (!trial.call(called, limit + shrink - after)) {
                        if (content) {
                            return ended(found, deepest, start, i, notes, height, stretch, shrink, whole, boxed);
                        }
                        // The page's first line, and no room for a line of its note: the note
                        // starts on the next page rather than being lost.
                        trial.defer(called);
                    }
                    notes = trial;
                }
                if (item instanceof VItem.Line line) {
                    opened = paragraph(line, i, opened, whole);
                }
                height = after;
                content = true;
                // Below a table's row or a picture the page's lines are off the grid, and it ends where they do.
                boxed |= item instanceof VItem.Box box && box.height() >= lead / 2;
            }
            if (at != null) {
                deepest = at;
                // A page holding a box may end up to a line above the depth its spread ends at (PageCosts.fit).
                float reach = at.natural() + PageBreaker.STRETCH * at.stretch() + (at.boxed() ? lead : 0);
                if (reach >= shallowest - 0.5f || !at.notes().isEmpty()) {
                    found.add(at);
                }
            }
        }
        found.add(new Break(start, items.size(), items.size(), notes, height + notes.height(), height, stretch, shrink,
                0, notes.waiting().isEmpty(), null, List.copyOf(whole), boxed));
        return found;
    }

    /** What a page that starts at item {@code start} draws above it: a table's header rows, when the page starts in its body. */
    VItem.Box head(int start) {
        int i = start;
        while (i < items.size() && discardable(items.get(i))) {
            i++;
        }
        return i < items.size() && items.get(i) instanceof VItem.Box box ? box.head() : null;
    }

    /**
     * Whether the page's text is a heading (a paragraph kept with what follows it, CSS
     * {@code break-after: avoid}) and at most {@code most} lines under it, nothing else.
     */
    boolean strandedHeading(Break page, int most) {
        int i = page.start();
        while (i < page.end() && !boxLike(items.get(i))) {
            i++;
        }
        if (i >= page.end() || !(items.get(i) instanceof VItem.Line first) || first.line() != 0) {
            return false;
        }
        SetParagraph heading = first.paragraph();
        while (i < page.end() && !(items.get(i) instanceof VItem.Line line && line.paragraph() == heading
                && line.line() == heading.lineCount() - 1)) {
            i++;
        }
        boolean kept = false;
        int lines = 0;
        for (i++; i < page.end(); i++) {
            VItem item = items.get(i);
            if (item instanceof VItem.Box) {
                return false;
            }
            if (item instanceof VItem.Line) {
                if (!kept || ++lines > most) {
                    return false;
                }
            } else if (lines == 0 && (item instanceof VItem.Penalty p && !p.forced() && p.cost() >= VItem.Penalty.NEVER
                    || item instanceof VItem.Glue g && !g.breakable())) {
                kept = true;
            }
        }
        return kept && lines > 0;
    }

    /** Keeps track of the paragraphs wholly on the page: returns the first line's index of the one open. */
    private static int paragraph(VItem.Line line, int index, int opened, List<Integer> whole) {
        int open = line.line() == 0 ? index : opened;
        if (open >= 0 && line.line() == line.paragraph().lineCount() - 1) {
            whole.add(open);
            return -1;
        }
        return open;
    }

    /** The scan met a line that does not fit: the breaks found, or else a break before that line. */
    private static List<Break> ended(List<Break> found, Break deepest, int start, int at, NoteArea notes, float height,
                                     float stretch, float shrink, List<Integer> whole, boolean boxed) {
        if (deepest != null && (found.isEmpty() || found.get(found.size() - 1) != deepest)) {
            found.add(deepest);
        }
        if (found.isEmpty()) {
            // No break the rules allow fits: break here all the same, never past the page.
            found.add(new Break(start, at, at, notes.copy(), height + notes.height(), height, stretch, shrink,
                    VItem.Penalty.NEVER, false, null, List.copyOf(whole), boxed));
        }
        return found;
    }

    private static Break fits(int start, int at, NoteArea notes, float height, float stretch, float shrink, float limit,
                              int penalty, List<Integer> whole, boolean boxed) {
        float natural = height + notes.height();
        if (natural > limit + shrink + 0.01f) {
            return null;
        }
        // The note area is never changed once a later call replaces it, so breaks may share it.
        return new Break(start, at, at + 1, notes, natural, height, stretch, shrink, penalty, false, null,
                List.copyOf(whole), boxed);
    }

    private static boolean discardable(VItem item) {
        return (item instanceof VItem.Glue glue && glue.discardable())
                || (item instanceof VItem.Penalty penalty && !penalty.forced());
    }

    static boolean boxLike(VItem item) {
        return item instanceof VItem.Line || item instanceof VItem.Box;
    }
}
