package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML that Quire's Markdown has no form for, mapped to one that prints the same words the same
 * way, each kind reported once as a change: a quotation ({@code <q>}, whose marks a browser draws,
 * HTML §4.5.7) gets its quotation marks as text, straight ones that Quire sets in the story's
 * language; a definition list ({@code <dl>}, which flexmark would write as {@code : definition}
 * lines Quire reads as text) becomes each term as a paragraph with its definition as an indented
 * quote under it; and an empty line inside a paragraph ({@code <br><br>}, a stanza break)
 * becomes a paragraph break, where one hard break would join the stanzas.
 */
final class HtmlMapped {
    private HtmlMapped() {
    }

    static void apply(Element root, BiConsumer<Element, String> change) {
        quotations(root, change);
        definitionLists(root, change);
        stanzaBreaks(root, change);
    }

    private static void quotations(Element root, BiConsumer<Element, String> change) {
        List<Element> quotes = new ArrayList<>(root.select("q"));
        for (Element quote : quotes) {
            boolean inner = quote.parents().stream().anyMatch(p -> p.normalName().equals("q"));
            String mark = inner ? "'" : "\"";
            change.accept(quote, "a quotation (<q>) gets its quotation marks as text");
            quote.prependChild(new TextNode(mark));
            quote.appendChild(new TextNode(mark));
        }
        for (Element quote : quotes) {
            quote.unwrap();
        }
    }

    private static void definitionLists(Element root, BiConsumer<Element, String> change) {
        for (Element list : new ArrayList<>(root.select("dl"))) {
            if (list.parent() == null) {
                continue;
            }
            change.accept(list, "a definition list (<dl>) is written as its terms, each with its definition as an"
                    + " indented quote under it: Quire's Markdown has no definition lists");
            List<Node> blocks = new ArrayList<>();
            for (Element item : list.children()) {
                Element block;
                if (item.normalName().equals("dd")) {
                    block = new Element("blockquote");
                    Element content = hasBlocks(item) ? block : block.appendElement("p");
                    moveChildren(item, content);
                } else {
                    block = new Element("p");
                    moveChildren(item, block);
                }
                blocks.add(block);
            }
            for (Node block : blocks) {
                list.before(block);
            }
            list.remove();
        }
    }

    private static boolean hasBlocks(Element element) {
        return element.children().stream().anyMatch(c -> c.normalName().matches("p|div|ul|ol|blockquote|table|pre|h[1-6]"));
    }

    private static void moveChildren(Element from, Element to) {
        for (Node child : new ArrayList<>(from.childNodes())) {
            to.appendChild(child);
        }
    }

    private static void stanzaBreaks(Element root, BiConsumer<Element, String> change) {
        for (Element paragraph : new ArrayList<>(root.select("p"))) {
            if (paragraph.parent() == null || paragraph.select("br").size() < 2) {
                continue;
            }
            List<List<Node>> stanzas = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            List<Node> children = new ArrayList<>(paragraph.childNodes());
            for (int i = 0; i < children.size(); i++) {
                Node node = children.get(i);
                int next = nextNonBlank(children, i + 1);
                if (isBr(node) && next < children.size() && isBr(children.get(next))) {
                    stanzas.add(current);
                    current = new ArrayList<>();
                    i = next;
                    while (nextNonBlank(children, i + 1) < children.size() && isBr(children.get(nextNonBlank(children, i + 1)))) {
                        i = nextNonBlank(children, i + 1);
                    }
                } else {
                    current.add(node);
                }
            }
            stanzas.add(current);
            stanzas.removeIf(nodes -> nodes.stream().allMatch(HtmlMapped::isBlank));
            if (stanzas.size() < 2) {
                continue;
            }
            change.accept(paragraph, "an empty line inside a paragraph (<br><br>) is kept as a paragraph break");
            for (List<Node> stanza : stanzas) {
                Element copy = paragraph.shallowClone();
                stanza.forEach(copy::appendChild);
                paragraph.before(copy);
            }
            paragraph.remove();
        }
    }

    private static int nextNonBlank(List<Node> nodes, int from) {
        int i = from;
        while (i < nodes.size() && isBlank(nodes.get(i)) && !isBr(nodes.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBr(Node node) {
        return node instanceof Element element && element.normalName().equals("br");
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }
}
