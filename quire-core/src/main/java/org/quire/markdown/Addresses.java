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
    private static final String NOT_PROSE = "a, code, pre, kbd, samp, span.url";

    private Addresses() {
    }

    static void mark(Element body) {
        List<TextNode> texts = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parent() != null && text.parent().closest(NOT_PROSE) == null) {
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
