package org.quire.typeset.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.typeset.css.Style;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.tags.StructNode;

/**
 * Builds the flow of one {@link Unit} from the print document: computes each element's style and
 * sends each element to what makes it: {@link Blocks} (block and run-in boxes), {@link Inlines}
 * (text and links, which call footnotes), {@link Tables}, {@link Images}; {@link Generated} adds
 * pseudo-elements' text and marks. Inline content gathers in a {@link Paragraph}, blocks in a
 * {@link BlockList}, structure elements in a {@link StructureTree}. Footnotes ({@code float:
 * footnote}) leave the flow and go with the paragraph that calls them; a note, like a table cell,
 * is a flow of its own, built by a builder of its own. One builder per unit and thread.
 */
public final class FlowBuilder {
    private final FlowEnvironment env;
    private final UnitStyles styles;
    private final Map<String, Footnote> notes;
    private final float width;
    private final StructureTree tree;
    private final Paragraph paragraph;
    private final TextStyles textStyles;
    private final BlockList blocks;
    private boolean runIn;
    private boolean usesPageNumbers;

    /**
     * @param width the text block's width in points (percentages of margins refer to it)
     */
    public FlowBuilder(FlowEnvironment env, float width) {
        this(env, new UnitStyles(env.cascade()), new LinkedHashMap<>(), width, true);
    }

    private FlowBuilder(FlowEnvironment env, UnitStyles styles, Map<String, Footnote> notes, float width,
                        boolean opening) {
        this.env = env;
        this.styles = styles;
        this.notes = notes;
        this.width = width;
        this.tree = new StructureTree(env.language());
        this.paragraph = new Paragraph(tree);
        this.textStyles = new TextStyles(env);
        this.blocks = new BlockList(opening);
    }

    /**
     * Builds a unit from consecutive children of {@code body}.
     *
     * @param parentStyle the computed style of {@code body}
     */
    public Unit build(List<XElement> elements, Style parentStyle, Style.Break start, String pageName) {
        for (XElement element : elements) {
            styles.prepare(element, parentStyle);
        }
        Ctx top = new Ctx(parentStyle, tree.holder(), 0, 0, null, 0, env.language());
        for (XElement element : elements) {
            element(element, top);
        }
        flush(top);
        return new Unit(blocks.blocks(), notes, tree.roots(), start, pageName, usesPageNumbers);
    }

    Style styleOf(XElement element, Style parent) {
        return styles.of(element, parent);
    }

    /** An element's content: its {@code ::before}, its children, its {@code ::after}. */
    void content(XElement e, Style s, Ctx ctx) {
        Generated.pseudo(this, e, s, ctx, "before");
        for (Object child : e.children()) {
            if (child instanceof String text) {
                paragraph.append(text, ctx.style(), textTag(ctx), textStyle(ctx.style(), ctx.rise()), ctx.lang());
            } else {
                element((XElement) child, ctx);
            }
        }
        Generated.pseudo(this, e, s, ctx, "after");
    }

    private void element(XElement e, Ctx ctx) {
        Style s = styleOf(e, ctx.style());
        if (s.display() == Style.Display.NONE) {
            return;
        }
        String id = e.attribute("id");
        if (s.footnote() && id != null && notes.containsKey(id)) {
            return;
        }
        switch (e.name()) {
            case "br" -> paragraph.newline();
            case "img" -> Images.image(this, e, s, ctx);
            case "table" -> Tables.table(this, e, s, ctx);
            default -> {
                switch (s.display()) {
                    case INLINE -> Inlines.inline(this, e, s, ctx);
                    case RUN_IN -> {
                        if (e.nextSibling() != null && styleOf(e.nextSibling(), ctx.style()).display() != Style.Display.INLINE) {
                            Blocks.runIn(this, e, s, ctx);
                        } else {
                            Blocks.block(this, e, s, ctx);
                        }
                    }
                    default -> Blocks.block(this, e, s, ctx);
                }
            }
        }
    }

    /** A link's call of footnote {@code target}, the first time it is called: the note's flow is built now. */
    void callNote(String target, StructNode link, StructNode parent) {
        XElement aside = styles.note(target);
        if (aside == null || notes.containsKey(target)) {
            return;
        }
        StructNode note = new StructNode("Note", parent).id(target);
        link.follower(note);
        notes.put(target, null);
        List<Block> flow = nested(aside, styles.of(aside), note, width, lang(aside, null));
        notes.put(target, new Footnote(target, flow, note));
        paragraph.call(target);
    }

    /** A note's or a cell's own flow, at its own width, tagged under {@code node}. */
    List<Block> nested(XElement element, Style style, StructNode node, float nestedWidth, String lang) {
        FlowBuilder sub = new FlowBuilder(env, styles, notes, nestedWidth, false);
        Ctx ctx = new Ctx(style, node, 0, 0, null, 0, lang);
        sub.content(element, style, ctx);
        sub.flush(ctx);
        usesPageNumbers |= sub.usesPageNumbers;
        return sub.blocks.blocks();
    }

    /** Ends the paragraph being gathered, if any, as a block set with the container's style. */
    void flush(Ctx ctx) {
        TextBlock block = paragraph.finish(ctx, textStyles);
        if (block != null) {
            blocks.add(block);
        }
        for (String id : paragraph.takeLooseAnchors()) {
            blocks.place(Mark.anchor(id));
        }
    }

    /** Prints a picture's alternative text where the picture could not be drawn. */
    void altText(String alt, Ctx ctx) {
        paragraph.append(alt, ctx.style(), textTag(ctx), textStyle(ctx.style(), ctx.rise()), ctx.lang());
        flush(ctx);
    }

    /** The structure element of a block: its own, or its container's when it has none. */
    StructNode structure(XElement e, Style s, Ctx ctx) {
        return tree.of(e, Roles.of(e, s), ctx.node());
    }

    /** A new structure element; under the document it is a root of this unit. */
    StructNode node(String type, StructNode parent) {
        return tree.node(type, parent);
    }

    String lang(XElement e, Ctx ctx) {
        String lang = e.attribute("lang", e.attribute("xml:lang"));
        return lang != null ? lang : ctx == null ? env.language() : ctx.lang();
    }

    /** The tag of text in this context: its element if that holds text, else an anonymous P in it. */
    InlineTag textTag(Ctx ctx) {
        if (ctx.tag() != null) {
            return ctx.tag();
        }
        if (ctx.node() == null) {
            return InlineTag.ARTIFACT;
        }
        return paragraph.tagFor(ctx.node(), !Roles.holdsText(ctx.node().type()));
    }

    TextStyle textStyle(Style s, float rise) {
        return textStyles.of(s, rise);
    }

    /** Sets whether a run-in's text is waiting for the next block, and says whether one was. */
    boolean runIn(boolean waiting) {
        boolean was = runIn;
        runIn = waiting;
        return was;
    }

    /** The unit shows page numbers (a contents page), so it is set again once they are known. */
    void usesPageNumbers() {
        usesPageNumbers = true;
    }

    BlockList blocks() {
        return blocks;
    }

    Paragraph paragraph() {
        return paragraph;
    }

    StructureTree tree() {
        return tree;
    }

    FlowEnvironment env() {
        return env;
    }

    float width() {
        return width;
    }
}
