package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.Block;
import org.quire.typeset.flow.ImageBlock;
import org.quire.typeset.flow.TableBlock;
import org.quire.typeset.flow.TextBlock;
import org.quire.typeset.lines.SetParagraph;

/**
 * The widths of a table's columns (CSS 2.1 §17.5.2.2, automatic layout). Each column's minimum
 * is its widest unbreakable content and its maximum its widest content set on one line, from
 * the cells that span only that column. A table whose maximums fit takes them; one whose
 * minimums do not fit takes its minimums scaled down. In between, CSS leaves the sharing to the
 * user agent; browsers share the room left in proportion to how much more each column would
 * like, which wraps a short name ("J. / Crowther") to widen a long column that wraps anyway
 * (trial 1, finding 9). Here the room goes where it saves the most lines: column by column, the
 * widening that shortens the table the most for each point it takes, the lines of the cells
 * themselves telling a tie apart, until no widening saves a line. What is left is shared as
 * browsers share it, so the table still fills the measure.
 */
final class ColumnWidths {
    /** How many steps between a column's minimum and maximum a widening may stop at, besides the cells' own widths. */
    private static final int STEPS = 12;
    /** What a line saved in a cell counts for when the rows keep their height (a tie breaker). */
    private static final float CELL_LINES = 0.05f;

    private final GalleyBuilder galleys;
    private final TableBlock table;
    private final float available;
    private final float[] min;
    private final float[] max;
    private final Map<TableBlock.Cell, float[]> contents = new IdentityHashMap<>();

    /** @param galleys sets the cells' content for trial (counted nowhere) */
    ColumnWidths(GalleyBuilder galleys, TableBlock table, float available) {
        this.galleys = galleys;
        this.table = table;
        this.available = available;
        int columns = columns(table);
        min = new float[columns];
        max = new float[columns];
        for (TableBlock.Row row : table.rows()) {
            int column = 0;
            for (TableBlock.Cell cell : row.cells()) {
                if (cell.columns() == 1) {
                    float[] content = content(cell);
                    min[column] = Math.max(min[column], content[0]);
                    max[column] = Math.max(max[column], content[1]);
                }
                column += cell.columns();
            }
        }
        for (int c = 0; c < columns; c++) {
            max[c] = Math.max(max[c], min[c]);
        }
    }

    /** The columns' minimums added up: more than the measure, and the table must be set smaller. */
    float minimum() {
        float sum = 0;
        for (float m : min) {
            sum += m;
        }
        return sum;
    }

    float[] widths() {
        float[] low = min.clone();
        for (int c = 0; c < low.length; c++) {
            // A word longer than half the measure (a keysmash, a web address) breaks anywhere, as
            // CSS's overflow-wrap: anywhere lets it; it must not squeeze the other columns.
            low[c] = Math.min(low[c], available / 2);
        }
        float lowSum = sum(low);
        float maxSum = sum(max);
        if (maxSum <= available) {
            return max.clone();
        }
        float[] widths = new float[low.length];
        if (lowSum >= available) {
            for (int c = 0; c < low.length; c++) {
                widths[c] = lowSum == 0 ? available / low.length : low[c] * available / lowSum;
            }
            return widths;
        }
        widths = new Sharing(low).widths();
        share(widths, available - sum(widths));
        return widths;
    }

    /** Room left over, shared in proportion to how much more each column would like (as browsers do). */
    private void share(float[] widths, float room) {
        float want = 0;
        for (int c = 0; c < widths.length; c++) {
            want += max[c] - widths[c];
        }
        for (int c = 0; c < widths.length && want > 0; c++) {
            widths[c] += room * (max[c] - widths[c]) / want;
        }
    }

    /** The greedy sharing of the room between the minimums and the measure, by lines saved. */
    private final class Sharing {
        private final float[] low;
        /** Each column's widths a widening may stop at, ascending, and each cell's height at each. */
        private final float[][] stops;
        private final float[][][] heights;

        Sharing(float[] low) {
            this.low = low;
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

        float[] widths() {
            int[] at = new int[low.length];
            float room = available - sum(low);
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
                float wide = content(cell)[1];
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

    static int columns(TableBlock table) {
        int columns = 0;
        for (TableBlock.Row row : table.rows()) {
            int count = 0;
            for (TableBlock.Cell cell : row.cells()) {
                count += cell.columns();
            }
            columns = Math.max(columns, count);
        }
        return columns;
    }

    /** The narrowest and widest a cell's content can be, padding included. */
    private float[] content(TableBlock.Cell cell) {
        return contents.computeIfAbsent(cell, this::measure);
    }

    private float[] measure(TableBlock.Cell cell) {
        float lo = 0;
        float hi = 0;
        for (Block block : cell.blocks()) {
            if (block instanceof TextBlock text) {
                SetParagraph wide = galleys.set(text, 1e6f);
                float insets = text.left() + text.right();
                float widest = 0;
                for (int i = 0; i < wide.lineCount(); i++) {
                    widest = Math.max(widest, wide.naturalWidth(i));
                }
                lo = Math.max(lo, wide.widestUnbreakable() + insets);
                hi = Math.max(hi, widest + insets + 1);
            } else if (block instanceof ImageBlock image) {
                lo = Math.max(lo, image.left() + image.width());
                hi = Math.max(hi, image.left() + image.width());
            } else if (block instanceof TableBlock) {
                lo = Math.max(lo, available / 2);
                hi = Math.max(hi, available);
            }
        }
        float padding = cell.padding()[Style.LEFT] + cell.padding()[Style.RIGHT];
        return new float[] {lo + padding, hi + padding};
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
