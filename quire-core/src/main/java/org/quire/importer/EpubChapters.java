package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts one EPUB page into chapters where the book's contents say chapters start: at the page's
 * start, or at the element an entry's fragment names, so two chapters Calibre put in one file
 * come out as two. An entry whose fragment names something that starts no chapter (a footnote, a
 * back link: Calibre's contents sometimes hold them) is not followed. Text before the first cut
 * continues the chapter before, as when Calibre splits a long chapter over files. A book without
 * contents starts a chapter at each page that opens with a heading.
 */
final class EpubChapters {
    private final HtmlToMarkdown markdown;
    private final List<EpubPackage.Entry> entries;
    private final boolean bookHasContents;
    private final java.util.function.Predicate<String> repeatsMetadata;

    /**
     * @param entries the contents entries that lead into this page
     * @param bookHasContents whether the book's contents are to be followed at all
     * @param repeatsMetadata true for text that only repeats the book's metadata (a title block)
     */
    EpubChapters(HtmlToMarkdown markdown, List<EpubPackage.Entry> entries, boolean bookHasContents,
                 java.util.function.Predicate<String> repeatsMetadata) {
        this.markdown = markdown;
        this.entries = entries;
        this.bookHasContents = bookHasContents;
        this.repeatsMetadata = repeatsMetadata;
    }

    /** Whether {@code entry} starts a chapter in the page {@code body}: the page's start, or a heading in it. */
    static boolean startsChapter(Element body, EpubPackage.Entry entry) {
        if (entry.fragment().isEmpty()) {
            return true;
        }
        Element target = body.getElementById(entry.fragment());
        return target != null && (textBefore(body, target).isBlank() || startsWithHeading(target));
    }

    /** Reads {@code body} into {@code chapters}, continuing the last one where the page starts none. */
    void read(Element body, List<ImportedChapter> chapters) {
        Map<Element, String> cuts = cuts(body);
        boolean startsChapter = cuts.containsKey(body);
        if (!startsChapter && (!bookHasContents || chapters.isEmpty())) {
            // No contents to go by: a page that opens with a heading opens a chapter.
            Element heading = leadingHeading(body);
            if (heading != null) {
                cuts.put(body, "");
                startsChapter = true;
            }
        }
        List<Node> current = new ArrayList<>();
        String[] title = {null};
        Runnable flush = () -> {
            List<String> html = current.stream().map(Node::outerHtml).toList();
            String text = markdown.convert(current);
            current.clear();
            if (title[0] == null) { // text before any cut: the chapter before goes on
                if (text.isBlank()) {
                    return;
                }
                if (chapters.isEmpty() && repeatsMetadata.test(Jsoup.parse(String.join("", html)).text())) {
                    markdown.change(body, "the book's title block before its first chapter is left out: it repeats"
                            + " the title and author");
                    return;
                }
                if (chapters.isEmpty()) {
                    chapters.add(new ImportedChapter("", "", "", text, "", 0));
                } else {
                    ImportedChapter last = chapters.remove(chapters.size() - 1);
                    chapters.add(new ImportedChapter(last.title(), last.summary(), last.notes(),
                            last.body().isBlank() ? text : last.body() + "\n\n" + text, last.endNotes(), last.line()));
                }
            } else {
                chapters.add(new ImportedChapter(title[0], "", "", text, "", 0));
            }
        };
        if (startsChapter) {
            title[0] = title(body, cuts.get(body));
        }
        walk(body, cuts, current, (element, label) -> {
            flush.run();
            title[0] = title(element, label);
        });
        flush.run();
    }

    /** The elements chapters start at, with their contents labels; the page itself for its start. */
    private Map<Element, String> cuts(Element body) {
        Map<Element, String> cuts = new LinkedHashMap<>();
        for (EpubPackage.Entry entry : entries) {
            if (entry.fragment().isEmpty()) {
                cuts.putIfAbsent(body, entry.label());
                continue;
            }
            Element target = body.getElementById(entry.fragment());
            if (target == null) {
                continue; // a note taken out of the page, or nothing at all
            }
            if (textBefore(body, target).isBlank()) {
                cuts.putIfAbsent(body, entry.label());
            } else if (startsWithHeading(target)) {
                cuts.putIfAbsent(target, entry.label());
            }
        }
        return cuts;
    }

    private static boolean startsWithHeading(Element element) {
        if (isHeading(element)) {
            return true;
        }
        Element first = element.children().isEmpty() ? null : element.child(0);
        return first != null && isHeading(first) && element.ownText().isBlank();
    }

    private static boolean isHeading(Element element) {
        return element.normalName().matches("h[1-6]");
    }

    /** The page's first heading, when no text comes before it. */
    private static Element leadingHeading(Element body) {
        Element heading = body.selectFirst("h1, h2, h3, h4, h5, h6");
        return heading != null && textBefore(body, heading).isBlank() ? heading : null;
    }

    private static String textBefore(Element body, Element target) {
        StringBuilder text = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (!before(node, target, text)) {
                break;
            }
        }
        return text.toString().strip();
    }

    /** Appends the text of {@code node} that comes before {@code target}; false once it is reached. */
    private static boolean before(Node node, Node target, StringBuilder text) {
        if (node == target) {
            return false;
        }
        if (node instanceof TextNode t) {
            text.append(t.text());
            return true;
        }
        for (Node child : node.childNodes()) {
            if (!before(child, target, text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A chapter's title: the heading the contents entry points at, or the page's opening heading
     * when it says what the entry says (either leaves the text); else the entry's label.
     */
    private static String title(Element start, String label) {
        Element heading = isHeading(start) ? start : null;
        if (heading == null) {
            Element first = start.selectFirst("h1, h2, h3, h4, h5, h6");
            if (first != null && textBefore(start, first).isBlank()) {
                heading = first;
            }
        }
        if (heading == null || heading.text().isBlank()) {
            return label;
        }
        boolean same = normal(heading.text()).equals(normal(label));
        if (heading == start || label.isBlank() || same) {
            String title = heading.text().strip();
            heading.remove();
            return title;
        }
        return label; // a heading other than the chapter's own ("Author's Note"): it stays in the text
    }

    private interface Boundary {
        void at(Element element, String label);
    }

    private static void walk(Element parent, Map<Element, String> cuts, List<Node> current, Boundary boundary) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child.parent() == null) {
                continue; // a heading taken as a title
            }
            if (child instanceof Element element && cuts.containsKey(element)) {
                boundary.at(element, cuts.get(element));
                if (element.parent() != null) {
                    walk(element, cuts, current, boundary);
                }
            } else if (child instanceof Element element && containsCut(element, cuts)) {
                walk(element, cuts, current, boundary);
            } else if (!(child instanceof TextNode text && text.isBlank())) {
                current.add(child);
            }
        }
    }

    private static boolean containsCut(Element element, Map<Element, String> cuts) {
        for (Element cut : cuts.keySet()) {
            for (Element at = cut.parent(); at != null; at = at.parent()) {
                if (at == element) {
                    return true;
                }
            }
        }
        return false;
    }

    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
