package org.quire.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The prose of a tree as runs of text per block, for typography that needs its neighbours:
 * a dash, a quote or a French space may sit at the edge of an {@code <em>}. Text inside code
 * ({@code code}, {@code pre}, {@code kbd}, {@code samp}, {@code var}) is verbatim and never
 * visited.
 */
final class BlockText {
    static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var", "tt");
    /** Stands for the edge of a block: no character on that side. */
    static final char EDGE = '\n';

    /** Rewrites one text node knowing the characters just before and after it in its block. */
    interface Rewrite {
        String apply(String text, char before, char after);
    }

    private BlockText() {
    }

    static void rewrite(Element root, Rewrite rewrite) {
        for (List<TextNode> block : blocks(root).values()) {
            for (int i = 0; i < block.size(); i++) {
                TextNode node = block.get(i);
                char before = i == 0 ? EDGE : last(block.get(i - 1).getWholeText());
                char after = i + 1 < block.size() ? first(block.get(i + 1).getWholeText()) : EDGE;
                String text = node.getWholeText();
                String changed = rewrite.apply(text, before, after);
                if (!changed.equals(text)) {
                    node.text(changed);
                }
            }
        }
    }

    /** Text nodes outside verbatim elements, grouped by their nearest block ancestor, in document order. */
    static Map<Element, List<TextNode>> blocks(Element root) {
        Map<Element, List<TextNode>> blocks = new LinkedHashMap<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text && !verbatim(text)) {
                blocks.computeIfAbsent(blockOf(text), key -> new ArrayList<>()).add(text);
            }
        });
        return blocks;
    }

    static Element blockOf(TextNode text) {
        Element parent = text.parent();
        while (parent != null && !parent.isBlock()) {
            parent = parent.parent();
        }
        return parent;
    }

    static boolean verbatim(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if (VERBATIM.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static char last(String text) {
        return text.isEmpty() ? EDGE : text.charAt(text.length() - 1);
    }

    private static char first(String text) {
        return text.isEmpty() ? EDGE : text.charAt(0);
    }
}
