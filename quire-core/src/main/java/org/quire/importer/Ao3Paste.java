package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.importer.Paragraphs.Paragraph;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Text copied from an AO3 work page and pasted into a file: the title and byline, then the
 * labels AO3 prints ("Summary:", "Notes:", "Work Text:", "Chapter 1: …", "Chapter Text", the
 * end "Notes:"), and the tag list when it was copied too ("Rating:", "Fandom:", "Additional
 * Tags:", "Stats:"). The labels say what each part is, so they become metadata and notes and
 * are not kept as text; the site's own words ("(See the end of the work for more notes.)") go.
 */
final class Ao3Paste {
    private static final Pattern LABEL = Pattern.compile("^(summary|notes|chapter summary|chapter notes|end notes"
            + "|chapter end notes|work text|chapter text|rating|ratings|archive warnings?|categor(?:y|ies)|fandoms?"
            + "|relationships?|characters?|additional tags|language|series|collections?|stats|published|updated"
            + "|completed|words|chapters|comments|kudos|bookmarks|hits)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^\\(?see the end of the (?:work|chapter) for .*\\)?$"
            + "|^(?:work header|actions|chapter management|share|download)$");
    private static final Pattern CHAPTER = Pattern.compile("(?i)^chapter\\s+(\\d+)(?:\\s*:\\s*(.+))?$");

    private final Path file;
    private final List<Diagnostic> warnings;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<Part> chapters = new ArrayList<>();

    /** One chapter as it is read: its parts by key, each a list of paragraphs. */
    private static final class Part {
        final String title;
        final int line;
        final Map<String, List<Paragraph>> texts = new LinkedHashMap<>();

        Part(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    Ao3Paste(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** True for a paste of an AO3 work page: it has AO3's "Work Text:" or "Chapter Text" label. */
    static boolean isPaste(List<Paragraph> paragraphs) {
        return paragraphs.stream().anyMatch(p -> p.oneLine() && p.text().strip().matches("(?i)(work text|chapter text):?"));
    }

    ImportedStory read(List<Paragraph> paragraphs, String format) {
        Map<String, List<Paragraph>> story = new LinkedHashMap<>();
        List<Paragraph> header = new ArrayList<>();
        List<Paragraph> target = header;
        String tag = null;
        Part chapter = null;
        boolean text = false;
        int dropped = 0;
        int headings = 0; // AO3 numbers its chapter headings 1, 2, 3…
        int tagBlock = -1;
        for (Paragraph paragraph : paragraphs) {
            String line = paragraph.oneLine() ? paragraph.text().strip() : "";
            Matcher label = LABEL.matcher(line);
            Matcher heading = CHAPTER.matcher(line);
            if (BOILERPLATE.matcher(line).matches()) {
                dropped++;
            } else if (heading.matches() && Integer.parseInt(heading.group(1)) == headings + 1) {
                headings++;
                chapter = new Part(heading.group(2) == null ? "" : line, paragraph.line());
                chapters.add(chapter);
                text = false;
                tag = null;
            } else if (label.matches()) {
                String name = label.group(1).toLowerCase(Locale.ROOT);
                tag = null;
                switch (name) {
                    case "work text", "chapter text" -> {
                        if (chapter == null || chapter.texts.containsKey("body")) {
                            chapter = new Part("", paragraph.line());
                            chapters.add(chapter);
                        }
                        target = chapter.texts.computeIfAbsent("body", k -> new ArrayList<>());
                        text = true;
                    }
                    case "summary", "chapter summary" -> target = (chapter == null ? story : chapter.texts)
                            .computeIfAbsent("summary", k -> new ArrayList<>());
                    case "notes", "chapter notes", "end notes", "chapter end notes" -> {
                        String key = text || name.contains("end") ? "end_notes" : "notes";
                        Map<String, List<Paragraph>> owner = chapter == null || chapters.size() == 1 && key.equals("end_notes")
                                && chapter.title.isEmpty() ? story : chapter.texts;
                        target = owner.computeIfAbsent(key, k -> new ArrayList<>());
                        text = false;
                    }
                    default -> {
                        tag = name;
                        tagBlock = paragraph.block();
                        target = story.computeIfAbsent("tag:" + name, k -> new ArrayList<>());
                    }
                }
                if (!label.group(2).isBlank()) {
                    target.add(new Paragraph(label.group(2).strip(), paragraph.line(), false, paragraph.block()));
                }
            } else if (tag != null && tagBlock >= 0 && paragraph.block() != tagBlock && header.isEmpty() && chapter == null
                    && !story.get("tag:" + tag).isEmpty()) {
                // AO3 prints the tag list above the title: after a blank line, the title and byline.
                header.add(paragraph);
                target = header;
                tag = null;
            } else {
                target.add(paragraph);
            }
        }
        header(header);
        story.forEach((key, value) -> {
            if (key.startsWith("tag:")) {
                tags(key.substring(4), value);
            } else if (!value.isEmpty()) {
                metadata.put(key, markdown(value));
            }
        });
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
        }
        warnings.add(Diagnostic.warning("IMPORT-AO3-PASTE", Location.of(file, 1),
                "read as text copied from an AO3 work page: its labels ('Summary:', 'Notes:', 'Work Text:', 'Chapter Text')"
                        + " say where the summary, notes and text are, and are not kept as text"
                        + (dropped > 0 ? "; " + dropped + " line(s) of the site's own ('See the end of the work…') left out" : "")));
        List<ImportedChapter> out = new ArrayList<>();
        for (Part part : chapters) {
            List<Paragraph> body = part.texts.getOrDefault("body", List.of());
            List<Integer> lines = new ArrayList<>();
            StringBuilder markdown = new StringBuilder();
            for (Paragraph paragraph : body) {
                if (markdown.length() > 0) {
                    markdown.append("\n\n");
                    lines.add(0);
                }
                String written = TextReader.SCENE_BREAK.matcher(paragraph.text()).matches() ? "* * *"
                        : TextReader.markdown(paragraph);
                markdown.append(written);
                for (int i = 0; i < written.split("\n", -1).length; i++) {
                    lines.add(paragraph.line() + i);
                }
            }
            out.add(new ImportedChapter(part.title, markdown(part.texts.getOrDefault("summary", List.of())),
                    markdown(part.texts.getOrDefault("notes", List.of())), markdown.toString(),
                    markdown(part.texts.getOrDefault("end_notes", List.of())), part.line, lines));
        }
        if (out.isEmpty()) {
            out.add(new ImportedChapter("", "", "", "", "", 1));
        }
        return new ImportedStory(file, format, metadata, Chapters.fold(out, file, warnings), Optional.empty(), warnings);
    }

    /** The lines above the first label: the work's title, then its author(s). */
    private void header(List<Paragraph> header) {
        List<String> lines = new ArrayList<>();
        int first = header.isEmpty() ? 1 : header.get(0).line();
        header.forEach(p -> lines.addAll(List.of(p.text().split("\n"))));
        if (lines.isEmpty()) {
            return;
        }
        metadata.put("title", lines.get(0).strip());
        if (lines.size() > 1) {
            String byline = lines.get(1).strip();
            String author = TextTitle.author(byline).orElse(byline);
            metadata.put("author", author.contains(", ") ? List.of(author.split("\\s*,\\s*")) : author);
        }
        if (lines.size() > 2) {
            metadata.merge("notes", MarkdownText.paragraph(String.join("\n", lines.subList(2, lines.size()))),
                    (a, b) -> a + "\n\n" + b);
            warnings.add(Diagnostic.warning("IMPORT-NOTE", Location.of(file, first + 2),
                    "the lines under the title and author, before AO3's labels, are kept in the notes"));
        }
    }

    private void tags(String name, List<Paragraph> values) {
        String joined = String.join(", ", values.stream().map(p -> p.text().replace('\n', ',')).toList());
        List<String> list = new ArrayList<>();
        for (String value : joined.split("\\s*,\\s*")) {
            if (!value.isBlank()) {
                list.add(value.strip());
            }
        }
        if (list.isEmpty()) {
            return;
        }
        switch (name) {
            case "rating", "ratings" -> metadata.put("rating", String.join(", ", list));
            case "archive warning", "archive warnings" -> metadata.put("warnings", list);
            case "category", "categories" -> metadata.put("categories", list);
            case "fandom", "fandoms" -> metadata.put("fandoms", list);
            case "relationship", "relationships" -> metadata.put("relationships", list);
            case "character", "characters" -> metadata.put("characters", list);
            case "additional tags", "collection", "collections" -> metadata.put("tags", list);
            case "language" -> Languages.tag(list.get(0)).ifPresentOrElse(t -> metadata.put("language", t),
                    () -> leftOut(name, joined, values, "no language Quire knows"));
            case "series" -> metadata.put("series", Map.of("name", String.join(", ", list)));
            case "published", "updated", "completed" -> {
                String key = name.equals("published") ? "published" : "updated";
                Optional<String> date = Ao3Tags.readableDate(list.get(0));
                if (date.isPresent()) {
                    metadata.put(key, date.get());
                } else {
                    // AO3's stats on one line: "Published: 2024-01-05 Words: 60 Chapters: 1/1 Kudos: 12".
                    Ao3Tags.stats(Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + joined, metadata);
                    if (!metadata.containsKey(key)) {
                        leftOut(name, joined, values, "not a date");
                    }
                }
            }
            case "stats" -> Ao3Tags.stats(joined, metadata);
            case "chapters" -> Ao3Tags.stats("Chapters: " + joined, metadata);
            default -> leftOut(name, joined, values, "the book counts it again"); // words, chapters, kudos, hits…
        }
    }

    /** A label's value that has no key: left out, and said so at its line. */
    private void leftOut(String name, String value, List<Paragraph> values, String why) {
        warnings.add(Diagnostic.warning("IMPORT-CHANGED", Location.of(file, values.get(0).line()),
                "'" + name + ": " + value + "' left out: " + why));
    }

    private static String markdown(List<Paragraph> paragraphs) {
        return String.join("\n\n", paragraphs.stream().map(TextReader::markdown).toList());
    }
}
