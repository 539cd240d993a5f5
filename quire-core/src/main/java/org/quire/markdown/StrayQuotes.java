package org.quire.markdown;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Curls the straight double quotes that smart punctuation left alone because they have no
 * partner: a paragraph of dialogue that runs on into the next (opening only, as fiction does),
 * or a pasted line that lost its opening quote. A quote after a space or at the start of a block
 * opens; any other closes.
 */
final class StrayQuotes implements NodeVisitor {
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var");
    private final Quotes quotes;
    private Element block;
    private int previous = ' ';

    private StrayQuotes(Quotes quotes) {
        this.quotes = quotes;
    }

    static void curl(Element body, Quotes quotes) {
        NodeTraversor.traverse(new StrayQuotes(quotes), body);
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof TextNode text) || insideVerbatim(text)) {
            return;
        }
        Element owner = blockOf(text);
        if (owner != block) {
            block = owner;
            previous = ' ';
        }
        String value = text.getWholeText();
        if (value.indexOf('"') < 0) {
            remember(value);
            return;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                boolean opens = Character.isWhitespace(previous) || "([{\u2014\u2013".indexOf(previous) >= 0;
                out.append(opens ? quotes.doubleOpen() : quotes.doubleClose());
            } else {
                out.append(c);
            }
            previous = c;
        }
        text.text(out.toString());
    }

    private void remember(String value) {
        if (!value.isEmpty()) {
            previous = value.charAt(value.length() - 1);
        }
    }

    private static Element blockOf(TextNode text) {
        Element parent = text.parent();
        while (parent != null && !parent.isBlock()) {
            parent = parent.parent();
        }
        return parent;
    }

    private static boolean insideVerbatim(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if (VERBATIM.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }
}
