package org.quire.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The preface and afterword that AO3 puts around a work in its downloads (otwarchive,
 * {@code app/views/downloads/_download_preface.html.erb} and {@code _download_afterword}): the
 * tag list, stats, title, byline, summary, notes, related works and end notes. They are found by
 * their ids and labels, not their classes, since Calibre renames classes when it converts a
 * download to EPUB. They become metadata; the download's own words ("Preface", "Posted
 * originally on…", "Please drop by…") are not kept, and what has no key of its own is kept in
 * the notes with a warning.
 */
final class Ao3Preface {
    /** Labels of AO3's tag list, by which it is known whatever its class. */
    private static final Set<String> LABELS = Set.of("rating", "ratings", "archive warning", "archive warnings",
            "category", "categories", "fandom", "fandoms", "relationship", "relationships", "character", "characters",
            "additional tags", "language", "series", "stats", "collections");

    private Ao3Preface() {
    }

    /** True for a document with AO3's preface: {@code <div id="preface">} with its tag list or its message. */
    static boolean isAo3(Element document) {
        Element preface = document.getElementById("preface");
        return preface != null && (tagList(preface) != null || preface.text().contains("Archive of Our Own"));
    }

    /** AO3's tag list: the {@code <dl>} whose terms are its labels ("Rating:", "Fandoms:"…). */
    static Element tagList(Element within) {
        for (Element list : within.select("dl")) {
            for (Element term : list.select("> dt")) {
                if (LABELS.contains(label(term))) {
                    return list;
                }
            }
        }
        return null;
    }

    static String label(Element term) {
        return term.text().strip().replaceFirst(":$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the preface (or one piece of it: Calibre splits it over two files) into
     * {@code metadata}; returns whether it held the tag list.
     */
    static boolean read(Element preface, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        Element title = preface.selectFirst("h1");
        if (title != null && !title.text().isBlank()) {
            metadata.put("title", title.text().strip()); // the work's own title, over an EPUB's dc:title
        } else if (preface.selectFirst("p b") != null && !preface.selectFirst("p b").text().isBlank()) {
            metadata.putIfAbsent("title", preface.selectFirst("p b").text().strip());
        }
        Element byline = byline(preface, preface.selectFirst("h1"));
        if (byline != null) {
            List<String> authors = byline.select("a").eachText();
            if (authors.isEmpty()) {
                authors = List.of(byline.text().replaceFirst("(?i)^by\\s+", "").strip());
            }
            metadata.put("author", authors.size() == 1 ? authors.get(0) : authors);
        }
        for (Element link : preface.select("a[href*=/works/]")) {
            if (link.parent() != null && link.parent().text().contains("Posted originally")) {
                metadata.put("source", link.attr("href").strip());
            }
        }
        Element tags = tagList(preface);
        if (tags != null) {
            Ao3Tags.read(tags, markdown, metadata);
        }
        labelled(preface, markdown, metadata, Map.of("summary", "summary", "notes", "notes"));
        for (Element item : preface.select("ul > li")) {
            String text = item.text().strip();
            if (text.matches("(?is)(inspired by|a translation of|translation into|a response to|for ).*")) {
                markdown.change(item, "'" + shorten(text) + "' (a related work) is kept in the notes");
                appendNote(metadata, "notes", markdown.convert(item));
            }
        }
        return tags != null;
    }

    /** Said once a whole preface is read, since Calibre may have put its tag list in another file. */
    static void noTagList(Element preface, HtmlToMarkdown markdown) {
        markdown.change(preface, "the AO3 preface holds no tag list ('Rating:', 'Fandom:'…); no tags were read");
    }

    /** The byline: AO3's {@code .byline}, or the line after the title that starts with "by". */
    private static Element byline(Element preface, Element title) {
        Element byline = preface.selectFirst(".byline");
        if (byline == null && title != null) {
            Element next = title.nextElementSibling();
            if (next != null && next.text().strip().toLowerCase(Locale.ROOT).startsWith("by ")) {
                byline = next;
            }
        }
        return byline;
    }

    /** The work's end notes, and the works inspired by it, from the afterword. */
    static void readAfterword(Element afterword, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        labelled(afterword, markdown, metadata, Map.of("end_notes", "end_notes"));
        for (Element term : afterword.select("dl > dt")) {
            Element value = term.nextElementSibling();
            if (value != null && value.normalName().equals("dd")) {
                markdown.change(term, "'" + shorten(term.text()) + "' (related works) is kept in the end notes");
                appendNote(metadata, "end_notes", MarkdownText.line(term.text().strip()) + " " + markdown.convert(value));
            }
        }
    }

    static void appendNote(Map<String, Object> metadata, String key, String text) {
        metadata.merge(key, text, (a, b) -> a + "\n\n" + b);
    }

    /**
     * Reads each label paragraph followed by a {@code <blockquote>} inside {@code container}: AO3
     * writes "Summary", "Notes", "Chapter Summary", "Chapter Notes", "End Notes" this way.
     */
    static Map<String, String> labelled(Element container, HtmlToMarkdown markdown, Map<String, Object> into,
                                        Map<String, String> keys) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Element quote : container.select("blockquote")) {
            Element label = quote.previousElementSibling();
            while (label != null && !label.normalName().equals("p")) {
                label = label.previousElementSibling();
            }
            if (label == null) {
                continue;
            }
            String name = label.text().strip().toLowerCase(Locale.ROOT).replaceFirst("^chapter\\s+", "")
                    .replaceFirst(":$", "");
            String key = keys.get(name.equals("end notes") ? "end_notes" : name);
            if (key != null && !found.containsKey(key)) {
                found.put(key, markdown.convert(quote));
                into.put(key, found.get(key));
            }
        }
        return found;
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
