package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.typeset.css.Length;
import org.quire.typeset.css.Style;
import org.quire.typeset.lines.Hyphenator;
import org.quire.typeset.lines.ParagraphSettings;
import org.quire.typeset.lines.TextRun;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.tags.StructNode;

/**
 * Builds the flow of one {@link Unit} from the print document: computes each element's style,
 * turns block elements into {@link Block}s with collapsed margins and inline content into
 * paragraphs of styled runs (white space processed as CSS Text §4 says), and makes the
 * structure elements the text will be tagged with. Footnotes ({@code float: footnote}) leave
 * the flow and go with the paragraph that calls them. One builder per unit and thread.
 */
public final class FlowBuilder {
    private final FlowEnvironment env;
    private final Map<XElement, Style> styles;
    private final Map<String, XElement> noteElements;
    private final Map<String, Footnote> notes;
    private final float width;
    private final Paragraph paragraph = new Paragraph(this);
    private final Map<Style, TextStyle> textStyles = new HashMap<>();
    private final StructureTree tree;
    private List<Block> blocks = new ArrayList<>();
    private float pendingMargin;
    private boolean keepMargin = true;
    private boolean first = true;
    private boolean runIn;
    private boolean usesPageNumbers;

    /** Where the current part of a block is: its style, structure element, insets and text's tag. */
    record Ctx(Style style, StructNode node, float left, float right, InlineTag tag, float rise, String lang) {
        Ctx with(Style s, InlineTag t, float r) {
            return new Ctx(s, node, left, right, t, r, lang);
        }
    }

    /**
     * @param width the text block's width in points (percentages of margins refer to it)
     */
    public FlowBuilder(FlowEnvironment env, float width) {
        this(env, new IdentityHashMap<>(), new HashMap<>(), new LinkedHashMap<>(), width);
    }

    private FlowBuilder(FlowEnvironment env, Map<XElement, Style> styles, Map<String, XElement> noteElements,
                        Map<String, Footnote> notes, float width) {
        this.env = env;
        this.styles = styles;
        this.noteElements = noteElements;
        this.notes = notes;
        this.width = width;
        this.tree = new StructureTree(env.language());
    }

    /**
     * Builds a unit from consecutive children of {@code body}.
     *
     * @param parentStyle the computed style of {@code body}
     */
    public Unit build(List<XElement> elements, Style parentStyle, Style.Break start, String pageName) {
        for (XElement element : elements) {
            prepare(element, parentStyle);
        }
        Ctx top = new Ctx(parentStyle, tree.holder(), 0, 0, null, 0, env.language());
        for (XElement element : elements) {
            element(element, top);
        }
        flush(top);
        return new Unit(blocks, notes, tree.roots(), start, pageName, usesPageNumbers);
    }

    /** Computes the styles of a subtree and finds its footnotes, before anything is built. */
    private void prepare(XElement element, Style parentStyle) {
        Style style = env.cascade().compute(element, parentStyle, null);
        styles.put(element, style);
        if (style.footnote() && element.attribute("id") != null) {
            noteElements.put(element.attribute("id"), element);
        }
        for (Object child : element.children()) {
            if (child instanceof XElement e) {
                prepare(e, style);
            }
        }
    }

    private Style style(XElement element, Style parent) {
        Style style = styles.get(element);
        return style != null ? style : env.cascade().compute(element, parent, null);
    }

    private void children(XElement element, Ctx ctx) {
        for (Object child : element.children()) {
            if (child instanceof String text) {
                paragraph.append(text, ctx.style(), textTag(ctx), textStyle(ctx.style(), ctx.rise()), ctx.lang());
            } else {
                element((XElement) child, ctx);
            }
        }
    }

    private void element(XElement e, Ctx ctx) {
        Style s = style(e, ctx.style());
        if (s.display() == Style.Display.NONE) {
            return;
        }
        String id = e.attribute("id");
        if (s.footnote() && id != null && notes.containsKey(id)) {
            return;
        }
        switch (e.name()) {
            case "br" -> {
                paragraph.newline();
                return;
            }
            case "img" -> {
                Images.image(this, e, s, ctx);
                return;
            }
            case "table" -> {
                Tables.table(this, e, s, ctx);
                return;
            }
            default -> {
            }
        }
        switch (s.display()) {
            case INLINE -> inline(e, s, ctx);
            case RUN_IN -> {
                if (e.nextSibling() != null && styleOf(e.nextSibling(), ctx.style()).display() != Style.Display.INLINE) {
                    runIn(e, s, ctx);
                } else {
                    block(e, s, ctx);
                }
            }
            default -> block(e, s, ctx);
        }
    }

    Style styleOf(XElement e, Style parent) {
        return style(e, parent);
    }

    /** A run-in element (CSS Display §2.6): its text starts the next block's first line. */
    private void runIn(XElement e, Style s, Ctx ctx) {
        flush(ctx);
        marks(e, s);
        StructNode node = structure(e, s, ctx);
        Ctx inner = new Ctx(s, node, ctx.left(), ctx.right(), node == ctx.node() ? ctx.tag() : null, ctx.rise(), lang(e, ctx));
        pseudo(e, s, inner, "before");
        children(e, inner);
        pseudo(e, s, inner, "after");
        runIn = true;
    }

    private void block(XElement e, Style s, Ctx ctx) {
        boolean continuing = runIn;
        runIn = false;
        if (!continuing) {
            flush(ctx);
        }
        float container = width - ctx.left() - ctx.right();
        Style.Break before = s.breakBefore();
        if (!first && (before == Style.Break.PAGE || before == Style.Break.RECTO || before == Style.Break.VERSO)) {
            blocks.add(Mark.pageBreak(before));
            pendingMargin = 0;
            keepMargin = true;
        } else if (before == Style.Break.AVOID) {
            blocks.add(Mark.keep());
        }
        first = false;
        collapse(s.margin(Style.TOP).of(container));
        Style.Border top = s.border(Style.TOP);
        float paddingTop = s.padding(Style.TOP).of(container);
        if (top.width() > 0 || paddingTop != 0) {
            flushMargin();
            if (top.width() > 0) {
                blocks.add(new RuleBlock(ctx.left() + s.margin(Style.LEFT).of(container),
                        ctx.right() + s.margin(Style.RIGHT).of(container), top.width(), top.color()));
            }
            if (paddingTop != 0) {
                blocks.add(new Gap(paddingTop, false));
            }
        }
        marks(e, s);
        StructNode node = structure(e, s, ctx);
        float left = ctx.left() + s.margin(Style.LEFT).of(container) + s.padding(Style.LEFT).of(container)
                + s.border(Style.LEFT).width();
        float right = ctx.right() + s.margin(Style.RIGHT).of(container) + s.padding(Style.RIGHT).of(container)
                + s.border(Style.RIGHT).width();
        InlineTag tag = Roles.ARTIFACT.equals(Roles.of(e, s)) || ctx.tag() == InlineTag.ARTIFACT ? InlineTag.ARTIFACT : null;
        Ctx inner = new Ctx(s, node, left, right, tag, 0, lang(e, ctx));
        if (s.display() == Style.Display.LIST_ITEM && node.type().equals("LBody")) {
            paragraph.marker(Lists.marker(e, s, new InlineTag(tree.lbl(node), null, false), textStyle(s, 0)));
        }
        pseudo(e, s, inner, "before");
        children(e, inner);
        pseudo(e, s, inner, "after");
        flush(inner);
        if (s.display() == Style.Display.LIST_ITEM) {
            paragraph.marker(null); // an item with no text: its marker goes with it
        }
        float paddingBottom = s.padding(Style.BOTTOM).of(container);
        Style.Border bottom = s.border(Style.BOTTOM);
        if (paddingBottom != 0 || bottom.width() > 0) {
            flushMargin();
            if (paddingBottom != 0) {
                blocks.add(new Gap(paddingBottom, false));
            }
            if (bottom.width() > 0) {
                blocks.add(new RuleBlock(ctx.left() + s.margin(Style.LEFT).of(container),
                        ctx.right() + s.margin(Style.RIGHT).of(container), bottom.width(), bottom.color()));
            }
        }
        collapse(s.margin(Style.BOTTOM).of(container));
        Style.Break after = s.breakAfter();
        if (after == Style.Break.AVOID) {
            blocks.add(Mark.keep());
        } else if (after != Style.Break.AUTO) {
            blocks.add(Mark.pageBreak(after));
            pendingMargin = 0;
            keepMargin = true;
        }
    }

    private void inline(XElement e, Style s, Ctx ctx) {
        String role = Roles.of(e, s);
        InlineTag outer = textTag(ctx);
        InlineTag tag = outer;
        String id = e.attribute("id");
        if (id != null) {
            paragraph.anchor(id);
        }
        if (Roles.ARTIFACT.equals(role)) {
            tag = InlineTag.ARTIFACT;
        } else if (outer != InlineTag.ARTIFACT && "Link".equals(role)) {
            tag = link(e, s, outer);
        } else if (outer != InlineTag.ARTIFACT && role != null) {
            tag = new InlineTag(node(role, outer.node()).lang(tree.langIfOther(e)), outer.link(), false);
        }
        float rise = ctx.rise() + shift(s, ctx.style());
        Ctx inner = ctx.with(s, tag, rise);
        pseudo(e, s, inner, "before");
        children(e, inner);
        pseudo(e, s, inner, "after");
    }

    /** A link: to a footnote (its call), to an element of the book, or to the web. */
    private InlineTag link(XElement e, Style s, InlineTag outer) {
        String href = e.attribute("href");
        String target = href.startsWith("#") ? href.substring(1) : null;
        boolean internal = target != null && env.ids().contains(target);
        boolean external = href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:");
        if (!internal && !external) {
            return outer;
        }
        StructNode node = node("Link", outer.node());
        LinkTarget link = new LinkTarget(href, node, Contents.plainText(e).isEmpty() ? href : Contents.plainText(e));
        if (internal && noteElements.containsKey(target) && !notes.containsKey(target)) {
            StructNode note = new StructNode("Note", outer.node()).id(target);
            node.follower(note);
            XElement aside = noteElements.get(target);
            FlowBuilder sub = new FlowBuilder(env, styles, noteElements, notes, width);
            notes.put(target, null);
            Footnote footnote = sub.note(aside, styles.get(aside), note, lang(aside, null));
            notes.put(target, footnote);
            usesPageNumbers |= sub.usesPageNumbers;
            paragraph.call(target);
        }
        return new InlineTag(node, link, false);
    }

    private Footnote note(XElement aside, Style style, StructNode node, String lang) {
        first = false;
        keepMargin = false;
        Ctx ctx = new Ctx(style, node, 0, 0, null, 0, lang);
        pseudo(aside, style, ctx, "before");
        children(aside, ctx);
        pseudo(aside, style, ctx, "after");
        flush(ctx);
        return new Footnote(aside.attribute("id"), blocks, node);
    }

    /** A cell's (or other nested container's) own flow, at its own width. */
    List<Block> nested(XElement element, Style style, StructNode node, float nestedWidth, String lang) {
        FlowBuilder sub = new FlowBuilder(env, styles, noteElements, notes, nestedWidth);
        sub.first = false;
        sub.keepMargin = false;
        Ctx ctx = new Ctx(style, node, 0, 0, null, 0, lang);
        sub.pseudo(element, style, ctx, "before");
        sub.children(element, ctx);
        sub.pseudo(element, style, ctx, "after");
        sub.flush(ctx);
        usesPageNumbers |= sub.usesPageNumbers;
        return sub.blocks;
    }

    private void pseudo(XElement e, Style s, Ctx ctx, String which) {
        if (!env.cascade().hasPseudo(e, which)) {
            return;
        }
        Style ps = env.cascade().compute(e, s, which);
        if (ps.content() == null || ps.display() == Style.Display.NONE) {
            return;
        }
        usesPageNumbers |= ps.content().stream().anyMatch(t -> t.text().equals("target-counter"));
        InlineTag tag = ctx.tag() != null ? ctx.tag() : textTag(ctx);
        TextStyle textStyle = textStyle(ps, ctx.rise() + shift(ps, s));
        for (Object piece : Contents.evaluate(ps.content(), e, id -> {
            String number = env.pageNumbers().apply(id);
            return number == null ? "0" : number;
        })) {
            if (piece instanceof Contents.Leader leader) {
                paragraph.leader(leader.pattern(), tag, textStyle);
            } else {
                paragraph.append((String) piece, ps, tag, textStyle, ctx.lang());
            }
        }
    }

    /** Anchors, running strings and bookmarks an element sets where it starts. */
    private void marks(XElement e, Style s) {
        String id = e.attribute("id");
        if (id != null) {
            if (paragraph.isEmpty()) {
                blocks.add(Mark.anchor(id));
            } else {
                paragraph.anchor(id);
            }
        }
        for (Style.StringSet set : s.stringSets()) {
            blocks.add(Mark.string(set.name(), Contents.text(set.content(), e)));
        }
        if (s.bookmarkLevel() > 0) {
            String label = s.bookmarkLabel() == null ? Contents.plainText(e) : Contents.text(s.bookmarkLabel(), e);
            if (!label.isEmpty()) {
                blocks.add(Mark.bookmark(label, s.bookmarkLevel(), s.bookmarkOpen()));
            }
        }
    }

    /** The structure element of a block: its own, or its container's when it has none. */
    private StructNode structure(XElement e, Style s, Ctx ctx) {
        return tree.of(e, Roles.of(e, s), ctx.node());
    }

    /** A new structure element; under the document it is a root of this unit. */
    StructNode node(String type, StructNode parent) {
        return tree.node(type, parent);
    }

    private String lang(XElement e, Ctx ctx) {
        String lang = e.attribute("lang", e.attribute("xml:lang"));
        return lang != null ? lang : ctx == null ? env.language() : ctx.lang();
    }

    /** The tag of text in this context: its element if that holds text, else an anonymous P in it. */
    private InlineTag textTag(Ctx ctx) {
        if (ctx.tag() != null) {
            return ctx.tag();
        }
        if (ctx.node() == null) {
            return InlineTag.ARTIFACT;
        }
        if (Roles.holdsText(ctx.node().type())) {
            return paragraph.tagFor(ctx.node(), false);
        }
        return paragraph.tagFor(ctx.node(), true);
    }

    /** The baseline shift of {@code vertical-align}, in points. */
    private static float shift(Style s, Style parent) {
        return switch (s.verticalAlign()) {
            case SUPER -> 0.5f * s.fontSize();
            case SUB -> -0.3f * s.fontSize();
            case LENGTH -> s.verticalShift();
            default -> 0;
        };
    }

    TextStyle textStyle(Style s, float rise) {
        TextStyle made = textStyles.get(s);
        if (made == null || made.rise() != rise) {
            made = new TextStyle(env.fonts().chain(s.fontFamily(), s.bold(), s.italic()), s.fontSize(), rise,
                    s.letterSpacing(), s.color(), s.decoration(), s.hyphens(), !s.hyphensNone());
            if (rise == 0) {
                textStyles.put(s, made);
            }
        }
        return made;
    }

    void collapseMargin(float margin) {
        collapse(margin);
    }

    /** Prints a picture's alternative text where the picture could not be drawn. */
    void altText(String alt, Ctx ctx) {
        paragraph.append(alt, ctx.style(), textTag(ctx), textStyle(ctx.style(), ctx.rise()), ctx.lang());
        flush(ctx);
    }

    private void collapse(float margin) {
        // CSS 2.1 §8.3.1: adjoining margins collapse to the largest (negative ones add in).
        pendingMargin = margin >= 0 && pendingMargin >= 0 ? Math.max(pendingMargin, margin)
                : margin < 0 && pendingMargin < 0 ? Math.min(pendingMargin, margin) : pendingMargin + margin;
    }

    void flushMargin() {
        if (pendingMargin != 0) {
            blocks.add(new Gap(pendingMargin, !keepMargin));
        }
        pendingMargin = 0;
        keepMargin = false;
    }

    void add(Block block) {
        flushMargin();
        blocks.add(block);
        first = false;
    }

    FlowEnvironment env() {
        return env;
    }

    float width() {
        return width;
    }

    /** Ends the paragraph being gathered, if any, as a block set with the container's style. */
    void flush(Ctx ctx) {
        TextBlock block = paragraph.finish(ctx, this);
        if (block != null) {
            flushMargin();
            blocks.add(block);
            first = false;
        }
        for (String id : paragraph.takeLooseAnchors()) {
            blocks.add(Mark.anchor(id));
        }
    }

    /** A paragraph's settings from its container's style. */
    TextBlock paragraphBlock(String text, List<TextRun> runs, Ctx ctx, List<TextBlock.At> calls,
                             List<TextBlock.At> anchors, TextBlock.Marker marker) {
        Style s = ctx.style();
        FontFace face = env.fonts().chain(s.fontFamily(), s.bold(), s.italic()).primary();
        float size = s.fontSize() / 1000f;
        ParagraphSettings.Alignment alignment = switch (s.textAlign()) {
            case JUSTIFY -> ParagraphSettings.Alignment.JUSTIFY;
            case CENTER -> ParagraphSettings.Alignment.CENTER;
            case RIGHT -> ParagraphSettings.Alignment.RIGHT;
            default -> ParagraphSettings.Alignment.LEFT;
        };
        boolean preserve = s.whiteSpace() == Style.WhiteSpace.PRE || s.whiteSpace() == Style.WhiteSpace.PRE_WRAP;
        // The language's patterns serve even text styled hyphens: manual, for its overlong words
        // only (ParagraphSetter); hyphens: none never breaks a word at a hyphen of ours.
        Hyphenator hyphenator = s.hyphensNone() ? Hyphenator.NONE : env.hyphenators().apply(ctx.lang());
        Length indent = s.textIndent();
        return new TextBlock(text, runs, ctx.left(), ctx.right(), indent, alignment, preserve, hyphenator,
                s.hyphenLimit(), s.lineHeight(), face.ascent() * size, face.descent() * size, s.orphans(), s.widows(),
                s.avoidBreakInside(), calls, anchors, marker);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
