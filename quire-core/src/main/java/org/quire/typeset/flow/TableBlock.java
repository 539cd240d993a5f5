package org.quire.typeset.flow;

import java.util.List;
import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * A table: rows of cells, each cell a little flow of its own. Columns get their widths at layout
 * from the cells' narrowest and widest content (CSS 2.1 §17.5.2.2, automatic layout); a row
 * never splits across pages, and header rows keep with the row after them. With auto side
 * margins a table narrower than the measure is centred; {@code top} and {@code bottom} are the
 * rules above and below it.
 */
public record TableBlock(List<Row> rows, float left, float right, boolean centered, Style.Border top,
                         Style.Border bottom, boolean avoidBreakInside, StructNode table) implements Block {
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param padding top, right, bottom, left in points
     * @param borders top, right, bottom, left
     */
    public record Cell(List<Block> blocks, int columns, float[] padding, Style.Border[] borders) {
        public Cell {
            blocks = List.copyOf(blocks);
        }
    }

    public TableBlock {
        rows = List.copyOf(rows);
    }
}
