package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.List;
import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * Tables of the print document (GFM tables from the Markdown stage): Table, THead/TBody, TR and
 * TH/TD structure elements, header cells scoped to their column (PDF/UA-1 §7.5), and each
 * cell's content as a flow of its own.
 */
final class Tables {
    private Tables() {
    }

    static void table(FlowBuilder flow, XElement e, Style s, Ctx ctx) {
        flow.flush(ctx);
        float container = flow.width() - ctx.left() - ctx.right();
        flow.blocks().collapse(s.margin(Style.TOP).of(container));
        StructNode table = flow.node("Table", ctx.node());
        List<TableBlock.Row> rows = new ArrayList<>();
        for (Object child : e.children()) {
            if (!(child instanceof XElement part)) {
                continue;
            }
            Style ps = flow.styleOf(part, s);
            if (ps.display() == Style.Display.NONE) {
                continue;
            }
            switch (part.name()) {
                case "caption" -> {
                    StructNode caption = flow.node("Caption", table);
                    for (Block block : flow.nested(part, ps, caption, container, ctx.lang())) {
                        flow.blocks().add(block);
                    }
                }
                case "thead", "tbody", "tfoot" -> {
                    String type = part.name().equals("thead") ? "THead" : part.name().equals("tfoot") ? "TFoot" : "TBody";
                    StructNode group = flow.node(type, table);
                    for (Object r : part.children()) {
                        if (r instanceof XElement row && row.name().equals("tr")) {
                            rows.add(row(flow, row, flow.styleOf(row, ps), group, part.name().equals("thead"), container, ctx));
                        }
                    }
                }
                case "tr" -> rows.add(row(flow, part, ps, table, false, container, ctx));
                default -> {
                }
            }
        }
        if (!rows.isEmpty()) {
            flow.blocks().add(new TableBlock(rows, ctx.left() + s.margin(Style.LEFT).of(container),
                    ctx.right() + s.margin(Style.RIGHT).of(container), s.marginAuto(Style.LEFT) && s.marginAuto(Style.RIGHT),
                    s.border(Style.TOP), s.border(Style.BOTTOM), s.avoidBreakInside(), table));
        }
        flow.blocks().collapse(s.margin(Style.BOTTOM).of(container));
    }

    private static TableBlock.Row row(FlowBuilder flow, XElement tr, Style rowStyle, StructNode parent, boolean header,
                                      float container, Ctx ctx) {
        StructNode row = flow.node("TR", parent);
        List<TableBlock.Cell> cells = new ArrayList<>();
        // A cell with nothing to draw never attaches its TD itself: it goes in right after the
        // cell before it, or, at the start of the row, right before the first cell with content.
        StructNode previous = null;
        List<StructNode> leading = new ArrayList<>();
        for (Object child : tr.children()) {
            if (!(child instanceof XElement cell) || !(cell.name().equals("td") || cell.name().equals("th"))) {
                continue;
            }
            Style cs = flow.styleOf(cell, rowStyle);
            boolean th = cell.name().equals("th");
            StructNode node = flow.node(th ? "TH" : "TD", row);
            if (th) {
                String scope = cell.attribute("scope", header ? "col" : "row");
                node.attribute("Scope", scope.startsWith("row") ? "Row" : scope.startsWith("col") ? "Column" : "Both");
            }
            int span = 1;
            String colspan = cell.attribute("colspan");
            if (colspan != null && colspan.strip().matches("\\d{1,2}")) {
                span = Math.max(1, Integer.parseInt(colspan.strip()));
                node.attribute("ColSpan", span);
            }
            float[] padding = new float[4];
            Style.Border[] borders = new Style.Border[4];
            for (int side = 0; side < 4; side++) {
                padding[side] = cs.padding(side).of(container);
                borders[side] = cs.border(side);
            }
            List<Block> blocks = flow.nested(cell, cs, node, container, ctx.lang());
            if (blocks.isEmpty()) {
                if (previous != null) {
                    previous.follower(node);
                } else {
                    leading.add(node);
                }
            } else {
                leading.forEach(node::leader);
                leading.clear();
            }
            previous = node;
            cells.add(new TableBlock.Cell(blocks, span, padding, borders));
        }
        return new TableBlock.Row(cells, header);
    }
}
