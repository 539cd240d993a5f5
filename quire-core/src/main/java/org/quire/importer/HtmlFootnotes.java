package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Footnotes in HTML as Markdown footnotes: a link to a note found in the story's
 * {@link NoteIndex} (by the page it sits in and its id) is a call, {@code [^n]}, and the note
 * its definition, {@code [^n]: text}, several paragraphs indented under the first line (as the
 * Markdown stage reads them, field case 06).
 */
final class HtmlFootnotes {
    private final HtmlToMarkdown converter;
    private final NoteIndex notes;
    private final String page;

    HtmlFootnotes(HtmlToMarkdown converter, NoteIndex notes, String page) {
        this.converter = converter;
        this.notes = notes;
        this.page = page;
    }

    /**
     * Links to notes (pandoc's, Calibre's, EPUB 3 {@code noteref}s, DPUB-ARIA) become Markdown
     * footnote calls {@code [^n]}, each note its definition; the note's back links are left out.
     */
    List<String> link(Element root, String scope, Map<Element, String> references) {
        List<String> definitions = new ArrayList<>();
        Map<Element, Integer> numbers = new LinkedHashMap<>();
        for (Element link : root.select("a[href*=#]")) {
            String href = link.attr("href").strip();
            int hash = href.indexOf('#');
            String id = href.substring(hash + 1);
            if (id.isEmpty() || href.matches("(?i)(https?|mailto):.*")) {
                continue;
            }
            String target = hash == 0 ? page : EpubPaths.resolve(EpubPaths.folderOf(page), href.substring(0, hash));
            java.util.Optional<Element> note = hash == 0 ? notes.find(scope, id) : java.util.Optional.empty();
            if (note.isEmpty()) {
                note = notes.find(target, id);
            }
            if (note.isEmpty()) {
                continue;
            }
            Integer number = numbers.get(note.get());
            if (number == null) {
                number = notes.number();
                numbers.put(note.get(), number);
                definitions.add(definition(number, note.get(), link.id()));
            }
            Element reference = link.parent() != null && link.parent().normalName().equals("sup")
                    && link.parent().childNodeSize() == 1 ? link.parent() : link;
            references.put(reference, "[^" + number + "]");
        }
        return definitions;
    }

    /** {@code [^n]: text}, a note of several paragraphs indented below its first line. */
    private String definition(int number, Element note, String referenceId) {
        Element copy = note.normalName().equals("dl") && note.selectFirst("dd") != null ? note.selectFirst("dd").clone() : note.clone();
        for (Element back : copy.select("a")) {
            String href = back.attr("href");
            boolean backLink = back.attr("role").equals("doc-backlink") || back.hasClass("footnote-back")
                    || (!referenceId.isEmpty() && href.endsWith("#" + referenceId))
                    || (href.contains("#") && back.text().matches("[\\s\\[\\]←↩︎↑^0-9]*"));
            if (backLink) {
                Element parent = back.parent();
                back.remove();
                if (parent != null && parent.normalName().equals("sup") && parent.text().isBlank()) {
                    parent.remove();
                }
            }
        }
        for (TextNode arrow : textNodes(copy)) {
            arrow.text(arrow.getWholeText().replace("↩︎", "").replace("↩", "").replaceFirst("^\\s*\\[\\s*]\\s*", ""));
        }
        String text = converter.fresh().convert(copy).strip();
        StringBuilder out = new StringBuilder("[^" + number + "]: ");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 || lines[i].isBlank() ? "" : "    ").append(i == 0 ? lines[i] : lines[i].stripTrailing().isEmpty() ? "" : lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }
}
