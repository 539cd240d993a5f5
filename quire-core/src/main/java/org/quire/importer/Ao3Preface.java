package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The preface and afterword that AO3 puts around a work in its downloads (otwarchive,
 * {@code app/views/downloads/_download_preface.html.erb} and {@code _download_afterword}): the
 * tag list, stats, title, byline, summary and notes, and the end notes. They become metadata;
 * the download's own words ("Preface", "Posted originally on…", "Please drop by…") are not kept.
 */
final class Ao3Preface {
    private static final Pattern SERIES = Pattern.compile("Part\\s+(\\d+)\\s+of\\s+(.+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("(Published|Updated|Completed):\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CHAPTERS = Pattern.compile("Chapters:\\s*(\\d+)\\s*/\\s*(\\d+|\\?)");

    private Ao3Preface() {
    }

    /** True for a document with AO3's preface: {@code <div id="preface">} with its tag list or message. */
    static boolean isAo3(Element document) {
        Element preface = document.getElementById("preface");
        return preface != null && (!preface.select("dl.tags").isEmpty()
                || preface.select("p.message").text().contains("Archive of Our Own"));
    }

    /** Reads the preface into {@code metadata} under Quire's keys. */
    static void read(Element preface, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        Element title = preface.selectFirst(".meta h1, h1");
        if (title == null) {
            title = preface.selectFirst("p.message b");
        }
        if (title != null && !title.text().isBlank()) {
            metadata.put("title", title.text().strip());
        }
        Element byline = preface.selectFirst(".byline");
        if (byline != null) {
            List<String> authors = byline.select("a").eachText();
            if (authors.isEmpty()) {
                authors = List.of(byline.text().replaceFirst("(?i)^by\\s+", "").strip());
            }
            metadata.put("author", authors.size() == 1 ? authors.get(0) : authors);
        }
        for (Element link : preface.select("p.message a")) {
            if (link.attr("href").contains("/works/")) {
                metadata.put("source", link.attr("href").strip());
            }
        }
        tags(preface, metadata);
        Element meta = preface.selectFirst(".meta");
        if (meta != null) {
            labelled(meta, markdown, metadata, Map.of("summary", "summary", "notes", "notes"));
        }
    }

    /** The work's end notes from the afterword. */
    static void readAfterword(Element afterword, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        Element endNotes = afterword.selectFirst("#endnotes blockquote");
        if (endNotes != null) {
            metadata.put("end_notes", markdown.convert(endNotes));
        }
    }

    /**
     * Reads each {@code <p>Label</p><blockquote>…</blockquote>} pair of {@code container}: AO3
     * writes "Summary", "Notes", "Chapter Summary", "Chapter Notes", "End Notes" this way.
     */
    static Map<String, String> labelled(Element container, HtmlToMarkdown markdown, Map<String, Object> into,
                                        Map<String, String> keys) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Element quote : container.select("> blockquote, > div > blockquote")) {
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

    private static void tags(Element preface, Map<String, Object> metadata) {
        Element list = preface.selectFirst("dl.tags");
        if (list != null) {
            tagList(list, metadata);
        }
    }

    /** A {@code <dl>} of "Label:" terms and tag values, as AO3 and Quire's own title page write it. */
    static void tagList(Element list, Map<String, Object> metadata) {
        for (Element term : list.select("dt")) {
            Element value = term.nextElementSibling();
            if (value == null || !value.normalName().equals("dd")) {
                continue;
            }
            String name = term.text().strip().replaceFirst(":$", "").toLowerCase(Locale.ROOT);
            List<String> values = values(value);
            switch (name) {
                case "rating", "ratings" -> metadata.put("rating", String.join(", ", values));
                case "archive warning", "archive warnings", "warning", "warnings" -> metadata.put("warnings", values);
                case "category", "categories" -> metadata.put("categories", values);
                case "fandom", "fandoms" -> metadata.put("fandoms", values);
                case "relationship", "relationships" -> metadata.put("relationships", values);
                case "character", "characters" -> metadata.put("characters", values);
                case "additional tags", "additional tag", "freeform", "freeforms" -> metadata.put("tags", values);
                case "language" -> Languages.tag(value.text()).ifPresent(tag -> metadata.put("language", tag));
                case "series" -> series(value.text(), metadata);
                case "stats" -> stats(value.text(), metadata);
                case "originally posted at", "source" -> metadata.put("source", value.text().strip());
                case "status" -> metadata.put("status", value.text().toLowerCase(Locale.ROOT).startsWith("complete")
                        ? "complete" : "in-progress");
                case "published", "updated" -> readableDate(value.text()).ifPresent(d -> metadata.put(name, d));
                case "words", "chapters" -> {
                    // Quire's own title page: counted again when the story is built.
                }
                default -> {
                    // Collections and any tag type AO3 adds later: kept as tags, so nothing is lost.
                    List<String> tags = new ArrayList<>(asList(metadata.get("tags")));
                    tags.addAll(values);
                    metadata.put("tags", tags);
                }
            }
        }
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

    private static void series(String text, Map<String, Object> metadata) {
        Matcher matcher = SERIES.matcher(text.strip());
        if (matcher.lookingAt()) {
            String name = matcher.group(2).split(",\\s*Part\\s+\\d+\\s+of")[0].strip().replaceAll("\\s+", " ");
            Map<String, Object> series = new LinkedHashMap<>();
            series.put("name", name);
            series.put("part", Integer.parseInt(matcher.group(1)));
            metadata.put("series", series);
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
        Matcher chapters = CHAPTERS.matcher(text);
        if (chapters.find()) {
            boolean known = !chapters.group(2).equals("?");
            boolean complete = known && chapters.group(1).equals(chapters.group(2));
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("state", complete || completed ? "complete" : "in-progress");
            if (known) {
                status.put("chapters", Integer.parseInt(chapters.group(2)));
            }
            metadata.put("status", status);
        }
    }
}
