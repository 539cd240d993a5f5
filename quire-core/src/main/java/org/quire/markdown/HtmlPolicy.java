package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What raw HTML in a story may keep. Stories come from elsewhere, so the policy is an allow-list:
 * structure and phrasing elements of XHTML stay; scripts, forms, embedded objects, event
 * handlers and anything that would load a resource from outside the book go, each reported.
 */
final class HtmlPolicy {
    /** Removed with their content: they run code, load resources or take input. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "link", "meta", "base", "form", "input", "button", "textarea",
            "select", "option", "noscript", "template", "canvas", "video", "audio", "source", "track",
            "svg", "math", "head", "title", "portal", "dialog");
    /** Kept as they are: valid in EPUB 3 XHTML content documents. */
    private static final Set<String> ALLOWED = Set.of("p", "br", "hr", "em", "strong", "i", "b", "u", "s",
            "del", "ins", "mark", "small", "sub", "sup", "span", "div", "section", "aside", "blockquote",
            "q", "cite", "abbr", "dfn", "code", "kbd", "samp", "var", "pre", "ul", "ol", "li", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tfoot", "tr", "th",
            "td", "caption", "colgroup", "col", "figure", "figcaption", "time", "bdi", "bdo", "ruby", "rt",
            "rp", "wbr", "header", "footer", "address", "center", "font", "img", "body");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir", "href",
            "alt", "colspan", "rowspan", "start", "reversed", "type", "cite", "datetime", "role", "epub:type",
            "style", "value", "scope", "abbr", "headers", "span");

    private HtmlPolicy() {
    }

    /** Makes {@code root}'s tree safe in place and says what it removed, one phrase per change. */
    static List<String> clean(Element root) {
        List<String> removed = new ArrayList<>();
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element.parent() == null && element != root) {
                continue; // inside something already removed
            }
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                removed.add("<" + name + "> element removed");
                element.remove();
                continue;
            }
            if (name.equals("img")) {
                removed.add(describeImage(element));
                element.replaceWith(new Element("span").addClass("image-alt").text(element.attr("alt")));
                continue;
            }
            if (name.equals("center") || name.equals("font")) {
                element.unwrap(); // obsolete in XHTML 5: keep the words, drop the styling
                continue;
            }
            if (!ALLOWED.contains(name)) {
                removed.add("<" + name + "> is not an XHTML element; its text is kept");
                element.unwrap();
                continue;
            }
            cleanAttributes(element, removed);
        }
        return removed;
    }

    private static void cleanAttributes(Element element, List<String> removed) {
        for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue().trim().toLowerCase(Locale.ROOT);
            if (key.startsWith("on")) {
                removed.add("event handler " + key + " removed");
                element.removeAttr(attribute.getKey());
            } else if (key.equals("href") && (value.startsWith("javascript:") || value.startsWith("file:")
                    || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                removed.add("link to " + value.substring(0, value.indexOf(':') + 1) + " removed");
                element.removeAttr(attribute.getKey());
            } else if (key.equals("style") && (value.contains("url(") || value.contains("expression("))) {
                removed.add("style that loads a resource removed");
                element.removeAttr(attribute.getKey());
            } else if (key.equals("id") && !value.matches("[a-z_][a-z0-9_.-]*")) {
                removed.add("id '" + attribute.getValue() + "' is not a valid XML id; removed");
                element.removeAttr(attribute.getKey());
            } else if ((!ATTRIBUTES.contains(key) && !key.startsWith("aria-") && !key.startsWith("data-"))
                    || (key.contains(":") && !key.equals("epub:type"))) {
                element.removeAttr(attribute.getKey()); // unknown or namespaced: not valid in EPUB XHTML
            }
        }
    }

    private static String describeImage(Element image) {
        String source = image.attr("src");
        boolean external = source.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
        return external
                ? "image " + source + " is outside the story and is not fetched; its alt text is kept"
                : "image " + source + " removed (pictures in stories are not supported yet); its alt text is kept";
    }
}
