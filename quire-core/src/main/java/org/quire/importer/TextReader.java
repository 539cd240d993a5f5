package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.importer.Paragraphs.Paragraph;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads a {@code .txt} story as pasted or downloaded from a fan-fiction site: paragraphs, an
 * optional title line ("Title" or "Title by Author"), chapter lines ("Chapter 3", "Chapter Three:
 * The Storm", "~*~ Chapter 2 ~*~"), scene-break lines, and the author's notes at the start and
 * end of the story and of each chapter (see {@link NoteMode}). Each guess is a warning at its line.
 */
final class TextReader {
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final Pattern CHAPTER = Pattern.compile(
            "^[~*=#_\\-•·+\\s]*((?:chapter|ch\\.|part)\\s+(?:\\d+|[ivxlc]+|" + NUMBER_WORD + ")\\b(?:\\s*[:.\\-–—]\\s*.*?)?"
                    + "|prologue\\b.*?|epilogue\\b.*?)[~*=#_\\-•·+\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECORATION = Pattern.compile("[\\s~*=#_\\-•·+]+$");
    private static final Pattern SCENE_BREAK = Pattern.compile(
            "^(?:[\\s*~#=_\\-+•·.]{3,}|[\\s~*]*(?i:o+\\s*O+\\s*o+|x+\\s*X+\\s*x+)[\\s~*]*)$");
    private static final Pattern BY = Pattern.compile("^(.+?)\\s+by\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NOTES = 3;

    private final NoteMode mode;

    TextReader(NoteMode mode) {
        this.mode = mode;
    }

    ImportedStory read(Path file) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        return read(file, TextFile.read(file, warnings), "text", warnings);
    }

    ImportedStory read(Path file, String text, String format, List<Diagnostic> warnings) throws StoryException {
        List<Paragraph> paragraphs = new ArrayList<>(Paragraphs.of(text));
        if (paragraphs.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the file has no text; there is no story to import"));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        title(file, paragraphs, metadata, warnings);
        List<Segment> segments = segments(file, paragraphs, warnings);
        List<ImportedChapter> chapters = new ArrayList<>();
        if (segments.size() == 1 && segments.get(0).title.isEmpty()) {
            Notes notes = notes(file, segments.get(0).paragraphs, metadata, warnings, true);
            metadata.put("notes", notes.before);
            metadata.put("end_notes", notes.after);
            chapters.add(new ImportedChapter("", "", "", notes.body, "", segments.get(0).line));
        } else {
            for (Segment segment : segments) {
                if (segment.title.isEmpty()) { // the text before the first chapter line
                    Notes notes = notes(file, segment.paragraphs, metadata, warnings, false);
                    metadata.put("notes", notes.before);
                    if (!notes.body.isBlank()) {
                        chapters.add(new ImportedChapter("", "", "", notes.body, notes.after, segment.line));
                    }
                    continue;
                }
                Notes notes = notes(file, segment.paragraphs, null, warnings, true);
                chapters.add(new ImportedChapter(segment.title, "", notes.before, notes.body, notes.after, segment.line));
            }
        }
        metadata.values().removeIf(v -> v instanceof String s && s.isBlank());
        return new ImportedStory(file, format, metadata, chapters, Optional.empty(), warnings);
    }

    /** A first line that is short, not a sentence and not a chapter line is the title. */
    private static void title(Path file, List<Paragraph> paragraphs, Map<String, Object> metadata,
                              List<Diagnostic> warnings) {
        Paragraph first = paragraphs.get(0);
        String line = first.text();
        boolean isTitle = paragraphs.size() > 1 && first.oneLine() && line.length() <= 120
                && !line.matches(".*[.,;:!?\"“”'’…)]$") && !line.matches("^[\"“„'‘(\\[-].*")
                && !CHAPTER.matcher(line).matches() && !SCENE_BREAK.matcher(line).matches()
                && NoteGuesser.marker(line).isEmpty() && !NoteGuesser.talksToReaders(line);
        if (isTitle) {
            paragraphs.remove(0);
            Matcher by = BY.matcher(line);
            if (by.matches()) {
                metadata.put("title", by.group(1).strip());
                metadata.put("author", by.group(2).strip());
                warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, first.line()),
                        "read this line as the title '" + by.group(1).strip() + "' by '" + by.group(2).strip() + "'"));
            } else {
                metadata.put("title", line);
                warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, first.line()),
                        "read this line as the title '" + line + "'"));
            }
            return;
        }
        String name = FileTitle.of(file);
        metadata.put("title", name);
        warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                "the text has no title line; the title '" + name + "' comes from the file name"));
    }

    private record Segment(String title, int line, List<Paragraph> paragraphs) {
    }

    private static List<Segment> segments(Path file, List<Paragraph> paragraphs, List<Diagnostic> warnings) {
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment("", paragraphs.isEmpty() ? 1 : paragraphs.get(0).line(), new ArrayList<>());
        for (Paragraph paragraph : paragraphs) {
            Matcher chapter = CHAPTER.matcher(paragraph.text());
            if (paragraph.oneLine() && paragraph.text().length() <= 100 && chapter.matches()) {
                if (!current.paragraphs.isEmpty() || !current.title.isEmpty()) {
                    segments.add(current);
                }
                String title = DECORATION.matcher(chapter.group(1)).replaceAll("").strip();
                current = new Segment(title, paragraph.line(), new ArrayList<>());
                warnings.add(Diagnostic.warning("IMPORT-CHAPTER", Location.of(file, paragraph.line()),
                        "read this line as the start of a chapter titled '" + title + "'"));
            } else if (SCENE_BREAK.matcher(paragraph.text()).matches()) {
                current.paragraphs.add(new Paragraph("* * *", paragraph.line()));
                if (!paragraph.text().strip().equals("* * *")) {
                    warnings.add(Diagnostic.warning("IMPORT-SCENE-BREAK", Location.of(file, paragraph.line()),
                            "read '" + paragraph.text().strip() + "' as a scene break, written as '* * *'"));
                }
            } else {
                current.paragraphs.add(paragraph);
            }
        }
        segments.add(current);
        return segments;
    }

    private record Notes(String before, String body, String after) {
    }

    /**
     * Splits a story's or chapter's paragraphs into notes before, text, notes after.
     *
     * @param story where a marked disclaimer goes ({@code disclaimer}); null inside a chapter
     * @param text whether at least one paragraph must stay text (not so before the first chapter)
     */
    private Notes notes(Path file, List<Paragraph> paragraphs, Map<String, Object> story, List<Diagnostic> warnings,
                        boolean text) {
        int keep = text ? 1 : 0;
        int start = 0;
        int end = paragraphs.size();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        if (mode == NoteMode.EDGES && paragraphs.size() >= 3) {
            before.add(MarkdownText.paragraph(paragraphs.get(0).text()));
            after.add(MarkdownText.paragraph(paragraphs.get(end - 1).text()));
            start = 1;
            end--;
        } else if (mode == NoteMode.GUESS) {
            while (start < Math.min(MAX_NOTES, end - keep) && isNote(paragraphs.get(start))) {
                note(file, paragraphs.get(start), before, story, warnings, "before");
                start++;
            }
            List<String> reversed = new ArrayList<>();
            while (end - keep > start && paragraphs.size() - end < MAX_NOTES && isNote(paragraphs.get(end - 1))) {
                note(file, paragraphs.get(end - 1), reversed, story, warnings, "after");
                end--;
            }
            for (int i = reversed.size() - 1; i >= 0; i--) {
                after.add(reversed.get(i));
            }
        }
        StringBuilder body = new StringBuilder();
        for (Paragraph paragraph : paragraphs.subList(start, end)) {
            body.append(body.length() == 0 ? "" : "\n\n")
                    .append(paragraph.text().equals("* * *") ? "* * *" : MarkdownText.paragraph(paragraph.text()));
        }
        return new Notes(String.join("\n\n", before), body.toString(), String.join("\n\n", after));
    }

    private static boolean isNote(Paragraph paragraph) {
        return NoteGuesser.marker(paragraph.text()).isPresent() || NoteGuesser.talksToReaders(paragraph.text());
    }

    private static void note(Path file, Paragraph paragraph, List<String> notes, Map<String, Object> story,
                             List<Diagnostic> warnings, String where) {
        Optional<String> marker = NoteGuesser.marker(paragraph.text());
        Location at = Location.of(file, paragraph.line());
        if (marker.isEmpty()) {
            notes.add(MarkdownText.paragraph(paragraph.text()));
            warnings.add(Diagnostic.warning("IMPORT-NOTE", at, "read this paragraph as the author's note "
                    + where + " the text, since it talks to readers; set notes to 'none' or 'edges' to change that"));
            return;
        }
        String text = MarkdownText.paragraph(paragraph.text().substring(marker.get().length()).strip());
        if (story != null && NoteGuesser.isDisclaimer(marker.get())) {
            story.merge("disclaimer", text, (a, b) -> a + "\n\n" + b);
            warnings.add(Diagnostic.warning("IMPORT-NOTE", at,
                    "read this paragraph as the disclaimer; its marker '" + marker.get() + "' was removed"));
            return;
        }
        notes.add(text);
        warnings.add(Diagnostic.warning("IMPORT-NOTE", at, "read this paragraph as the author's note " + where
                + " the text; its marker '" + marker.get() + "' was removed"));
    }
}
