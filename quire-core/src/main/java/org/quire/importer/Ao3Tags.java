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
 * A tag list as AO3's download and Quire's own title page write it: a {@code <dl>} of "Label:"
 * terms and their values (otwarchive {@code _download_preface.html.erb}), mapped to Quire's keys:
 * ratings, warnings, categories, fandoms, relationships, characters, tags, language, series,
 * stats (dates, chapters and so status), source.
 */
final class Ao3Tags {
    private static final Pattern SERIES = Pattern.compile("Part\\s+(\\d+)\\s+of\\s+(.+?)(?=,\\s*Part\\s+\\d+\\s+of|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("(Published|Updated|Completed):\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CHAPTERS = Pattern.compile("(?:Chapters:\\s*)?(\\d+)\\s*/\\s*(\\d+|\\?)");

    private Ao3Tags() {
    }

    /** A {@code <dl>} of "Label:" terms and tag values, as AO3 and Quire's own title page write it. */
    static void read(Element list, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        for (Element term : list.select("dt")) {
            Element value = term.nextElementSibling();
            if (value == null || !value.normalName().equals("dd")) {
                continue;
            }
            String name = Ao3Preface.label(term);
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
                Ao3Preface.appendNote(metadata, "notes", MarkdownText.line(line));
            }
        }
    }

    /** AO3's stats line: "Published: 2023-07-14 Updated: … Chapters: 3/5" as dates and status. */
    static void stats(String text, Map<String, Object> metadata) {
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

}
