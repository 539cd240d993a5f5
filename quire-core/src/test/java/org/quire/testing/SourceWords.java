package org.quire.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.yaml.snakeyaml.Yaml;

/**
 * The words a writer typed, read from a story's source files by a reader of its own: a few
 * regular expressions, not Quire's Markdown pipeline, so that a word the pipeline loses cannot
 * also be lost from what it is checked against. Each piece of text the book prints separately
 * (the title, a note, a chapter's text, each footnote) is a {@link Unit}, in the order a book
 * prints it; chapters' texts are in reading order.
 */
public final class SourceWords {
    /** Keys whose values a book prints as text. */
    private static final List<String> STORY_KEYS = List.of("title", "author", "series", "rating", "warnings",
            "categories", "fandoms", "relationships", "characters", "tags", "summary", "notes", "disclaimer",
            "dedication", "rights");
    private static final List<String> CHAPTER_KEYS = List.of("title", "summary", "notes");
    /** HTML elements a story may carry; other words in angle brackets are text (<Quest accepted>). */
    private static final String HTML = "blockquote|br|center|details|div|h[1-6]|hr|img|li|marquee|ol|p|pre|script|style"
            + "|summary|table|tbody|td|th|thead|tr|ul|xmp|template|section|aside|iframe|object|noscript|svg|math";
    /** Inline elements join the words they touch: H<sub>2</sub>O is "H2O". */
    private static final String INLINE_HTML = "a|abbr|acronym|b|big|blink|cite|code|del|dfn|em|font|i|ins|kbd|q|s|samp|small"
            + "|span|strike|strong|sub|sup|tt|u|var|nobr|mark|ruby|rt|rp|wbr|bdo|bdi|time|data";
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^\\[\\^([^\\]]+)\\]:[ \\t]*(.*(?:\\n(?:[ \\t]+.*|[ \\t]*)(?=\\n|$))*)");

    /** One piece of text: where it comes from, and its words. */
    public record Unit(String name, List<String> words, boolean chapterText) {
    }

    private SourceWords() {
    }

    /** The units of a story folder ({@code story.yaml} and chapters) or a one-shot {@code .md}. */
    public static List<Unit> of(Path story) throws IOException {
        List<Unit> units = new ArrayList<>();
        if (Files.isDirectory(story)) {
            Map<String, Object> yaml = yaml(Files.readString(story.resolve("story.yaml"), StandardCharsets.UTF_8));
            addKeys(units, "story.yaml", yaml, STORY_KEYS);
            for (Path chapter : chapters(story, yaml)) {
                addChapter(units, chapter.getFileName().toString(), Files.readString(chapter, StandardCharsets.UTF_8));
            }
            addKeys(units, "story.yaml", yaml, List.of("end_notes"));
        } else {
            String text = Files.readString(story, StandardCharsets.UTF_8);
            String[] parts = splitFrontMatter(text);
            Map<String, Object> yaml = yaml(parts[0]);
            addKeys(units, story.getFileName().toString(), yaml, STORY_KEYS);
            addBody(units, story.getFileName().toString(), parts[1]);
            addKeys(units, story.getFileName().toString(), yaml, List.of("end_notes"));
        }
        return units;
    }

    private static void addChapter(List<Unit> units, String name, String text) {
        String[] parts = splitFrontMatter(text);
        Map<String, Object> yaml = yaml(parts[0]);
        addKeys(units, name, yaml, CHAPTER_KEYS);
        addBody(units, name, parts[1]);
        addKeys(units, name, yaml, List.of("end_notes"));
    }

    /** A chapter's text without its footnotes, then each footnote as a unit of its own. */
    private static void addBody(List<Unit> units, String name, String markdown) {
        String body = markdown.replaceAll("(?s)<!--.*?-->", " ");
        // A leading heading is the chapter's title: printed in the contents as well as over the text.
        Matcher heading = Pattern.compile("^\\s*#[ \t]+(.*)\\n").matcher(body);
        if (heading.lookingAt()) {
            units.add(new Unit(name + " heading", words(heading.group(1)), false));
            body = body.substring(heading.end());
        }
        Matcher notes = FOOTNOTE.matcher(body);
        List<Unit> footnotes = new ArrayList<>();
        while (notes.find()) {
            footnotes.add(new Unit(name + " note " + notes.group(1), words(notes.group(2)), false));
        }
        units.add(new Unit(name + " text", words(notes.replaceAll(" ")), true));
        units.addAll(footnotes);
    }

    private static void addKeys(List<Unit> units, String name, Map<String, Object> yaml, List<String> keys) {
        for (String key : keys) {
            Object value = yaml.get(key);
            if (value != null) {
                List<String> words = words(flatten(value));
                if (!words.isEmpty()) {
                    units.add(new Unit(name + " " + key, words, false));
                }
            }
        }
    }

    private static String flatten(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(SourceWords::flatten).reduce("", (a, b) -> a + " " + b);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SourceWords::flatten).reduce("", (a, b) -> a + " " + b);
        }
        return String.valueOf(value);
    }

    /** Markdown to words: markup, addresses, footnote calls, attributes and HTML tags out; entities decoded. */
    public static List<String> words(String markdown) {
        String text = markdown
                .replaceAll("(?s)<!--.*?-->", " ")
                // a line of separator symbols (~*~*~, oOoOo) is a scene break, not words
                .replaceAll("(?m)^ {0,3}(?:[oO0]{3,}|(?:[*~_=+#\u2022\u00B7\u00B0.\\-\u2013\u2014][ \\t]*){3,})[ \\t]*$", "")
                // list markers are drawn by the reading system, not text: "1. A Fast-Fish…"
                .replaceAll("(?m)^([ \\t>]*)(?:\\d{1,9}[.)]|[-*+])[ \\t]+", "$1")
                .replaceAll("(?is)<(script|style|template)\\b.*?</\\1\\s*>", " ")
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("\\[\\^[^\\]]+\\]", " ")
                .replaceAll("\\{[.#][^}]*\\}", " ")
                .replaceAll("(?m)^( {0,3}(?:`{3,}|~{3,}))[^`~\\n]*$", "$1") // a fence's language is not text
                .replaceAll("(?i)</?(" + INLINE_HTML + ")(?:\\s[^<>]*)?/?>", "")
                .replaceAll("(?i)</?(" + HTML + ")(?:\\s[^<>]*)?/?>", " ")
                // emphasis and strike marks join the words they wrap: *sub*heading is one word
                .replaceAll("\\*+|~~|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])", "");
        // Entities as CommonMark reads them: with their semicolon (&notanentity; stays as typed).
        return BookWords.tokens(Parser.unescapeEntities(text, true));
    }

    private static String[] splitFrontMatter(String text) {
        String normal = text.replace("\r\n", "\n").replaceFirst("^\uFEFF", "");
        if (normal.startsWith("---\n")) {
            int end = normal.indexOf("\n---", 4);
            if (end > 0) {
                int bodyStart = normal.indexOf('\n', end + 1);
                return new String[] {normal.substring(4, end), bodyStart < 0 ? "" : normal.substring(bodyStart + 1)};
            }
        }
        return new String[] {"", normal};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        Object loaded = text.isBlank() ? null : new Yaml().load(text);
        return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Path> chapters(Path folder, Map<String, Object> yaml) throws IOException {
        if (yaml.get("chapters") instanceof List<?> listed) {
            return ((List<Object>) listed).stream().map(name -> folder.resolve(String.valueOf(name))).toList();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted(Comparator.comparing(SourceWords::naturalKey)).toList();
        }
    }

    /** Natural order of file names: {@code 2-storm.md} before {@code 10-letter.md}. */
    private static String naturalKey(Path file) {
        Matcher digits = Pattern.compile("\\d+").matcher(file.getFileName().toString());
        StringBuilder key = new StringBuilder();
        int last = 0;
        String name = file.getFileName().toString();
        while (digits.find()) {
            key.append(name, last, digits.start()).append(String.format("%020d", Long.parseLong(digits.group())));
            last = digits.end();
        }
        return key.append(name.substring(last)).toString();
    }
}
