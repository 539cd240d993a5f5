package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web and mail addresses typed in the text are marked {@code span.url}, so that the PDF never
 * hyphenates them (a hyphen added inside an address changes it) and a theme can style them.
 */
final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>]*[^\\s<>.,;:!?)\\]\"'\u2019\u201D]|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Elements whose text is not prose: links, code, and addresses already marked. */
    private static final java.util.Set<String> NOT_PROSE = java.util.Set.of("a", "code", "pre", "kbd", "samp");

    private Addresses() {
    }

    static void mark(Element body) {
        List<TextNode> texts = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text && mayHoldAddress(text.getWholeText()) && prose(text)) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            Matcher address = ADDRESS.matcher(text.getWholeText());
            if (address.find()) {
                split(text, address);
            }
        }
    }

    /**
     * Whether the text has what every address the pattern finds has, so that the pattern (whose
     * mail branch backtracks over every word) runs only where it can match.
     */
    private static boolean mayHoldAddress(String text) {
        return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.");
    }

    /** Outside links, code and marked addresses (a walk up the tree: a CSS query here was parsed per text node). */
    private static boolean prose(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (NOT_PROSE.contains(e.normalName()) || e.normalName().equals("span") && e.hasClass("url")) {
                return false;
            }
        }
        return text.parent() != null;
    }

    private static void split(TextNode text, Matcher address) {
        String whole = text.getWholeText();
        List<Node> pieces = new ArrayList<>();
        int last = 0;
        do {
            if (address.start() > last) {
                pieces.add(new TextNode(whole.substring(last, address.start())));
            }
            pieces.add(new Element("span").addClass("url").text(address.group()));
            last = address.end();
        } while (address.find());
        if (last < whole.length()) {
            pieces.add(new TextNode(whole.substring(last)));
        }
        for (Node piece : pieces) {
            text.before(piece);
        }
        text.remove();
    }
}
