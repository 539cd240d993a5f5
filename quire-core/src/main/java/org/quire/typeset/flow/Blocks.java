package org.quire.typeset.flow;

import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * Block boxes (CSS 2.1 §8, the box model): an element's forced breaks before and after it, its
 * margins collapsed with its neighbours', its borders drawn as rules and padding kept as fixed
 * space above and below its content, its content inset by its side margins, borders and padding,
 * and a list item's marker; and run-in boxes (CSS Display §2.6), whose text starts the next block.
 */
final class Blocks {
    private Blocks() {
    }

    /** A run-in element: its text stays in the paragraph being gathered, for the next block's first line. */
    static void runIn(FlowBuilder flow, XElement e, Style s, Ctx ctx) {
        flow.flush(ctx);
        Generated.marks(flow, e, s);
        StructNode node = flow.structure(e, s, ctx);
        Ctx inner = new Ctx(s, node, ctx.left(), ctx.right(), node == ctx.node() ? ctx.tag() : null, ctx.rise(),
                flow.lang(e, ctx));
        flow.content(e, s, inner);
        flow.runIn(true);
    }

    static void block(FlowBuilder flow, XElement e, Style s, Ctx ctx) {
        if (!flow.runIn(false)) {
            flow.flush(ctx);
        }
        BlockList blocks = flow.blocks();
        float container = flow.width() - ctx.left() - ctx.right();
        Style.Break before = s.breakBefore();
        if (!blocks.atStart() && (before == Style.Break.PAGE || before == Style.Break.RECTO || before == Style.Break.VERSO)) {
            blocks.pageBreak(before);
        } else if (before == Style.Break.AVOID) {
            blocks.place(Mark.keep());
        }
        blocks.started();
        blocks.collapse(s.margin(Style.TOP).of(container));
        float paddingTop = s.padding(Style.TOP).of(container);
        if (s.border(Style.TOP).width() > 0 || paddingTop != 0) {
            blocks.flushMargin();
            rule(blocks, s, Style.TOP, ctx, container);
            padding(blocks, paddingTop);
        }
        Generated.marks(flow, e, s);
        StructNode node = flow.structure(e, s, ctx);
        float left = ctx.left() + s.margin(Style.LEFT).of(container) + s.padding(Style.LEFT).of(container)
                + s.border(Style.LEFT).width();
        float right = ctx.right() + s.margin(Style.RIGHT).of(container) + s.padding(Style.RIGHT).of(container)
                + s.border(Style.RIGHT).width();
        InlineTag tag = Roles.ARTIFACT.equals(Roles.of(e, s)) || ctx.tag() == InlineTag.ARTIFACT ? InlineTag.ARTIFACT : null;
        Ctx inner = new Ctx(s, node, left, right, tag, 0, flow.lang(e, ctx));
        if (s.display() == Style.Display.LIST_ITEM && node.type().equals("LBody")) {
            flow.paragraph().marker(Lists.marker(e, s, new InlineTag(flow.tree().lbl(node), null, false),
                    flow.textStyle(s, 0)));
        }
        flow.content(e, s, inner);
        flow.flush(inner);
        if (s.display() == Style.Display.LIST_ITEM) {
            flow.paragraph().marker(null); // an item with no text: its marker goes with it
        }
        float paddingBottom = s.padding(Style.BOTTOM).of(container);
        if (paddingBottom != 0 || s.border(Style.BOTTOM).width() > 0) {
            blocks.flushMargin();
            padding(blocks, paddingBottom);
            rule(blocks, s, Style.BOTTOM, ctx, container);
        }
        blocks.collapse(s.margin(Style.BOTTOM).of(container));
        Style.Break after = s.breakAfter();
        if (after == Style.Break.AVOID) {
            blocks.place(Mark.keep());
        } else if (after != Style.Break.AUTO) {
            blocks.pageBreak(after);
        }
    }

    /** A top or bottom border: a rule across the border box, inside the margins. */
    private static void rule(BlockList blocks, Style s, int side, Ctx ctx, float container) {
        Style.Border border = s.border(side);
        if (border.width() > 0) {
            blocks.place(new RuleBlock(ctx.left() + s.margin(Style.LEFT).of(container),
                    ctx.right() + s.margin(Style.RIGHT).of(container), border.width(), border.color()));
        }
    }

    /** Padding is inside the box: it never collapses and stays at a page's top. */
    private static void padding(BlockList blocks, float padding) {
        if (padding != 0) {
            blocks.place(new Gap(padding, false));
        }
    }
}
