package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.importer.Paragraphs.Paragraph;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * A header of "Label: value" lines at the top of a plain-text story, as writers and
 * FanFiction.net-era archives head a story ("Title: Broken Compass", "Author: …", "Rating: T",
 * "Summary: …", "Pairing: …"), read into metadata under Quire's keys. It needs at least two known
 * labels, the first on the story's first line; a summary or a note may go on over the next lines
 * of its block. Site statistics ("Words:", "Kudos:") are counted again when the book is built and
 * are left out, with a warning.
 */
final class TextHeader {
    private static final Pattern FIELD = Pattern.compile("^([\\p{L}][\\p{L} '’/&]{0,28}?)\\s*:\\s*(.*)$");
    private static final Map<String, String> KEYS = keys();
    /** Free text that may run over several lines. */
    private static final List<String> TEXTS = List.of("summary", "notes", "disclaimer");

    private TextHeader() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String label : List.of("title", "story", "story title")) {
            keys.put(label, "title");
        }
        for (String label : List.of("author", "authors", "writer", "written by", "by", "pen name")) {
            keys.put(label, "author");
        }
        for (String label : List.of("summary", "description", "blurb")) {
            keys.put(label, "summary");
        }
        for (String label : List.of("a/n", "an", "author's note", "authors note", "author's notes", "note", "notes")) {
            keys.put(label, "notes");
        }
        for (String label : List.of("fandom", "fandoms", "category", "categories")) {
            keys.put(label, "fandoms");
        }
        for (String label : List.of("pairing", "pairings", "relationship", "relationships", "ship", "ships")) {
            keys.put(label, "relationships");
        }
        for (String label : List.of("character", "characters")) {
            keys.put(label, "characters");
        }
        for (String label : List.of("warning", "warnings", "archive warning", "archive warnings", "content warning",
                "content warnings", "trigger warning", "trigger warnings", "tw", "cw")) {
            keys.put(label, "warnings");
        }
        for (String label : List.of("genre", "genres", "tags", "tag", "additional tags", "freeform", "freeforms")) {
            keys.put(label, "tags");
        }
        keys.put("rating", "rating");
        keys.put("rated", "rating");
        keys.put("language", "language");
        keys.put("status", "status");
        keys.put("disclaimer", "disclaimer");
        keys.put("series", "series");
        keys.put("published", "published");
        keys.put("updated", "updated");
        for (String label : List.of("words", "word count", "chapters", "kudos", "hits", "bookmarks", "comments", "reviews",
                "favs", "favorites", "follows", "id", "story id")) {
            keys.put(label, "");
        }
        return keys;
    }

    private record Field(String key, String label, StringBuilder value, int line) {
    }

    /** Reads a header at the start of {@code paragraphs} into {@code metadata}, taking its lines off. */
    static void take(Path file, List<Paragraph> paragraphs, Map<String, Object> metadata, List<Diagnostic> warnings) {
        List<Field> fields = new ArrayList<>();
        int used = 0;
        Paragraph rest = null;
        for (Paragraph paragraph : paragraphs) {
            String[] lines = paragraph.text().split("\n");
            if (key(lines[0]) == null) {
                break;
            }
            used++;
            for (int i = 0; i < lines.length; i++) {
                String key = key(lines[i]);
                if (key != null) {
                    Matcher field = FIELD.matcher(lines[i].strip());
                    field.matches();
                    fields.add(new Field(key, field.group(1).strip(), new StringBuilder(field.group(2).strip()),
                            paragraph.line() + i));
                } else if (TEXTS.contains(fields.get(fields.size() - 1).key())) {
                    fields.get(fields.size() - 1).value().append('\n').append(lines[i].strip());
                } else {
                    // The story starts in the header's own block: its lines are text.
                    rest = new Paragraph(String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)),
                            paragraph.line() + i, paragraph.verse(), paragraph.block());
                    break;
                }
            }
            if (rest != null) {
                break;
            }
        }
        if (fields.size() < 2 || used >= paragraphs.size() && rest == null) {
            return;
        }
        paragraphs.subList(0, used).clear();
        if (rest != null) {
            paragraphs.add(0, rest);
        }
        List<String> dropped = new ArrayList<>();
        for (Field field : fields) {
            put(field, metadata, dropped);
        }
        warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, fields.get(0).line()),
                "read these " + fields.size() + " 'Label: value' lines as the story's details ("
                        + String.join(", ", fields.stream().filter(f -> !f.key().isEmpty()).map(Field::key).distinct().toList())
                        + ")" + (dropped.isEmpty() ? "" : "; " + String.join(", ", dropped)
                        + " left out: the book counts them again")));
    }

    /** The Quire key of a header line's label, "" for a statistic, or null when the line is no header field. */
    private static String key(String line) {
        Matcher field = FIELD.matcher(line.strip());
        if (!field.matches()) {
            return null;
        }
        return KEYS.get(field.group(1).strip().toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private static void put(Field field, Map<String, Object> metadata, List<String> dropped) {
        String value = field.value().toString().strip();
        if (field.key().isEmpty()) {
            dropped.add("'" + field.label() + ": " + value + "'");
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        switch (field.key()) {
            case "summary", "notes", "disclaimer" -> metadata.merge(field.key(), MarkdownText.paragraph(value),
                    (a, b) -> a + "\n\n" + b);
            case "fandoms", "relationships", "characters", "warnings", "tags" -> {
                List<String> values = new ArrayList<>(metadata.get(field.key()) instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList() : List.of());
                for (String part : value.split("\\s*[,;]\\s*")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
                metadata.put(field.key(), values);
            }
            case "language" -> Languages.tag(value).ifPresent(tag -> metadata.put("language", tag));
            case "status" -> metadata.put("status", value.toLowerCase(Locale.ROOT).startsWith("complete")
                    ? "complete" : "in-progress");
            case "published", "updated" -> Ao3Tags.readableDate(value).ifPresent(d -> metadata.put(field.key(), d));
            case "series" -> metadata.put("series", Map.of("name", value));
            default -> metadata.put(field.key(), value);
        }
    }
}
