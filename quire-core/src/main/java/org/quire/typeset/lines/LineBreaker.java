package org.quire.typeset.lines;

import java.util.ArrayList;
import java.util.List;

/**
 * Knuth–Plass total-fit line breaking: of all ways to break a paragraph, the one with the least
 * total demerits (badness of each line, penalties, hyphens in a row, a loose line beside a
 * tight one). Three passes as in TeX: without hyphenation, with it, then an emergency pass that
 * accepts any spacing and may break inside a word wider than the measure, so no line ever runs
 * past it. Stateless and safe to share.
 */
public final class LineBreaker {
    private final BreakParameters parameters;

    public LineBreaker(BreakParameters parameters) {
        this.parameters = parameters;
    }

    /** Where the lines end: item indices in ascending order, the last one the paragraph's end. */
    public record Breaks(int[] at, int pass) {
    }

    /**
     * @param firstWidth the measure of the first line, in points
     * @param width the measure of every other line
     */
    public Breaks breakLines(Items items, float firstWidth, float width) {
        return breakLines(items, firstWidth, width, 0);
    }

    /**
     * Breaks lines of unjustified text: every line gets {@code ragged} points of stretch at its
     * end, as TeX's \rightskip for ragged-right setting, and word spaces keep their width.
     */
    public Breaks breakLines(Items items, float firstWidth, float width, float ragged) {
        int[] found = run(items, firstWidth, width, parameters.firstTolerance(), ragged, false, false, false);
        if (found != null) {
            return new Breaks(found, 1);
        }
        found = run(items, firstWidth, width, parameters.secondTolerance(), ragged, true, false, false);
        if (found != null) {
            return new Breaks(found, 2);
        }
        double stretch = parameters.emergencyStretch() + ragged;
        found = run(items, firstWidth, width, Double.POSITIVE_INFINITY, stretch, true, true, false);
        if (found != null) {
            return new Breaks(found, 3);
        }
        return new Breaks(run(items, firstWidth, width, Double.POSITIVE_INFINITY, stretch, true, true, true), 4);
    }

    /**
     * The best breaks of a paragraph into exactly {@code lines} lines, or null when no setting
     * within the hyphenating pass's tolerance has that many: TeX's {@code \looseness} (Knuth and
     * Plass 1981, "looseness"), which keeps the best way to each line number apart so a
     * paragraph can be set a line longer or shorter to fill a page (trial 1, finding 2).
     */
    public int[] breakLines(Items items, float firstWidth, float width, float ragged, int lines) {
        return run(items, firstWidth, width, parameters.secondTolerance(), ragged, true, false, false, lines);
    }

    /** The best way to a break for each fitness class and run of hyphens, of one line number (or of all). */
    private static final class Table {
        final Node[][] best;
        final double[][] demerits;
        double least = Double.MAX_VALUE;

        Table(int runs) {
            best = new Node[4][runs];
            demerits = new double[4][runs];
            clear();
        }

        void clear() {
            for (Node[] row : best) {
                java.util.Arrays.fill(row, null);
            }
            for (double[] row : demerits) {
                java.util.Arrays.fill(row, Double.MAX_VALUE);
            }
            least = Double.MAX_VALUE;
        }
    }

    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final int hyphenRun;
        final double width;
        final double stretch;
        final double shrink;
        final double demerits;
        final Node previous;

        Node(int position, int line, int fitness, int hyphenRun, double width, double stretch, double shrink,
             double demerits, Node previous) {
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.hyphenRun = hyphenRun;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.demerits = demerits;
            this.previous = previous;
        }
    }

    /**
     * One pass. With {@code emergency}, breaks inside overlong words count; with {@code lastResort}, a break that leaves no feasible line is still taken
     * from the best node it deactivates, so the pass always ends (a line may then be overfull).
     */
    private int[] run(Items items, float firstWidth, float width, double tolerance, double background,
                      boolean hyphenate, boolean emergency, boolean lastResort) {
        return run(items, firstWidth, width, tolerance, background, hyphenate, emergency, lastResort, 0);
    }

    /** @param wanted the number of lines the paragraph must have, each line number kept apart; 0 for any */
    private int[] run(Items items, float firstWidth, float width, double tolerance, double background,
                      boolean hyphenate, boolean emergency, boolean lastResort, int wanted) {
        int n = items.size();
        int runs = parameters.hyphenLimit() > 0 ? parameters.hyphenLimit() + 1 : 2;
        List<Node> active = new ArrayList<>();
        List<Node> kept = new ArrayList<>();
        active.add(new Node(-1, 0, 1, 0, 0, 0, 0, 0, null));
        double sumWidth = 0;
        double sumStretch = 0;
        double sumShrink = 0;
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(runs));
        for (int b = 0; b < n; b++) {
            byte type = items.type(b);
            if (type == Items.BOX) {
                sumWidth += items.width(b);
                sumStretch += items.stretch(b);
                sumShrink += items.shrink(b);
                continue;
            }
            boolean legal = items.legalBreak(b) && (type == Items.GLUE || allowed(items.kind(b), hyphenate, emergency));
            if (legal) {
                boolean forced = type == Items.PENALTY && items.penalty(b) <= -Items.INFINITY;
                boolean flagged = items.flagged(b);
                tables.forEach(Table::clear);
                double least = Double.MAX_VALUE;
                Node fallback = null;
                kept.clear();
                for (Node a : active) {
                    double measure = a.line == 0 ? firstWidth : width;
                    double length = sumWidth - a.width + (type == Items.PENALTY ? items.width(b) : 0);
                    double ratio;
                    if (length < measure) {
                        double stretch = sumStretch - a.stretch + background;
                        ratio = stretch > 0 ? (measure - length) / stretch : Double.POSITIVE_INFINITY;
                    } else if (length > measure) {
                        double shrink = sumShrink - a.shrink;
                        ratio = shrink > 0 ? (measure - length) / shrink : Double.NEGATIVE_INFINITY;
                    } else {
                        ratio = 0;
                    }
                    if (ratio < -1 || forced) {
                        if (fallback == null || a.demerits < fallback.demerits) {
                            fallback = a;
                        }
                    } else {
                        kept.add(a);
                    }
                    int run = flagged ? a.hyphenRun + 1 : 0;
                    // A line that would use up the lines wanted before the paragraph's end leads nowhere.
                    boolean reaches = wanted == 0 || a.line + 1 < wanted || a.line + 1 == wanted && b == n - 1;
                    if (reaches && ratio >= -1 && ratio <= tolerance && (parameters.hyphenLimit() == 0 || run < runs)) {
                        double d = demerits(items, b, a, ratio, flagged, forced);
                        int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                        if (Math.abs(fitness - a.fitness) > 1) {
                            d += parameters.adjacentDemerits();
                        }
                        d += a.demerits;
                        int slot = Math.min(run, runs - 1);
                        int cls = wanted > 0 ? Math.min(a.line, wanted) : 0;
                        while (tables.size() <= cls) {
                            tables.add(new Table(runs));
                        }
                        Table table = tables.get(cls);
                        if (d < table.demerits[fitness][slot]) {
                            table.demerits[fitness][slot] = d;
                            table.best[fitness][slot] = a;
                        }
                        table.least = Math.min(table.least, d);
                        least = Math.min(least, d);
                    }
                }
                List<Node> swap = active;
                active = kept;
                kept = swap;
                if (least < Double.MAX_VALUE || (lastResort && active.isEmpty() && fallback != null)) {
                    double[] after = sumsAfter(items, b, sumWidth, sumStretch, sumShrink);
                    if (least < Double.MAX_VALUE) {
                        for (Table table : tables) {
                            for (int fitness = 0; fitness < 4; fitness++) {
                                for (int slot = 0; slot < runs; slot++) {
                                    Node a = table.best[fitness][slot];
                                    if (a != null && table.demerits[fitness][slot] <= table.least + parameters.adjacentDemerits()) {
                                        active.add(new Node(b, a.line + 1, fitness, flagged ? slot : 0,
                                                after[0], after[1], after[2], table.demerits[fitness][slot], a));
                                    }
                                }
                            }
                        }
                    } else {
                        active.add(new Node(b, fallback.line + 1, 1, 0, after[0], after[1], after[2],
                                fallback.demerits + 1e9, fallback));
                    }
                }
                if (active.isEmpty()) {
                    return null;
                }
            }
            if (type == Items.GLUE) {
                sumWidth += items.width(b);
                sumStretch += items.stretch(b);
                sumShrink += items.shrink(b);
            }
        }
        Node end = null;
        for (Node a : active) {
            if (a.position == n - 1 && (wanted == 0 || a.line == wanted) && (end == null || a.demerits < end.demerits)) {
                end = a;
            }
        }
        if (end == null) {
            return null;
        }
        int[] breaks = new int[end.line];
        for (Node a = end; a != null && a.position >= 0; a = a.previous) {
            breaks[a.line - 1] = a.position;
        }
        return breaks;
    }

    /** Inserted hyphens wait for the second pass; breaks inside a word for the last ones. */
    private static boolean allowed(byte kind, boolean hyphenate, boolean emergency) {
        return kind == 0 || kind == 2 || kind == 4 || (kind == 1 && hyphenate) || (kind == 3 && emergency);
    }

    private double demerits(Items items, int b, Node a, double ratio, boolean flagged, boolean forced) {
        // Uncapped badness: in the emergency pass a capped one lets one absurd line hide behind others.
        // A line that cannot stretch at all (a piece of a long word) is very bad, not impossible.
        double r = Math.min(Math.abs(ratio), 1000);
        double badness = 100 * r * r * r;
        double d = (parameters.linePenalty() + badness) * (parameters.linePenalty() + badness);
        if (items.type(b) == Items.PENALTY) {
            int p = items.penalty(b);
            if (p > 0) {
                d += (double) p * p;
            } else if (p > -Items.INFINITY) {
                d -= (double) p * p;
            }
        }
        boolean previousFlagged = a.position >= 0 && items.flagged(a.position);
        if (flagged && previousFlagged) {
            d += parameters.doubleHyphenDemerits();
        }
        if (forced && previousFlagged) {
            d += parameters.finalHyphenDemerits();
        }
        return d;
    }

    /** Totals up to the first box after a break: the glue and penalties a line drops at its start. */
    private static double[] sumsAfter(Items items, int b, double width, double stretch, double shrink) {
        double w = width;
        double y = stretch;
        double z = shrink;
        for (int i = b; i < items.size(); i++) {
            byte type = items.type(i);
            if (type == Items.BOX) {
                break;
            } else if (type == Items.GLUE) {
                w += items.width(i);
                y += items.stretch(i);
                z += items.shrink(i);
            } else if (items.penalty(i) <= -Items.INFINITY && i > b) {
                break;
            }
        }
        return new double[] {w, y, z};
    }
}
