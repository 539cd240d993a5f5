package org.quire.typeset.pages;

import java.util.ArrayList;
import java.util.List;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.Block;
import org.quire.typeset.flow.Gap;
import org.quire.typeset.flow.ImageBlock;
import org.quire.typeset.flow.Mark;
import org.quire.typeset.flow.RuleBlock;
import org.quire.typeset.flow.TableBlock;
import org.quire.typeset.flow.TextBlock;
import org.quire.typeset.lines.BreakParameters;
import org.quire.typeset.lines.BreakRules;
import org.quire.typeset.lines.ParagraphSettings;
import org.quire.typeset.lines.ParagraphSetter;
import org.quire.typeset.lines.SetParagraph;

/**
 * Turns a flow into a galley: paragraphs are broken into lines at their measure, and between
 * lines go the penalties that keep widows and orphans off page ends (CSS {@code widows},
 * {@code orphans}) and make a hyphen at the foot of a page costly. A heading keeps with what
 * follows it. Margins become glue that stretches, so a page can be filled to its depth.
 */
public final class GalleyBuilder {
    /**
     * A page break leaving fewer lines than {@code orphans} or {@code widows}: only if nothing else
     * works, worse than a spread four lines short (a widow is the worse fault, trial 1 finding 3).
     */
    static final int WIDOW = 20_000;
    /**
     * A page ending in a hyphenated word (the reader would turn the page mid-word): only if
     * nothing else works, worse than a widow and than a spread whose pages end two lines apart.
     */
    static final int HYPHEN_AT_FOOT = 2 * WIDOW;

    private final ParagraphSetter setter;
    private final BreakParameters parameters;
    private final BreakRules rules;
    private final LayoutStats stats;

    public GalleyBuilder(BreakParameters parameters, BreakRules rules, LayoutStats stats) {
        this(new ParagraphSetter(parameters), parameters, rules, stats);
    }

    private GalleyBuilder(ParagraphSetter setter, BreakParameters parameters, BreakRules rules, LayoutStats stats) {
        this.setter = setter;
        this.parameters = parameters;
        this.rules = rules;
        this.stats = stats;
    }

    /** The same setting for trials (a table's columns tried at several widths): what it sets is counted nowhere. */
    GalleyBuilder trial() {
        return new GalleyBuilder(setter, parameters, rules, new LayoutStats());
    }

    /** The galley of {@code blocks} set in a column {@code width} points wide. */
    public List<VItem> build(List<Block> blocks, float width) {
        return build(blocks, width, null);
    }

    /**
     * The galley, and in {@code paragraphs} (when not null) each paragraph's block by the index
     * of its first line: what the page breaker needs to set one again a line longer or shorter.
     */
    public List<VItem> build(List<Block> blocks, float width, java.util.Map<Integer, TextBlock> paragraphs) {
        List<VItem> items = new ArrayList<>();
        boolean keep = false;
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (block instanceof TextBlock text) {
                separate(items, keep);
                int first = items.size();
                SetParagraph set = set(text, width, joinsNext(text, blocks, index));
                lines(text, set, items);
                if (paragraphs != null) {
                    paragraphs.put(first + anchorsOnFirstLine(text, set), text);
                }
                keep = false;
            } else if (block instanceof Gap gap) {
                float h = gap.height();
                boolean loose = gap.discardable() && h > 0;
                // Margins stretch by half and shrink by a fifth, so pages with headings, quotations or
                // scene breaks can end level with the pages beside them (TeX's \flushbottom).
                items.add(new VItem.Glue(h, loose ? 0.5f * h : 0, loose ? 0.2f * h : 0, gap.discardable(), !keep));
            } else if (block instanceof RuleBlock rule) {
                separate(items, keep);
                items.add(new VItem.Box(rule.thickness(), (canvas, x, top) -> canvas.rule(x + rule.left(),
                        x + width - rule.right(), top + rule.thickness() / 2, rule.thickness(), rule.color()), List.of()));
                keep = false;
            } else if (block instanceof ImageBlock image) {
                separate(items, keep);
                items.add(new VItem.Box(image.height(), (canvas, x, top) -> canvas.image(image, x + image.left(), top),
                        List.of()));
                keep = false;
            } else if (block instanceof TableBlock table) {
                separate(items, keep);
                new TableLayout(this).rows(table, width, items);
                keep = false;
            } else if (block instanceof Mark mark) {
                switch (mark.kind()) {
                    case KEEP -> keep = true;
                    case BREAK -> items.add(new VItem.Penalty(-VItem.Penalty.NEVER, true, Style.Break.values()[mark.number()]));
                    default -> items.add(new VItem.Marker(mark));
                }
            }
        }
        return items;
    }

    /** Whether the next paragraph's text starts in the same structure element as this one ends in. */
    private static boolean joinsNext(TextBlock text, List<Block> blocks, int index) {
        if (text.runs().isEmpty()) {
            return false;
        }
        Object last = blockOf(tagNode(text.runs().get(text.runs().size() - 1).tag()));
        for (int i = index + 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TextBlock next) {
                return last != null && !next.runs().isEmpty() && last == blockOf(tagNode(next.runs().get(0).tag()));
            }
            if (!(blocks.get(i) instanceof Gap) && !(blocks.get(i) instanceof Mark)) {
                return false;
            }
        }
        return false;
    }

    private static org.quire.typeset.tags.StructNode tagNode(Object tag) {
        return tag instanceof org.quire.typeset.flow.InlineTag inline ? inline.node() : null;
    }

    /** Inline structure types (ISO 32000-1 14.8.4.4): a line ending in a link still ends in its paragraph. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("Span", "Link", "Code", "Quote", "Reference",
            "Annot", "Lbl", "Em", "Strong", "BibEntry");

    /** The block-level element that holds {@code node}'s text: itself, or its nearest block ancestor. */
    private static org.quire.typeset.tags.StructNode blockOf(org.quire.typeset.tags.StructNode node) {
        org.quire.typeset.tags.StructNode at = node;
        while (at != null && INLINE.contains(at.type()) && at.parent() != null) {
            at = at.parent();
        }
        return at;
    }

    /** A place to break between two boxes with no glue between them, unless a keep forbids it. */
    private static void separate(List<VItem> items, boolean keep) {
        for (int i = items.size() - 1; i >= 0; i--) {
            VItem item = items.get(i);
            if (item instanceof VItem.Line || item instanceof VItem.Box) {
                items.add(new VItem.Penalty(keep ? VItem.Penalty.NEVER : 0, false, null));
                return;
            }
            if (!(item instanceof VItem.Marker)) {
                if (keep && item instanceof VItem.Glue) {
                    items.add(new VItem.Penalty(VItem.Penalty.NEVER, false, null));
                }
                return;
            }
        }
    }

    /** Sets a paragraph at the column's width less its insets. */
    SetParagraph set(TextBlock b, float width) {
        return set(b, width, false);
    }

    private SetParagraph set(TextBlock b, float width, boolean spaceAtEnd) {
        float measure = Math.max(1, width - b.left() - b.right());
        ParagraphSettings settings = new ParagraphSettings(measure, b.indent().of(measure), b.alignment(),
                b.preserveSpaces(), b.hyphenator(), rules, parameters.withHyphenLimit(b.hyphenLimit()), spaceAtEnd, b.hang(),
                b.rightToLeft());
        SetParagraph paragraph = setter.set(b.text(), b.runs(), settings);
        stats.paragraph(paragraph, b.alignment() == ParagraphSettings.Alignment.JUSTIFY);
        return paragraph;
    }

    /** How many anchors stand before a paragraph's first line in its galley. */
    static int anchorsOnFirstLine(TextBlock b, SetParagraph p) {
        return (int) b.anchors().stream().filter(anchor -> p.lineOf(anchor.index()) == 0).count();
    }

    /** A paragraph set a line longer or shorter ({@link ParagraphSetter#loosened}); null when it cannot be. */
    SetParagraph loosened(SetParagraph p, int delta) {
        return setter.loosened(p, delta);
    }

    /** The galley items of a set paragraph: its lines, and between them the penalties of breaking there. */
    void lines(TextBlock b, SetParagraph p, List<VItem> items) {
        int n = p.lineCount();
        float top = (b.lineHeight() - (b.ascent() + b.descent())) / 2 + b.ascent();
        List<List<String>> notes = new ArrayList<>();
        List<List<String>> anchors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            notes.add(new ArrayList<>());
            anchors.add(new ArrayList<>());
        }
        b.calls().forEach(call -> notes.get(p.lineOf(call.index())).add(call.id()));
        b.anchors().forEach(anchor -> anchors.get(p.lineOf(anchor.index())).add(anchor.id()));
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int cost = 0;
                if (i < b.orphans() || n - i < b.widows()) {
                    cost = WIDOW;
                }
                if (b.avoidBreakInside()) {
                    cost = VItem.Penalty.NEVER;
                }
                if (p.endsWithHyphen(i - 1)) {
                    cost += HYPHEN_AT_FOOT;
                }
                items.add(new VItem.Penalty(cost, false, null));
            }
            for (String id : anchors.get(i)) {
                items.add(new VItem.Marker(Mark.anchor(id)));
            }
            items.add(new VItem.Line(p, i, b.left(), b.lineHeight(), top, List.copyOf(notes.get(i)),
                    i == 0 ? b.marker() : null));
        }
    }
}
