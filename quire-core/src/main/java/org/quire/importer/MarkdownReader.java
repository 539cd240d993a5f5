package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quire.markdown.AtxHeading;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads a {@code .md} file without front matter. Its headings say what it is: the highest level
 * used more than once starts chapters ({@code # Chapter 1}, {@code # Chapter 2}); a heading of a
 * higher level used once at the top, or the only heading at the top, is the title; else the
 * title comes from the file name. The text is kept exactly as written: it is already Markdown.
 * Headings inside {@code ```} code fences are not headings.
 */
final class MarkdownReader {
    ImportedStory read(Path file) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        String text = TextFile.read(file, warnings);
        if (text.isBlank()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the file has no text; there is no story to import"));
        }
        String[] lines = text.split("\n", -1);
        Map<Integer, AtxHeading> headings = headings(lines);
        Map<Integer, Integer> levels = new TreeMap<>();
        headings.values().forEach(h -> levels.merge(h.level(), 1, Integer::sum));
        int chapterLevel = levels.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .findFirst().orElse(0);
        Map<String, Object> metadata = new LinkedHashMap<>();
        int from = 0;
        int first = firstText(lines);
        AtxHeading top = headings.get(first);
        if (top != null && (chapterLevel == 0 || top.level() < chapterLevel && levels.get(top.level()) == 1)) {
            metadata.put("title", top.text());
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, first + 1),
                    "the file has no front matter; its heading '" + top.text() + "' is the title"));
            from = first + 1;
        } else {
            metadata.put("title", FileTitle.of(file));
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                    "the file has no front matter and no '# Heading'; the title '" + FileTitle.of(file)
                            + "' comes from the file name"));
        }
        List<ImportedChapter> chapters = new ArrayList<>();
        String title = "";
        int start = from;
        for (int i = from; i <= lines.length; i++) {
            AtxHeading heading = i < lines.length ? headings.get(i) : null;
            boolean cut = i == lines.length || heading != null && heading.level() == chapterLevel;
            if (!cut) {
                continue;
            }
            int bodyStart = start;
            while (bodyStart < i && lines[bodyStart].isBlank()) {
                bodyStart++;
            }
            String body = String.join("\n", java.util.Arrays.copyOfRange(lines, bodyStart, i)).strip();
            if (!body.isEmpty() || !title.isEmpty()) {
                List<Integer> numbers = new ArrayList<>();
                for (int n = bodyStart; n < i; n++) {
                    numbers.add(n + 1);
                }
                chapters.add(new ImportedChapter(title, "", "", body.isEmpty() ? "" : body + "\n", "", bodyStart + 1, numbers));
            }
            if (heading != null) {
                title = heading.text();
                start = i + 1;
                warnings.add(Diagnostic.warning("IMPORT-CHAPTER", Location.of(file, i + 1),
                        "read this heading as the start of a chapter titled '" + title + "'"));
            }
        }
        chapters = Chapters.fold(chapters, file, warnings);
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, from + 1),
                    "the file has a title but no text below it"));
        }
        return new ImportedStory(file, "markdown", metadata, chapters, Optional.empty(), warnings);
    }

    /** The ATX headings by line index, outside {@code ```} fences (a line of {@code ~~~} is a scene break in Quire). */
    private static Map<Integer, AtxHeading> headings(String[] lines) {
        Map<Integer, AtxHeading> headings = new LinkedHashMap<>();
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                int index = i;
                AtxHeading.of(lines[i]).ifPresent(h -> headings.put(index, h));
            }
        }
        return headings;
    }

    private static int firstText(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return 0;
    }
}
