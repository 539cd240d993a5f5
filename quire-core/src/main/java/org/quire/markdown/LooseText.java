package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Words left outside any paragraph go into one. A block pasted inside a paragraph
 * ({@code a line and <hr> rule.}) splits it, and HTML's parser leaves the words after the block
 * loose in the chapter or quotation, where a reading system may style them as nothing at all and
 * the PDF's structure tree has no paragraph for them (PDF/UA-1 7.1: content is tagged).
 */
final class LooseText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "section", "aside", "figure", "nav", "header", "footer", "details");

    private LooseText() {
    }

    static void wrap(Element body) {
        List<Element> containers = new ArrayList<>();
        containers.add(body);
        containers.addAll(body.select("blockquote, aside, section"));
        // A div that holds blocks holds paragraphs, and words beside them are one too (a <div>
        // left open wraps the rest of the chapter: its first words stood loose in it).
        for (Element div : body.select("div")) {
            if (div.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()))) {
                containers.add(div);
            }
        }
        for (Element container : containers) {
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(container.childNodes())) {
                if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                    paragraph(run);
                    run.clear();
                } else {
                    run.add(child);
                }
            }
            paragraph(run);
        }
    }

    /** The run's words, trimmed of the whitespace between blocks, as one paragraph. */
    private static void paragraph(List<Node> run) {
        int first = 0;
        int last = run.size() - 1;
        while (first <= last && blank(run.get(first))) {
            first++;
        }
        while (last >= first && blank(run.get(last))) {
            last--;
        }
        if (first > last) {
            return;
        }
        Element p = new Element("p");
        run.get(first).before(p);
        for (Node node : run.subList(first, last + 1)) {
            p.appendChild(node);
        }
        if (p.childNode(0) instanceof TextNode text) {
            text.text(text.getWholeText().stripLeading());
        }
        if (p.childNode(p.childNodeSize() - 1) instanceof TextNode text) {
            text.text(text.getWholeText().stripTrailing());
        }
    }

    private static boolean blank(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }
}
