package org.quire.typeset.flow;

import org.quire.typeset.css.Style;

/**
 * What an element adds to the flow besides its content: its {@code ::before} and {@code ::after}
 * text (CSS Generated Content §2), leaders and page numbers included (CSS GCPM §5, §6), and the
 * marks it sets where it starts: its id as an anchor, running strings ({@code string-set}, GCPM
 * §1) and bookmarks ({@code bookmark-level}, GCPM §7).
 */
final class Generated {
    private Generated() {
    }

    /** The {@code content} of a pseudo-element, as text of the paragraph being gathered. */
    static void pseudo(FlowBuilder flow, XElement e, Style s, Ctx ctx, String which) {
        FlowEnvironment env = flow.env();
        if (!env.cascade().hasPseudo(e, which)) {
            return;
        }
        Style ps = env.cascade().compute(e, s, which);
        if (ps.content() == null || ps.display() == Style.Display.NONE) {
            return;
        }
        if (ps.content().stream().anyMatch(t -> t.text().equals("target-counter"))) {
            flow.usesPageNumbers();
        }
        InlineTag tag = ctx.tag() != null ? ctx.tag() : flow.textTag(ctx);
        var textStyle = flow.textStyle(ps, ctx.rise() + Inlines.shift(ps));
        for (Object piece : Contents.evaluate(ps.content(), e, id -> {
            String number = env.pageNumbers().apply(id);
            return number == null ? "0" : number;
        })) {
            if (piece instanceof Contents.Leader leader) {
                flow.paragraph().leader(leader.pattern(), tag, textStyle);
            } else {
                flow.paragraph().append((String) piece, ps, tag, textStyle, ctx.lang());
            }
        }
        if (which.equals("after")) {
            // The end side of the inline: its left in right-to-left text (CSS Writing Modes 3 §6.3).
            int end = ps.direction() == Style.Direction.RTL ? Style.LEFT : Style.RIGHT;
            flow.paragraph().endMargin(ps.margin(end).of(flow.width()));
        }
    }

    /** Page counter resets, anchors, running strings and bookmarks an element sets where it starts. */
    static void marks(FlowBuilder flow, XElement e, Style s) {
        BlockList blocks = flow.blocks();
        if (s.pageReset() != null && flow.paragraph().isEmpty()) {
            blocks.place(Mark.pageReset(s.pageReset()));
        }
        String id = e.attribute("id");
        if (id != null) {
            if (flow.paragraph().isEmpty()) {
                blocks.place(Mark.anchor(id));
            } else {
                flow.paragraph().anchor(id);
            }
        }
        for (Style.StringSet set : s.stringSets()) {
            blocks.place(Mark.string(set.name(), Contents.text(set.content(), e)));
        }
        if (s.bookmarkLevel() > 0) {
            String label = s.bookmarkLabel() == null ? Contents.plainText(e) : Contents.text(s.bookmarkLabel(), e);
            if (!label.isEmpty()) {
                blocks.place(Mark.bookmark(label, s.bookmarkLevel(), s.bookmarkOpen()));
            }
        }
    }
}
