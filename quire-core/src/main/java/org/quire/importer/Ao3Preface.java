package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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
    private static final Pattern SERIES = Pattern.compile("Part\\s+(\\d+)\\s+of\\s+(.+?)(?=,\\s*Part\\s+\\d+\\s+of|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("(Published|Updated|Completed):\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CHAPTERS = Pattern.compile("(?:Chapters:\\s*)?(\\d+)\\s*/\\s*(\\d+|\\?)");
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

    private static String label(Element term) {
        return term.text().strip().replaceFirst(":$", "").toLowerCase(Locale.ROOT);
    }

    /** Reads the preface (or one piece of it: Calibre splits it over two files) into {@code metadata}. */
    static void read(Element preface, HtmlToMarkdown markdown, Map<String, Object> metadata) {
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
            tagList(tags, markdown, metadata);
        }
        labelled(preface, markdown, metadata, Map.of("summary", "summary", "notes", "notes"));
        for (Element item : preface.select("ul > li")) {
            String text = item.text().strip();
            if (text.matches("(?is)(inspired by|a translation of|translation into|a response to|for ).*")) {
                markdown.change(item, "'" + shorten(text) + "' (a related work) is kept in the notes");
                appendNote(metadata, "notes", markdown.convert(item));
            }
        }
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

    private static void appendNote(Map<String, Object> metadata, String key, String text) {
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

    /** A {@code <dl>} of "Label:" terms and tag values, as AO3 and Quire's own title page write it. */
    static void tagList(Element list, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        for (Element term : list.select("dt")) {
            Element value = term.nextElementSibling();
            if (value == null || !value.normalName().equals("dd")) {
                continue;
            }
            String name = label(term);
            List<String> values = values(value);
            switch (name) {
                case "rating", "ratings" -> metadata.put("rating", String.join(", ", values));
                case "archive warning", "archive warnings", "warning", "warnings" -> metadata.put("warnings", values);
                case "category", "categories" -> metadata.put("categories", values);
                case "fandom", "fandoms" -> metadata.put("fandoms", values);
                case "relationship", "relationships" -> metadata.put("relationships", values);
                case "character", "characters" -> metadata.put("characters", values);
                case "additional tags", "additional tag", "freeform", "freeforms", "tags" -> addTags(metadata, values);
                case "language" -> Languages.tag(value.text()).ifPresent(tag -> metadata.put("language", tag));
                case "series" -> series(value, markdown, metadata);
                case "stats" -> stats(value.text(), metadata);
                case "originally posted at", "source" -> metadata.put("source", value.text().strip());
                case "status" -> status(metadata, value.text().toLowerCase(Locale.ROOT).startsWith("complete")
                        ? "complete" : "in-progress", 0);
                case "published", "updated" -> readableDate(value.text()).ifPresent(d -> metadata.put(name, d));
                case "chapters" -> chapters(value.text(), metadata); // Quire's own title page: "3/4"
                case "words" -> {
                    // counted again when the story is built
                }
                default -> {
                    // Collections and any tag type AO3 adds later have no key: kept as tags, and said so.
                    markdown.change(term, "'" + term.text().strip() + "' has no key of its own; kept as tags");
                    addTags(metadata, values);
                }
            }
        }
    }

    private static void addTags(Map<String, Object> metadata, List<String> values) {
        List<String> tags = new ArrayList<>(asList(metadata.get("tags")));
        tags.addAll(values);
        metadata.put("tags", tags);
    }

    /** "1 October 2026", "October 1, 2026" or "2026-10-01" as {@code 2026-10-01}. */
    static java.util.Optional<String> readableDate(String text) {
        for (String pattern : List.of("uuuu-MM-dd", "d MMMM uuuu", "MMMM d, uuuu", "d MMM uuuu")) {
            try {
                return java.util.Optional.of(java.time.LocalDate.parse(text.strip(),
                        java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)).toString());
            } catch (java.time.format.DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> values(Element value) {
        Elements links = value.select("a");
        if (!links.isEmpty()) {
            return links.eachText().stream().map(String::strip).toList();
        }
        List<String> values = new ArrayList<>();
        for (String part : value.text().split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The first series is {@code series}; Quire has one, so any further ones are kept in the notes. */
    private static void series(Element value, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        Matcher matcher = SERIES.matcher(value.text().strip());
        boolean first = true;
        while (matcher.find()) {
            String name = matcher.group(2).strip().replaceAll("\\s+", " ");
            if (first) {
                Map<String, Object> series = new LinkedHashMap<>();
                series.put("name", name);
                series.put("part", Integer.parseInt(matcher.group(1)));
                metadata.put("series", series);
                first = false;
            } else {
                String line = "Part " + matcher.group(1) + " of " + name + ".";
                markdown.change(value, "a second series ('" + line + "') is kept in the notes: a story has one series");
                appendNote(metadata, "notes", MarkdownText.line(line));
            }
        }
    }

    private static void stats(String text, Map<String, Object> metadata) {
        Matcher date = DATE.matcher(text);
        boolean completed = false;
        while (date.find()) {
            switch (date.group(1)) {
                case "Published" -> metadata.put("published", date.group(2));
                case "Completed" -> {
                    metadata.put("updated", date.group(2));
                    completed = true;
                }
                default -> metadata.put("updated", date.group(2));
            }
        }
        Matcher chapters = Pattern.compile("Chapters:\\s*(\\d+)\\s*/\\s*(\\d+|\\?)").matcher(text);
        if (chapters.find()) {
            boolean known = !chapters.group(2).equals("?");
            boolean complete = known && chapters.group(1).equals(chapters.group(2));
            status(metadata, complete || completed ? "complete" : "in-progress",
                    known ? Integer.parseInt(chapters.group(2)) : 0);
        }
    }

    /** "3/4" on Quire's own title page: four chapters planned. */
    private static void chapters(String text, Map<String, Object> metadata) {
        Matcher chapters = CHAPTERS.matcher(text);
        if (chapters.find() && !chapters.group(2).equals("?")) {
            Object status = metadata.get("status");
            String state = status instanceof Map<?, ?> map ? String.valueOf(map.get("state"))
                    : status != null ? String.valueOf(status)
                    : chapters.group(1).equals(chapters.group(2)) ? "complete" : "in-progress";
            status(metadata, state, Integer.parseInt(chapters.group(2)));
        }
    }

    private static void status(Map<String, Object> metadata, String state, int planned) {
        Object old = metadata.get("status");
        int chapters = planned > 0 ? planned : old instanceof Map<?, ?> map && map.get("chapters") instanceof Integer n ? n : 0;
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", state);
        if (chapters > 0) {
            status.put("chapters", chapters);
        }
        metadata.put("status", status);
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
