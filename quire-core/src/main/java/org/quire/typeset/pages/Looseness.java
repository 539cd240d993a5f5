package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.typeset.flow.TextBlock;
import org.quire.typeset.lines.SetParagraph;

/**
 * A page made a line fuller or emptier by setting one of its paragraphs a line longer or
 * shorter, as a compositor does and as TeX's {@code \looseness} lets one ask (Knuth and Plass
 * 1981): of the paragraphs wholly on the page, the one whose other setting is least worse.
 * Worse is the added badness of its lines' spacing (TeX's 100r³ a line), so a paragraph whose
 * last line is nearly full gives up a line more cheaply than one whose spaces must stretch.
 * Settings are made only when a page asks for one, and kept.
 */
final class Looseness {
    /** The cost of resetting any paragraph at all: less than a spread a line short ({@link PageCosts#SHORT_LINE} a page). */
    static final double RESET = 300;
    /** A paragraph set a line longer must not end in a runt: its last line at least this share of the measure. */
    private static final float RUNT = 0.2f;

    /** A paragraph set again: its first line's item, its new setting and what that costs. */
    record Choice(int first, SetParagraph paragraph, TextBlock block, double cost, float height) {
    }

    /** How many of a page's paragraphs are tried. */
    private static final int TRIED = 2;

    private final List<VItem> items;
    private final Map<Integer, TextBlock> blocks;
    private final GalleyBuilder galleys;
    private final Map<Long, Choice> made = new HashMap<>();

    /** @param blocks each paragraph's block by its first line's item; empty for no looseness at all */
    Looseness(List<VItem> items, Map<Integer, TextBlock> blocks, GalleyBuilder galleys) {
        this.items = items;
        this.blocks = blocks;
        this.galleys = galleys;
    }

    /** The cheapest of the page's paragraphs set {@code delta} lines longer, or null when none can be. */
    Choice best(PageScan.Break page, int delta) {
        Choice best = null;
        for (int first : likeliest(page.paragraphs(), delta)) {
            Choice choice = choice(first, delta);
            if (choice != null && (best == null || choice.cost() < best.cost())) {
                best = choice;
            }
        }
        return best;
    }

    /**
     * The line heights of the paragraphs {@link #best} would try: a page set again grows by one
     * of them, so the least cost it can come to is known before any is set.
     */
    float[] heights(PageScan.Break page, int delta) {
        List<Integer> tried = likeliest(page.paragraphs(), delta);
        float[] heights = new float[tried.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = items.get(tried.get(i)).height();
        }
        return heights;
    }

    /**
     * The {@link #TRIED} paragraphs likeliest to take a line more or less at least cost: the least
     * room each of their lines must give or take, reckoned from the last line (a short last line
     * is easily taken up, a full one easily pushed over). Setting every paragraph of every page
     * again would cost more than the whole page breaking.
     */
    private List<Integer> likeliest(List<Integer> paragraphs, int delta) {
        List<double[]> scored = new ArrayList<>();
        for (int first : paragraphs) {
            SetParagraph p = paragraph(first);
            int n = p.lineCount();
            if (n < 2) {
                continue;
            }
            double measure = p.naturalWidth(0);
            double last = p.naturalWidth(n - 1);
            double room = delta < 0 ? last / (n - 1) : Math.max(0, measure - last) / n;
            scored.add(new double[] {room, first});
        }
        scored.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.min(TRIED, scored.size()); i++) {
            out.add((int) scored.get(i)[1]);
        }
        return out;
    }

    private Choice choice(int first, int delta) {
        return made.computeIfAbsent(first * 2L + (delta > 0 ? 1 : 0), k -> make(first, delta));
    }

    private Choice make(int first, int delta) {
        TextBlock block = blocks.get(first);
        if (block == null || block.avoidBreakInside() || !(items.get(first) instanceof VItem.Line line)) {
            return null;
        }
        SetParagraph old = line.paragraph();
        if (old.lineCount() < 2) {
            return null;
        }
        SetParagraph other = galleys.loosened(old, delta);
        if (other == null) {
            return null;
        }
        int last = other.lineCount() - 1;
        if (delta > 0 && other.naturalWidth(last) < RUNT * old.naturalWidth(0)) {
            return null;
        }
        return new Choice(first, other, block, RESET + Math.max(0, badness(other) - badness(old)), line.height());
    }

    /** The paragraph's spacing: TeX's badness, 100r³, of each line but its last. */
    private static double badness(SetParagraph paragraph) {
        double sum = 0;
        for (int i = 0; i < paragraph.lineCount() - 1; i++) {
            double r = Math.abs(paragraph.spaceRatio(i));
            sum += 100 * r * r * r;
        }
        return sum;
    }

    /**
     * The galley with the chosen paragraphs set again. {@code moved[i]} is where item {@code i}
     * of the old galley is in the new one (a page never breaks inside a paragraph set again: it
     * is wholly on its page).
     */
    List<VItem> apply(List<Choice> chosen, int[] moved) {
        Map<Integer, Choice> at = new HashMap<>();
        chosen.forEach(c -> at.put(c.first() - GalleyBuilder.anchorsOnFirstLine(c.block(), paragraph(c.first())), c));
        List<VItem> out = new ArrayList<>(items.size() + chosen.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            Choice choice = at.get(i);
            moved[i] = out.size();
            if (choice == null) {
                out.add(items.get(i));
                continue;
            }
            galleys.lines(choice.block(), choice.paragraph(), out);
            SetParagraph set = paragraph(choice.first());
            int end = choice.first();
            while (!(items.get(end) instanceof VItem.Line line && line.paragraph() == set
                    && line.line() == set.lineCount() - 1)) {
                end++;
            }
            for (int k = i + 1; k <= end; k++) {
                moved[k] = out.size();
            }
            i = end;
        }
        moved[items.size()] = out.size();
        return out;
    }

    private SetParagraph paragraph(int first) {
        return ((VItem.Line) items.get(first)).paragraph();
    }
}
