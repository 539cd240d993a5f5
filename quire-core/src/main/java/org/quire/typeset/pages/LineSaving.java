package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.TableBlock;

/**
 * Shares the room between a table's narrowest columns and the measure where it saves the most
 * lines (CSS 2.1 §17.5.2.2 leaves this sharing to the user agent). Each column is tried at a
 * few widths, its cells set for trial at each; then, step by step, the column is widened whose
 * widening takes the table's height down the most for each point it takes, the lines saved in
 * the cells themselves breaking ties (a name kept whole though its row stays as tall), until no
 * widening that fits saves anything. Greedy, so not always the shortest table, but it never
 * gives room to a column that does not need it.
 */
final class LineSaving {
    /** How many steps between a column's floor and its maximum a widening may stop at, besides its cells' own widths. */
    private static final int STEPS = 12;
    /** What a line saved in a cell counts for when the rows keep their height (a tie breaker). */
    private static final float CELL_LINES = 0.05f;

    private final GalleyBuilder galleys;
    private final TableBlock table;
    private final float[] low;
    private final float[] max;
    private final Function<TableBlock.Cell, float[]> content;
    /** Each column's widths a widening may stop at, ascending, and each cell's height at each. */
    private final float[][] stops;
    private final float[][][] heights;

    /**
     * @param galleys sets the cells' content for trial
     * @param low each column's narrowest width, where the search starts
     * @param max each column's widest useful width (its content on one line)
     * @param content a cell's narrowest and widest content width, padding included
     */
    LineSaving(GalleyBuilder galleys, TableBlock table, float[] low, float[] max,
               Function<TableBlock.Cell, float[]> content) {
        this.galleys = galleys;
        this.table = table;
        this.low = low;
        this.max = max;
        this.content = content;
        stops = new float[low.length][];
        heights = new float[low.length][][];
        for (int c = 0; c < low.length; c++) {
            stops[c] = stops(c, low[c]);
            heights[c] = new float[stops[c].length][];
            for (int s = 0; s < stops[c].length; s++) {
                heights[c][s] = heights(c, stops[c][s]);
            }
        }
    }

    /** The widths that save the most lines within {@code available} points. */
    float[] widths(float available) {
        int[] at = new int[low.length];
        float room = available - ColumnWidths.sum(low);
        while (true) {
            double now = cost(at);
            double best = 0;
            int bestColumn = -1;
            int bestStop = -1;
            for (int c = 0; c < low.length; c++) {
                int was = at[c];
                for (int s = was + 1; s < stops[c].length && stops[c][s] - stops[c][was] <= room + 0.01f; s++) {
                    at[c] = s;
                    double gain = (now - cost(at)) / (stops[c][s] - stops[c][was]);
                    if (gain > best + 1e-9) {
                        best = gain;
                        bestColumn = c;
                        bestStop = s;
                    }
                }
                at[c] = was;
            }
            if (bestColumn < 0) {
                break;
            }
            room -= stops[bestColumn][bestStop] - stops[bestColumn][at[bestColumn]];
            at[bestColumn] = bestStop;
        }
        float[] out = new float[low.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = stops[c][at[c]];
        }
        return out;
    }

    /** The table's height with each column at its stop, plus a little for each cell's own height. */
    private double cost(int[] at) {
        double total = 0;
        double cells = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            float row = 0;
            for (int c = 0; c < at.length; c++) {
                float h = heights[c][at[c]][r];
                row = Math.max(row, h);
                cells += h;
            }
            total += row;
        }
        return total + CELL_LINES * cells;
    }

    /** Where column {@code c} may stop: its floor, steps up to its maximum, and each of its cells' one-line widths. */
    private float[] stops(int c, float floor) {
        List<Float> stops = new ArrayList<>();
        for (int k = 0; k <= STEPS; k++) {
            stops.add(floor + (max[c] - floor) * k / STEPS);
        }
        for (TableBlock.Row row : table.rows()) {
            TableBlock.Cell cell = cellAt(row, c);
            if (cell != null) {
                float wide = content.apply(cell)[1];
                if (wide > floor && wide < max[c]) {
                    stops.add(wide);
                }
            }
        }
        float[] sorted = new float[stops.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = stops.get(i);
        }
        Arrays.sort(sorted);
        int n = 0;
        for (float s : sorted) {
            if (n == 0 || s - sorted[n - 1] > 0.25f) {
                sorted[n++] = s;
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** The height of each row's cell in column {@code c} at {@code width} (0 where a spanning cell or none stands). */
    private float[] heights(int c, float width) {
        float[] out = new float[table.rows().size()];
        for (int r = 0; r < out.length; r++) {
            TableBlock.Cell cell = cellAt(table.rows().get(r), c);
            if (cell != null) {
                float[] pad = cell.padding();
                for (VItem item : galleys.build(cell.blocks(), Math.max(1, width - pad[Style.LEFT] - pad[Style.RIGHT]))) {
                    out[r] += item.height();
                }
            }
        }
        return out;
    }

    /** The row's cell that spans only column {@code c}, or null. */
    private static TableBlock.Cell cellAt(TableBlock.Row row, int c) {
        int column = 0;
        for (TableBlock.Cell cell : row.cells()) {
            if (column == c) {
                return cell.columns() == 1 ? cell : null;
            }
            column += cell.columns();
            if (column > c) {
                return null;
            }
        }
        return null;
    }
}
