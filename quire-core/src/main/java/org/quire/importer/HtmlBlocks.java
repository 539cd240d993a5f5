package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML reshaped before flexmark's converter lays it out as Markdown blocks: generic containers
 * unwrapped (flexmark runs a {@code <div>} into the paragraph before it), loose text among
 * blocks made a paragraph, line breaks that break no line removed, tables given a header row.
 */
final class HtmlBlocks {
    private HtmlBlocks() {
    }

    /** Containers flexmark mishandles (it runs a {@code <div>} into the paragraph before it). */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "header", "footer", "main",
            "aside", "nav", "figure", "figcaption", "address", "center", "details", "summary", "hgroup");

    /**
     * Unwraps generic containers, innermost first: one holding blocks gives them up (loose text
     * in it becomes a paragraph of its own), one holding only text becomes a paragraph.
     */
    static void flatten(Element root) {
        List<Element> all = new ArrayList<>(root.getAllElements());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            if (element == root || element.parent() == null || !CONTAINERS.contains(element.normalName())) {
                continue;
            }
            boolean blocks = element.children().stream().anyMatch(c -> HtmlMarks.BLOCKS.contains(c.normalName()));
            if (!blocks) {
                element.tagName("p");
                continue;
            }
            paragraphs(element);
            element.unwrap();
        }
        paragraphs(root);
    }

    /** Wraps each run of text and inline elements among {@code parent}'s blocks in a paragraph. */
    private static void paragraphs(Element parent) {
        if (parent.children().stream().noneMatch(c -> HtmlMarks.BLOCKS.contains(c.normalName()))) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(parent.childNodes())) {
            boolean block = child instanceof Element e && HtmlMarks.BLOCKS.contains(e.normalName());
            if (!block) {
                run.add(child);
                continue;
            }
            wrapRun(run);
            run.clear();
        }
        wrapRun(run);
    }

    private static void wrapRun(List<Node> run) {
        if (run.isEmpty() || run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        run.forEach(paragraph::appendChild);
    }

    /** A Markdown table needs a header row: a table without one gets its first row as header. */
    static void tables(Element root, BiConsumer<Element, String> change) {
        for (Element table : root.select("table")) {
            Element first = table.selectFirst("tr");
            if (first == null || !first.select("> th").isEmpty() || table.selectFirst("thead") != null) {
                continue;
            }
            change.accept(table, "a table's first row is set as its header (a Markdown table needs one)");
            first.select("> td").forEach(cell -> cell.tagName("th"));
        }
    }

    /** A {@code <br>} at the start or end of a block breaks no line, and would end the block early in Markdown. */
    static void breaks(Element root) {
        for (Element br : root.select("br")) {
            Node next = br.nextSibling();
            while (next instanceof TextNode t && t.isBlank()) {
                next = next.nextSibling();
            }
            Node previous = br.previousSibling();
            while (previous instanceof TextNode t && t.isBlank()) {
                previous = previous.previousSibling();
            }
            if (br.nextSibling() instanceof TextNode after) {
                // A line's leading white space is never shown (CSS Text §4.1.1); flexmark would read it as a new paragraph.
                after.text(after.getWholeText().replaceFirst("^[ \\t\\n\\r\\f]+", ""));
            }
            boolean parentBlock = br.parent() != null && HtmlMarks.BLOCKS.contains(br.parent().normalName());
            if (parentBlock && (next == null || previous == null
                    || (next instanceof Element e && HtmlMarks.BLOCKS.contains(e.normalName())))) {
                br.remove();
            }
        }
    }

}
