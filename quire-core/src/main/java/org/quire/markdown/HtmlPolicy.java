package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.select.NodeTraversor;

/**
 * What raw HTML in a story becomes. Stories come from elsewhere, so the policy is an allow-list,
 * and it never loses a word: elements of EPUB 3 XHTML stay; presentational HTML pasted from
 * archives is mapped to its equivalent (see {@link PresentationalHtml}); anything else is unwrapped
 * with its text kept. Only what a browser never shows goes whole: scripts, styles, templates and
 * the author's private comments. Event handlers and links or pictures that would load something
 * from outside the book are removed. Each change is reported, one phrase per change.
 */
final class HtmlPolicy {
    /** Removed with their content: code and data, never shown as text by a browser. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template");
    /** Removed without a trace of text: void or metadata elements that hold no words. */
    private static final Set<String> EMPTY = Set.of("link", "meta", "base", "input", "source", "track", "embed",
            "param", "area", "basefont", "frame");
    /** Kept as they are: valid in EPUB 3 XHTML content documents. */
    private static final Set<String> ALLOWED = Set.of("p", "br", "hr", "em", "strong", "i", "b", "u", "s",
            "del", "ins", "mark", "sub", "sup", "span", "div", "section", "aside", "blockquote",
            "q", "cite", "abbr", "dfn", "code", "kbd", "samp", "var", "pre", "ul", "ol", "li", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tfoot", "tr", "th",
            "td", "caption", "colgroup", "col", "figure", "figcaption", "time", "bdi", "bdo", "ruby", "rt",
            "rp", "wbr", "header", "footer", "address", "img", "body");
    /** Elements HTML lays out as blocks though jsoup's parser does not say so. */
    private static final Set<String> BLOCKS = Set.of("summary", "legend", "dialog", "menu", "search", "hgroup");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir", "href",
            "alt", "colspan", "rowspan", "start", "reversed", "type", "cite", "datetime", "role", "epub:type",
            "value", "scope", "abbr", "headers", "span", "align", "style");

    private HtmlPolicy() {
    }

    /** One change to the writer's markup: {@code HTML-REMOVED} or {@code HTML-MAPPED}, and what happened. */
    /**
     * One change to the writer's markup.
     *
     * @param line the line of the element changed within the HTML cleaned, from 1; 0 when unknown
     */
    record Change(String code, String message, int line) {
        static Change removed(String message) {
            return new Change("HTML-REMOVED", message, 0);
        }

        static Change mapped(String message) {
            return new Change("HTML-MAPPED", message, 0);
        }

        Change at(int elementLine) {
            return line > 0 ? this : new Change(code, message, elementLine);
        }
    }

    /** Makes {@code root}'s tree safe in place and says what it changed, one change per entry. */
    static List<Change> clean(Element root) {
        List<Change> changes = new ArrayList<>();
        removePrivate(root);
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element.parent() == null && element != root) {
                continue; // inside something already removed
            }
            int before = changes.size();
            int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
            cleanElement(element, changes);
            for (int i = before; i < changes.size(); i++) {
                changes.set(i, changes.get(i).at(line));
            }
        }
        return changes;
    }

    private static void cleanElement(Element element, List<Change> changes) {
        {
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                changes.add(Change.removed("<" + name + "> removed with its content (a browser never shows it)"));
                element.remove();
            } else if (EMPTY.contains(name)) {
                changes.add(Change.removed("<" + name + "> removed"));
                element.remove();
            } else if (name.equals("a") && element.hasAttr("href") && !linkable(element.attr("href"))) {
                changes.add(Change.removed(describeLink(element.attr("href"))));
                element.unwrap();
            } else if (name.equals("img")) {
                changes.add(Change.removed(describeImage(element)));
                element.replaceWith(new Element("span").addClass("image-alt").text(element.attr("alt")));
            } else if (PresentationalHtml.maps(name)) {
                changes.add(Change.mapped(PresentationalHtml.map(element)));
                cleanAttributes(element, changes);
            } else if (!ALLOWED.contains(name) && (element.isBlock() || BLOCKS.contains(name))) {
                // A block unwrapped would glue its words to its neighbours' ("revealHidden"); inside
                // a paragraph it becomes a span, as XHTML allows no block there.
                boolean inline = element.parent() != null && (element.parent().normalName().equals("p")
                        || !element.parent().isBlock());
                changes.add(Change.removed("<" + name + "> is not used in books; set as a plain "
                        + (inline ? "span" : "block") + ", its text kept"));
                element.tagName(inline ? "span" : "div");
                cleanAttributes(element, changes);
            } else if (!ALLOWED.contains(name)) {
                changes.add(Change.removed("<" + name + "> is not used in books; its text is kept"));
                element.unwrap();
            } else {
                cleanAttributes(element, changes);
            }
        }
    }

    /**
     * The author's comments are private notes (and processing instructions are not prose): never
     * published. Raw data an HTML parser keeps inside an element it does not render as text
     * ({@code <iframe>}, {@code <noembed>} fallbacks) is the writer's words: made text.
     */
    private static void removePrivate(Element root) {
        List<Node> hidden = new ArrayList<>();
        List<org.jsoup.nodes.DataNode> data = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof XmlDeclaration) {
                hidden.add(node);
            } else if (node instanceof org.jsoup.nodes.DataNode raw && node.parent() instanceof Element parent
                    && !DROPPED.contains(parent.normalName())) {
                data.add(raw);
            }
        }, root);
        hidden.forEach(Node::remove);
        data.forEach(raw -> raw.replaceWith(new org.jsoup.nodes.TextNode(raw.getWholeData())));
    }

    private static void cleanAttributes(Element element, List<Change> changes) {
        for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue().trim().toLowerCase(Locale.ROOT);
            if (key.startsWith("on")) {
                changes.add(Change.removed("event handler " + key + " removed"));
                element.removeAttr(attribute.getKey());
            } else if (key.equals("id") && !value.matches("[a-z_][a-z0-9_.-]*")) {
                changes.add(Change.removed("id '" + attribute.getValue() + "' is not a valid XML id; removed"));
                element.removeAttr(attribute.getKey());
            } else if (key.equals("align") || key.equals("style")) {
                PresentationalHtml.mapAttribute(element, attribute.getKey()).map(Change::mapped).ifPresent(changes::add);
            } else if ((!ATTRIBUTES.contains(key) && !key.startsWith("aria-") && !key.startsWith("data-"))
                    || (key.contains(":") && !key.equals("epub:type"))) {
                element.removeAttr(attribute.getKey()); // unknown or namespaced: not valid in EPUB XHTML
            }
        }
    }

    /**
     * Links a book can keep: to a place in itself, or to the web or a mail address. A link to
     * another page of the site a story was pasted from leads nowhere in a book (EPUBCheck RSC-007).
     */
    static boolean linkable(String href) {
        String value = href.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("#") || value.startsWith("http:") || value.startsWith("https:") || value.startsWith("mailto:");
    }

    private static String describeLink(String href) {
        String value = href.strip();
        String scheme = value.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*:.*") ? value.substring(0, value.indexOf(':') + 1) : "";
        return (scheme.isEmpty() ? "link to " + value + " removed: it leads to a page outside this book"
                : "link to " + scheme.toLowerCase(Locale.ROOT) + " removed") + "; its words are kept";
    }

    private static String describeImage(Element image) {
        String source = image.attr("src").isBlank() ? "without a source" : image.attr("src");
        if (source.regionMatches(true, 0, "data:", 0, 5)) {
            return "image written into the text (data:) removed (pictures in stories are not supported yet); its alt text is kept";
        }
        boolean external = source.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
        return external
                ? "image " + source + " is outside the story and is not fetched; its alt text is kept"
                : "image " + source + " removed (pictures in stories are not supported yet); its alt text is kept";
    }
}
