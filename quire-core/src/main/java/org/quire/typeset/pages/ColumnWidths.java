package org.quire.typeset.pages;

import java.util.IdentityHashMap;
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
 * (trial 1, finding 9). Here the room goes where it saves the most lines ({@link LineSaving});
 * what is left is shared as browsers share it, so the table still fills the measure.
 */
final class ColumnWidths {
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
        widths = new LineSaving(galleys, table, low, max, this::content).widths(available);
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
    float[] content(TableBlock.Cell cell) {
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

    static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
