package org.quire.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.importer.InlineMarks.Mark;

/**
 * What an element's name, {@code style}, {@code align} and style-sheet classes say about its
 * text, mapped the way Quire's Markdown stage maps the same HTML in a story (WHATWG HTML §16,
 * "Obsolete features"): {@code <i>}, {@code <em>}, {@code font-style: italic} are emphasis;
 * {@code <b>}, {@code <strong>}, {@code font-weight: bold} strong; {@code <s>}, {@code <strike>},
 * {@code <del>}, {@code line-through} struck; {@code <u>}, {@code <ins>}, {@code underline}
 * underlined; {@code <center>}, {@code align="center"}, {@code text-align: center} a centred
 * block (and {@code right} a right-aligned one). Font, size and colour are the theme's business:
 * unwrapped, the words kept.
 */
final class HtmlMarks {
    /** A centred or right-aligned block: placeholders on lines of their own, read after converting. */
    static final char CENTRE_OPEN = '\uFDE0';
    static final char CENTRE_CLOSE = '\uFDE1';
    static final char RIGHT_OPEN = '\uFDE2';
    static final char RIGHT_CLOSE = '\uFDE3';

    static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "section", "article", "aside", "header",
            "footer", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "pre", "hr", "center", "figure", "figcaption", "address", "details",
            "summary", "nav", "body");
    private static final Set<String> ALIGNABLE = Set.of("p", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "section", "article", "header", "footer", "address", "figure");
    private static final Set<String> MARK_TAGS = Set.of("i", "em", "cite", "dfn", "var", "b", "strong", "s", "strike",
            "del", "u", "ins");
    private static final Set<String> UNWRAPPED = Set.of("font", "big", "small", "tt", "blink", "marquee", "nobr",
            "spacer", "multicol", "basefont");

    private HtmlMarks() {
    }

    /**
     * Marks the text under {@code root} with placeholders ({@link InlineMarks}) and centred or
     * right-aligned blocks with theirs; {@code changed} is told of each element whose look was
     * dropped. Text inside {@code <pre>} and {@code <code>} keeps no marks (code has none).
     */
    static void apply(Element root, Css css, BiConsumer<Element, String> changed) {
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element == root || element.parent() == null) {
                continue;
            }
            String name = element.normalName();
            Map<String, String> style = new java.util.LinkedHashMap<>(css.of(element.className()));
            style.putAll(Css.declarations(element.attr("style")));
            String align = name.equals("center") ? "center"
                    : element.attr("align").strip().toLowerCase(java.util.Locale.ROOT);
            align = style.getOrDefault("text-align", align);
            Set<Mark> marks = marks(name, style);
            if (!marks.isEmpty() && !insideCode(element)) {
                for (Mark mark : marks) {
                    mark(element, mark);
                }
            }
            if (ALIGNABLE.contains(name) && (align.equals("center") || align.equals("middle") || align.equals("right"))
                    && !inside(element, "li", "td", "th", "pre", "dt", "dd")) {
                boolean right = align.equals("right");
                element.before(new Element("p").appendChild(new TextNode(String.valueOf(right ? RIGHT_OPEN : CENTRE_OPEN))));
                element.after(new Element("p").appendChild(new TextNode(String.valueOf(right ? RIGHT_CLOSE : CENTRE_CLOSE))));
            }
            if (name.equals("center")) {
                element.tagName("div");
            } else if (MARK_TAGS.contains(name)) {
                element.unwrap(); // its marks stand in for it
            } else if (UNWRAPPED.contains(name)) {
                changed.accept(element, "<" + name + "> only changes the look; its text is kept, the theme sets the look");
                element.unwrap();
            }
        }
    }

    /** The marks an element's name and style call for, beyond what its name already is. */
    private static Set<Mark> marks(String name, Map<String, String> style) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        switch (name) {
            case "i", "em", "cite", "dfn", "var" -> marks.add(Mark.EM);
            case "b", "strong" -> marks.add(Mark.STRONG);
            case "s", "strike", "del" -> marks.add(Mark.STRUCK);
            case "u", "ins" -> marks.add(Mark.UNDERLINE);
            default -> {
            }
        }
        String fontStyle = style.getOrDefault("font-style", "");
        if (fontStyle.equals("italic") || fontStyle.equals("oblique")) {
            marks.add(Mark.EM);
        } else if (fontStyle.equals("normal")) {
            marks.remove(Mark.EM);
        }
        String weight = style.getOrDefault("font-weight", "");
        boolean heading = name.matches("h[1-6]|th|dt");
        if (!heading && (weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00"))) {
            marks.add(Mark.STRONG);
        } else if (weight.equals("normal") || weight.matches("[1-4]00")) {
            marks.remove(Mark.STRONG);
        }
        String decoration = style.getOrDefault("text-decoration-line", style.getOrDefault("text-decoration", ""));
        if (decoration.contains("underline")) {
            marks.add(Mark.UNDERLINE);
        }
        if (decoration.contains("line-through")) {
            marks.add(Mark.STRUCK);
        }
        if (decoration.equals("none")) {
            marks.remove(Mark.UNDERLINE);
            marks.remove(Mark.STRUCK);
        }
        return marks;
    }

    /**
     * Puts {@code mark}'s placeholders around the element's text. An element holding blocks
     * ({@code <em><p>…</p><p>…</p></em>}) marks the text of each block, never across them, since
     * emphasis in Markdown ends with its paragraph.
     */
    static void mark(Element element, Mark mark) {
        if (element.childNodeSize() == 0) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof Element block && BLOCKS.contains(block.normalName())) {
                wrap(run, mark);
                run.clear();
                if (!block.normalName().matches("ul|ol|dl|table|thead|tbody|tfoot|tr|hr|pre")) {
                    mark(block, mark);
                } else {
                    block.children().forEach(inner -> mark(inner, mark));
                }
            } else {
                run.add(child);
            }
        }
        wrap(run, mark);
    }

    private static void wrap(List<Node> run, Mark mark) {
        if (run.isEmpty() || run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            return;
        }
        run.get(0).before(new TextNode(InlineMarks.open(mark)));
        run.get(run.size() - 1).after(new TextNode(InlineMarks.close(mark)));
    }

    private static boolean inside(Element element, String... names) {
        Set<String> wanted = Set.of(names);
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (wanted.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }

    static boolean insideCode(Node node) {
        for (Node at = node; at != null; at = at.parentNode()) {
            if (at instanceof Element element && (element.normalName().equals("pre") || element.normalName().equals("code"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines holding only a block placeholder become {@code <div class="center">} and
     * {@code </div>} with blank lines around the Markdown inside; neighbouring blocks of the same
     * alignment are joined.
     */
    static String blocks(String markdown) {
        String joined = markdown.replaceAll("[" + CENTRE_CLOSE + "]\\n(?:[> ]*\\n)*[> ]*[" + CENTRE_OPEN + "]", "")
                .replaceAll("[" + RIGHT_CLOSE + "]\\n(?:[> ]*\\n)*[> ]*[" + RIGHT_OPEN + "]", "");
        return joined.replace(String.valueOf(CENTRE_OPEN), "<div class=\"center\">")
                .replace(String.valueOf(RIGHT_OPEN), "<div class=\"right\">")
                .replace(String.valueOf(CENTRE_CLOSE), "</div>").replace(String.valueOf(RIGHT_CLOSE), "</div>");
    }
}
