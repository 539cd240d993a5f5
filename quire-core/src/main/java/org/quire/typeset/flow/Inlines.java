package org.quire.typeset.flow;

import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * Inline elements: their text joins the paragraph being gathered with their own style, baseline
 * shift ({@code vertical-align}, CSS 2.1 §10.8.1) and tag. An element with a role of its own
 * (Span, Quote, Code…) gets a structure element inside its container's; a link gets a Link
 * element (PDF/UA-1 §7.18.5), and a link to a footnote calls it: the note's flow is built then,
 * and its Note element follows the link in the structure tree.
 */
final class Inlines {
    private Inlines() {
    }

    static void inline(FlowBuilder flow, XElement e, Style s, Ctx ctx) {
        String role = Roles.of(e, s);
        InlineTag outer = flow.textTag(ctx);
        InlineTag tag = outer;
        String id = e.attribute("id");
        if (id != null) {
            flow.paragraph().anchor(id);
        }
        if (Roles.ARTIFACT.equals(role)) {
            tag = InlineTag.ARTIFACT;
        } else if (outer != InlineTag.ARTIFACT && "Link".equals(role)) {
            tag = link(flow, e, outer);
        } else if (outer != InlineTag.ARTIFACT && role != null) {
            tag = new InlineTag(flow.node(role, outer.node()).lang(flow.tree().langIfOther(e)), outer.link(), false);
        }
        float rise = ctx.rise() + shift(s);
        flow.content(e, s, ctx.with(s, tag, rise));
    }

    /** A link: to a footnote (its call), to an element of the book, or to the web; else plain text. */
    private static InlineTag link(FlowBuilder flow, XElement e, InlineTag outer) {
        String href = e.attribute("href");
        String target = href.startsWith("#") ? href.substring(1) : null;
        boolean internal = target != null && flow.env().ids().contains(target);
        boolean external = href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:");
        if (!internal && !external) {
            return outer;
        }
        StructNode node = flow.node("Link", outer.node());
        LinkTarget link = new LinkTarget(href, node, Contents.plainText(e).isEmpty() ? href : Contents.plainText(e));
        if (internal) {
            flow.callNote(target, node, outer.node());
        }
        return new InlineTag(node, link, false);
    }

    /** The baseline shift of {@code vertical-align}, in points. */
    static float shift(Style s) {
        return switch (s.verticalAlign()) {
            case SUPER -> 0.5f * s.fontSize();
            case SUB -> -0.3f * s.fontSize();
            case LENGTH -> s.verticalShift();
            default -> 0;
        };
    }
}
