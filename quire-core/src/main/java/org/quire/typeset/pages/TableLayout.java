package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.List;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.Block;
import org.quire.typeset.flow.TableBlock;
import org.quire.typeset.flow.TextBlock;

/**
 * Lays a table out: its columns as wide as {@link ColumnWidths} makes them (CSS 2.1 §17.5.2.2,
 * automatic layout), set smaller first when its words cannot fit whole. Each row becomes one
 * box; the page breaks between rows, never after a header row nor (unless nothing else works)
 * where it would leave or carry over a single body row, and a page that starts inside the
 * table's body starts with its header rows again.
 */
final class TableLayout {
    private final GalleyBuilder galleys;
    private final GalleyBuilder trials;

    TableLayout(GalleyBuilder galleys) {
        this.galleys = galleys;
        this.trials = galleys.trial();
    }

    void rows(TableBlock table, float width, List<VItem> items) {
        float available = Math.max(1, width - table.left() - table.right());
        float sum = new ColumnWidths(trials, table, available).minimum();
        if (sum > available + 0.01f) {
            // Too wide for its words to fit their cells whole: the table is set smaller, down to
            // SMALLEST of its size, before any word is broken (a typesetter's first remedy).
            // (2% to spare: a smaller size is not quite proportionally narrower, hinting and kerning.)
            table = scaled(table, Math.max(SMALLEST, 0.98f * available / sum));
        }
        layOut(table, available, items);
    }

    /** How many body rows a table leaves before a page break and carries over after it, unless nothing else works. */
    static final int ROWS_KEPT = 2;

    /** How small a table may be set so that its words fit their columns whole (60%, about 6 pt at 10.5 pt). */
    static final float SMALLEST = 0.6f;

    private static TableBlock scaled(TableBlock table, float f) {
        List<TableBlock.Row> rows = new ArrayList<>();
        for (TableBlock.Row row : table.rows()) {
            List<TableBlock.Cell> cells = new ArrayList<>();
            for (TableBlock.Cell cell : row.cells()) {
                List<Block> blocks = new ArrayList<>();
                for (Block block : cell.blocks()) {
                    blocks.add(block instanceof TextBlock text ? scaled(text, f) : block);
                }
                float[] padding = cell.padding().clone();
                for (int i = 0; i < padding.length; i++) {
                    padding[i] *= f;
                }
                cells.add(new TableBlock.Cell(blocks, cell.columns(), padding, cell.borders()));
            }
            rows.add(new TableBlock.Row(cells, row.header()));
        }
        return new TableBlock(rows, table.left(), table.right(), table.centered(), table.top(), table.bottom(),
                table.avoidBreakInside(), table.table());
    }

    private static TextBlock scaled(TextBlock b, float f) {
        List<org.quire.typeset.lines.TextRun> runs = new ArrayList<>();
        for (org.quire.typeset.lines.TextRun run : b.runs()) {
            runs.add(new org.quire.typeset.lines.TextRun(run.start(), run.end(), scaled(run.style(), f), run.tag(),
                    run.leader()));
        }
        TextBlock.Marker marker = b.marker() == null ? null
                : new TextBlock.Marker(b.marker().text(), scaled(b.marker().style(), f), b.marker().tag(), b.marker().gap() * f);
        return new TextBlock(b.text(), runs, b.left() * f, b.right() * f, b.indent(), b.alignment(), b.preserveSpaces(),
                b.hyphenator(), b.hyphenLimit(), b.lineHeight() * f, b.ascent() * f, b.descent() * f, b.orphans(),
                b.widows(), b.avoidBreakInside(), b.calls(), b.anchors(), marker, b.hang() * f, b.rightToLeft());
    }

    private static org.quire.typeset.lines.TextStyle scaled(org.quire.typeset.lines.TextStyle s, float f) {
        return new org.quire.typeset.lines.TextStyle(s.fonts(), s.size() * f, s.rise() * f, s.letterSpacing() * f,
                s.color(), s.decoration(), s.hyphenate(), s.softHyphens());
    }

    private void layOut(TableBlock table, float available, List<VItem> items) {
        float[] widths = new ColumnWidths(trials, table, available).widths();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float left = table.left() + (table.centered() ? Math.max(0, (available - total) / 2) : 0);
        float right = left + total;
        VItem.Box top = rule(table.top(), left, right);
        if (top != null) {
            items.add(top);
        }
        List<VItem.Box> header = new ArrayList<>();
        VItem.Box head = null;
        TableBlock.Row previous = null;
        int bodyRows = (int) table.rows().stream().filter(r -> !r.header()).count();
        int body = 0;
        for (TableBlock.Row row : table.rows()) {
            if (previous != null) {
                // Never right after a header row; in a table that should not break, only if it is
                // longer than a page; leaving one body row before the break or carrying one over,
                // only if nothing else works (a row alone under its header is a table's orphan or
                // widow, and book practice carries two rows at least, as CSS orphans/widows do lines).
                int cost = previous.header() ? VItem.Penalty.NEVER
                        : table.avoidBreakInside() || body < ROWS_KEPT || bodyRows - body < ROWS_KEPT ? GalleyBuilder.WIDOW
                        : 0;
                items.add(new VItem.Penalty(cost, false, null));
            }
            if (!row.header()) {
                body++;
            }
            VItem.Box box = row(row, widths, left);
            if (row.header() && head == null) {
                header.add(box);
            } else if (head == null && !header.isEmpty()) {
                head = repeated(top, header);
            }
            items.add(head == null || row.header() ? box : new VItem.Box(box.height(), box.drawable(), box.notes(), head));
            previous = row;
        }
        if (table.bottom().width() > 0) {
            items.add(new VItem.Penalty(VItem.Penalty.NEVER, false, null));
            items.add(rule(table.bottom(), left, right));
        }
    }

    /**
     * The table's top rule and header rows, drawn again above a row that starts a page (CSS 2.1
     * §17.2: a table-header-group repeats at the top of each page the table spans). They were
     * read once already: drawn again they are a pagination artifact (ISO 32000-1 §14.8.2.2.1),
     * so the structure tree keeps its one THead and a reader does not hear them twice (PDF/UA-1 §7.1).
     */
    private static VItem.Box repeated(VItem.Box rule, List<VItem.Box> rows) {
        List<VItem.Box> parts = new ArrayList<>();
        if (rule != null) {
            parts.add(rule);
        }
        parts.addAll(rows);
        float height = 0;
        for (VItem.Box part : parts) {
            height += part.height();
        }
        return new VItem.Box(height, (canvas, x, top) -> {
            canvas.repeating(true);
            float y = top;
            for (VItem.Box part : parts) {
                part.drawable().draw(canvas, x, y);
                y += part.height();
            }
            canvas.repeating(false);
        }, List.of());
    }

    /** A rule above or below the table, or null for none. */
    private static VItem.Box rule(Style.Border border, float left, float right) {
        if (border.width() <= 0) {
            return null;
        }
        return new VItem.Box(border.width(), (canvas, x, top) -> canvas.rule(x + left, x + right,
                top + border.width() / 2, border.width(), border.color()), List.of());
    }

    /** A row as one box: its cells set at their columns' widths, as tall as its tallest cell. */
    private VItem.Box row(TableBlock.Row row, float[] widths, float left) {
        List<List<VItem>> galleysOfCells = new ArrayList<>();
        List<float[]> places = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        float height = 0;
        float x = left;
        int column = 0;
        for (TableBlock.Cell cell : row.cells()) {
            float cellWidth = 0;
            for (int c = column; c < Math.min(widths.length, column + cell.columns()); c++) {
                cellWidth += widths[c];
            }
            float[] pad = cell.padding();
            List<VItem> galley = galleys.build(cell.blocks(), Math.max(1, cellWidth - pad[Style.LEFT] - pad[Style.RIGHT]));
            float content = 0;
            for (VItem item : galley) {
                content += item.height();
                if (item instanceof VItem.Line line) {
                    notes.addAll(line.notes());
                }
            }
            height = Math.max(height, content + pad[Style.TOP] + pad[Style.BOTTOM]);
            galleysOfCells.add(galley);
            places.add(new float[] {x, cellWidth});
            x += cellWidth;
            column += cell.columns();
        }
        float rowHeight = height;
        return new VItem.Box(rowHeight, (canvas, ox, top) -> {
            for (int i = 0; i < row.cells().size(); i++) {
                TableBlock.Cell cell = row.cells().get(i);
                float[] place = places.get(i);
                float cx = ox + place[0];
                float[] pad = cell.padding();
                GalleyPainter.paint(galleysOfCells.get(i), 0, galleysOfCells.get(i).size(), canvas, cx + pad[Style.LEFT],
                        top + pad[Style.TOP], 0, null);
                borders(canvas, cell.borders(), cx, top, place[1], rowHeight);
            }
        }, List.copyOf(notes));
    }

    private static void borders(Canvas canvas, Style.Border[] borders, float x, float top, float width, float height) {
        Style.Border b = borders[Style.TOP];
        if (b.width() > 0) {
            canvas.line(x, top, x + width, top, b.width(), b.color());
        }
        b = borders[Style.BOTTOM];
        if (b.width() > 0) {
            canvas.line(x, top + height, x + width, top + height, b.width(), b.color());
        }
        b = borders[Style.LEFT];
        if (b.width() > 0) {
            canvas.line(x, top, x, top + height, b.width(), b.color());
        }
        b = borders[Style.RIGHT];
        if (b.width() > 0) {
            canvas.line(x + width, top, x + width, top + height, b.width(), b.color());
        }
    }
}
