package org.quire.typeset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.typeset.css.PageStyles;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.FlowBuilder;
import org.quire.typeset.flow.FlowEnvironment;
import org.quire.typeset.flow.Footnote;
import org.quire.typeset.flow.Mark;
import org.quire.typeset.flow.Unit;
import org.quire.typeset.flow.XElement;
import org.quire.typeset.pages.GalleyBuilder;
import org.quire.typeset.pages.GalleyPainter;
import org.quire.typeset.pages.PageBreaker;
import org.quire.typeset.pages.VItem;
import org.quire.typeset.pdf.PageCanvas;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.tags.StructNode;

/**
 * Lays out one unit of the book (a run of pages that starts at a forced break) on its own
 * thread: builds its flow, sets its paragraphs, cuts its galley into pages and draws them.
 * Page numbers are not known here; running heads and folios come later.
 */
final class UnitLayout {
    /** Where a mark fell: the page within the unit and the depth from the text block's top. */
    record PlacedMark(Mark mark, int page, float y) {
    }

    /**
     * The unit's pages, drawn, and everything assembly needs to know about them: its structure
     * elements and whether its text shows page numbers, not its flow (the text of every
     * paragraph, which a long book would otherwise hold to the end).
     */
    record Result(List<StructNode> roots, boolean usesPageNumbers, List<PageCanvas.PageContent> pages,
                  List<PlacedMark> marks, boolean recto) {
    }

    private final FlowEnvironment env;
    private final GalleyBuilder galleys;
    private final PageStyles pageStyles;
    private final Map<FontFace, String> fontNames;
    private final boolean tagged;

    UnitLayout(FlowEnvironment env, GalleyBuilder galleys, PageStyles pageStyles, Map<FontFace, String> fontNames,
               boolean tagged) {
        this.env = env;
        this.galleys = galleys;
        this.pageStyles = pageStyles;
        this.fontNames = fontNames;
        this.tagged = tagged;
    }

    /**
     * @param recto whether the unit's first page is a right-hand page (when not known, a guess;
     *     a wrong one means laying the unit out again)
     */
    Result lay(List<XElement> elements, Style bodyStyle, Style.Break start, String pageName, float lead, boolean recto) {
        PageStyles.PageMaster master = pageStyles.master(pageName, false, false, false);
        float width = master.textWidth();
        Unit unit = new FlowBuilder(env, width).build(elements, bodyStyle, start, pageName);
        Map<Integer, org.quire.typeset.flow.TextBlock> paragraphs = new java.util.HashMap<>();
        List<VItem> galley = galleys.build(unit.blocks(), width, paragraphs);
        Map<String, List<VItem>> notes = new LinkedHashMap<>();
        for (Map.Entry<String, Footnote> note : unit.notes().entrySet()) {
            if (note.getValue() != null) {
                List<VItem> items = new ArrayList<>();
                items.add(new VItem.Marker(Mark.anchor(note.getKey())));
                items.addAll(galleys.build(note.getValue().blocks(), width));
                notes.put(note.getKey(), items);
            }
        }
        return draw(unit, galley, paragraphs, notes, pageName, lead, recto);
    }

    private Result draw(Unit unit, List<VItem> set, Map<Integer, org.quire.typeset.flow.TextBlock> paragraphs,
                        Map<String, List<VItem>> notes, String pageName, float lead, boolean recto) {
        PageStyles.PageMaster first = pageStyles.master(pageName, !recto, true, false);
        PageStyles.PageMaster other = pageStyles.master(pageName, false, false, false);
        float separator = other.footnoteGap() + other.footnoteRule() + other.footnoteRulePadding();
        // A page may be filled by setting one of its paragraphs a line longer or shorter (trial 1, finding 2).
        PageBreaker breaker = new PageBreaker(set, notes, separator, lead).looseness(paragraphs, galleys);
        float depth = grid(other.textHeight(), lead);
        // A spread may run a line long when the line reaches less than half a line into the foot
        // margin, clear of the folio below it.
        breaker.longSpreads(lead > 0 && depth + lead <= other.textHeight() + lead / 2);
        List<PageBreaker.Slice> slices = breaker.paginate(grid(first.textHeight(), lead), depth, recto);
        List<VItem> galley = breaker.galley();
        List<PageCanvas.PageContent> pages = new ArrayList<>();
        List<PlacedMark> marks = new ArrayList<>();
        float bodyGap = baselineGap(galley, lead);
        for (int i = 0; i < slices.size(); i++) {
            PageBreaker.Slice slice = slices.get(i);
            PageStyles.PageMaster master = i == 0 ? first : other;
            int page = i;
            PageCanvas canvas = new PageCanvas(page, master.height() - master.margins()[0], fontNames, tagged);
            float ratio = slice.flush() && slice.stretch() > 0 && slice.depth() > slice.natural()
                    ? Math.min(1.5f, (slice.depth() - slice.natural()) / slice.stretch())
                    : slice.natural() > slice.depth() && slice.shrink() > 0 ? -Math.min(1, (slice.natural() - slice.depth()) / slice.shrink()) : 0;
            float start = 0;
            if (slice.head() != null) {
                slice.head().drawable().draw(canvas, 0, 0);
                start = slice.head().height();
            }
            float full = i == 0 ? grid(first.textHeight(), lead) : depth;
            if (slice.notes().isEmpty()) {
                GalleyPainter.paint(galley, slice.from(), slice.to(), canvas, 0, start, ratio,
                        (mark, y) -> marks.add(new PlacedMark(mark, page, y)));
            } else {
                // The text above notes is not stretched to meet them: the slack goes above their
                // rule, the lines on the grid of a full page (trial 1, finding 6).
                GalleyPainter.paintOnGrid(galley, slice.from(), slice.to(), canvas, 0, start, lead,
                        Math.max(slice.depth(), full) - slice.natural(), ratio,
                        (mark, y) -> marks.add(new PlacedMark(mark, page, y)));
            }
            if (!slice.notes().isEmpty()) {
                // Notes stand at the foot of the page even when its text ends short (trial 1, finding 13).
                notes(slice, notes, canvas, master, marks, page, Math.max(slice.depth(), full), bodyGap);
            }
            pages.add(canvas.finish());
        }
        return new Result(unit.roots(), unit.usesPageNumbers(), pages, marks, recto);
    }

    /**
     * The footnotes at the foot of the page: a rule, then the notes, their last baseline on the
     * body's last baseline (so a page ending in notes ends level with a facing page of text).
     *
     * @param bodyGap how far a full page's last baseline stands above its depth (NaN: unknown)
     */
    private static void notes(PageBreaker.Slice slice, Map<String, List<VItem>> notes, PageCanvas canvas,
                              PageStyles.PageMaster master, List<PlacedMark> marks, int page, float depth,
                              float bodyGap) {
        float height = 0;
        float below = Float.NaN;
        for (var part : slice.notes()) {
            List<VItem> items = notes.get(part.id());
            for (int k = part.from(); k < part.to(); k++) {
                VItem item = items.get(k);
                height += item.height();
                if (item instanceof VItem.Line line) {
                    below = line.height() - line.top();
                } else if (item instanceof VItem.Box) {
                    below = Float.NaN; // a note ending in a table row has no last baseline to line up
                } else if (!Float.isNaN(below)) {
                    below += item.height();
                }
            }
        }
        float top = Math.max(0, depth - height);
        if (!Float.isNaN(below) && !Float.isNaN(bodyGap)) {
            top = Math.max(0, top + below - bodyGap);
        }
        if (master.footnoteRule() > 0) {
            float y = top - master.footnoteRulePadding() - master.footnoteRule() / 2;
            canvas.rule(0, master.textWidth() / 3, y, master.footnoteRule(), 0);
        }
        float y = top;
        for (var part : slice.notes()) {
            y = GalleyPainter.paint(notes.get(part.id()), part.from(), part.to(), canvas, 0, y, 0,
                    (mark, at) -> marks.add(new PlacedMark(mark, page, at)));
        }
    }

    /** How far below a body line's baseline its line box ends, from the galley's first line of height {@code lead}. */
    private static float baselineGap(List<VItem> galley, float lead) {
        for (VItem item : galley) {
            if (item instanceof VItem.Line line && Math.abs(line.height() - lead) < 0.01f) {
                return line.height() - line.top();
            }
        }
        return Float.NaN;
    }

    /** The depth of a full page: whole lines of the body text, so facing pages line up. */
    static float grid(float textHeight, float lead) {
        return lead <= 0 ? textHeight : (float) Math.floor(textHeight / lead + 1e-3) * lead;
    }
}
