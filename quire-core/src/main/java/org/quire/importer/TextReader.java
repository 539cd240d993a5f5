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
 * Reads a {@code .txt} story as pasted or downloaded from a fan-fiction site: paragraphs
 * ({@link Paragraphs}), a header, title line and byline ({@link TextTitle}), chapter lines
 * ({@link ChapterLines}), scene-break lines, and the author's notes at the start and end of the
 * story and of each chapter (see {@link NoteMode}); text copied from an AO3 work page is read by
 * its labels ({@link Ao3Paste}). What comes before the first chapter line is the story's: its
 * notes, disclaimer and warnings go to the story's metadata, and text that is no note (a
 * prologue without a heading) becomes an opening chapter, titled by its own first line when that
 * is set like a title, else "Prologue" in the story's language. A run of chapter lines with no
 * text between them is a contents list, kept as text. Each guess is a warning at its line.
 */
final class TextReader {
    static final Pattern SCENE_BREAK = Pattern.compile(
            "^(?:[\\s*~#=_\\-+•·.]{3,}|[\\s~*]*(?i:o+\\s*O+\\s*o+|x+\\s*X+\\s*x+)[\\s~*]*)$");
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
        Paragraphs read = Paragraphs.read(text);
        List<Paragraph> paragraphs = new ArrayList<>(read.paragraphs());
        if (paragraphs.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the file has no text; there is no story to import"));
        }
        if (!read.lineBlocks().isEmpty()) {
            int[] first = read.lineBlocks().get(0);
            warnings.add(Diagnostic.warning("IMPORT-PARAGRAPHS", Location.of(file, first[0]),
                    "read each of these " + first[1] + " lines as a paragraph of its own, since they end sentences"
                            + (read.lineBlocks().size() > 1 ? " (and " + (read.lineBlocks().size() - 1)
                            + " more blocks like it)" : "")));
        }
        if (Ao3Paste.isPaste(paragraphs)) {
            return new Ao3Paste(file, warnings).read(paragraphs, format);
        }
        paragraphs = bareMarkers(paragraphs);
        Map<String, Object> metadata = new LinkedHashMap<>();
        TextTitle.take(file, paragraphs, metadata, warnings);
        if (paragraphs.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the file has a title but no text below it"));
        }
        List<Segment> segments = contents(file, segments(file, paragraphs, warnings), warnings);
        List<ImportedChapter> chapters = new ArrayList<>();
        if (segments.size() == 1 && segments.get(0).title.isEmpty()) {
            Notes notes = notes(file, segments.get(0).paragraphs, metadata, warnings, true);
            metadata.put("notes", notes.before);
            metadata.put("end_notes", notes.after);
            chapters.add(new ImportedChapter("", "", "", notes.body, "", segments.get(0).line, notes.lines));
        } else {
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                if (segment.title.isEmpty()) {
                    String next = i + 1 < segments.size() ? segments.get(i + 1).title : "";
                    opening(file, segment, next, metadata, chapters, warnings, text);
                    continue;
                }
                Notes notes = notes(file, segment.paragraphs, null, warnings, true);
                chapters.add(new ImportedChapter(segment.title, "", notes.before, notes.body, notes.after, segment.line,
                        notes.lines));
            }
        }
        metadata.values().removeIf(v -> v instanceof String s && s.isBlank());
        return new ImportedStory(file, format, metadata, Chapters.fold(chapters, file, warnings), Optional.empty(), warnings);
    }

    /**
     * The text before the first chapter line: its notes are the story's; text that is no note is
     * an opening chapter, since a numbered "Chapter 1" would misnumber every chapter after it.
     */
    private void opening(Path file, Segment segment, String next, Map<String, Object> metadata,
                         List<ImportedChapter> chapters, List<Diagnostic> warnings, String text) {
        Notes notes = notes(file, segment.paragraphs, metadata, warnings, false);
        if (notes.body.isBlank()) {
            // Only notes before the first chapter: all of them are the story's notes, in order.
            metadata.put("notes", join(notes.before, notes.after));
            return;
        }
        metadata.put("notes", notes.before);
        if (ChapterLines.number(next) == 2) {
            // The first chapter line is "Chapter 2": the text above it is chapter 1, which Quire numbers.
            warnings.add(Diagnostic.warning("IMPORT-OPENING", Location.of(file, segment.line),
                    "the text before '" + next + "' is read as chapter 1, untitled, so Quire numbers it"));
            chapters.add(new ImportedChapter("", "", "", notes.body, notes.after, segment.line, notes.lines));
            return;
        }
        List<String> body = new ArrayList<>(List.of(notes.body.split("\n\n", -1)));
        List<Integer> lines = new ArrayList<>(notes.lines);
        Paragraph first = segment.paragraphs.stream().filter(p -> notes.body.startsWith(markdown(p))).findFirst().orElse(null);
        String title;
        if (first != null && first.oneLine() && body.size() > 1 && first.text().split("\\s+").length <= 6
                && !first.text().matches(".*[.,;:!?\"”’…]$") && Character.isLetter(first.text().codePointAt(0))
                && !Character.isLowerCase(first.text().codePointAt(0))) {
            title = first.text().strip(); // "Contents", "Before": the opening's own heading
            body.remove(0);
            int cut = markdown(first).split("\n", -1).length + 1;
            lines.subList(0, Math.min(cut, lines.size())).clear();
        } else {
            title = TextLanguage.prologue(TextLanguage.guess(text).orElse("en"));
        }
        warnings.add(Diagnostic.warning("IMPORT-OPENING", Location.of(file, segment.line),
                "the text before the first chapter line is no note: it is kept as an opening chapter titled '" + title
                        + "' (change its title in its front matter, or join it to the chapter after it)"));
        chapters.add(new ImportedChapter(title, "", "", String.join("\n\n", body), notes.after, segment.line, lines));
    }

    /**
     * A note whose marker stands on a line of its own ("A/N:" and the note below it) joined into
     * one paragraph: the marker, then the lines of its block, or else the paragraph after it.
     */
    private static List<Paragraph> bareMarkers(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph marker = paragraphs.get(i);
            if (!marker.oneLine() || !NoteGuesser.isBare(marker.text()) || i + 1 >= paragraphs.size()) {
                out.add(marker);
                continue;
            }
            List<String> note = new ArrayList<>();
            int j = i + 1;
            while (j < paragraphs.size() && marker.block() >= 0 && paragraphs.get(j).block() == marker.block()) {
                note.add(paragraphs.get(j++).text());
            }
            if (note.isEmpty()) {
                note.add(paragraphs.get(j++).text());
            }
            out.add(new Paragraph(marker.text().strip() + "\n" + String.join("\n\n", note), marker.line(), false,
                    marker.block()));
            i = j - 1;
        }
        return out;
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n\n" + b;
    }

    private record Segment(String title, int line, List<Paragraph> paragraphs) {
    }

    private static List<Segment> segments(Path file, List<Paragraph> paragraphs, List<Diagnostic> warnings) {
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment("", paragraphs.isEmpty() ? 1 : paragraphs.get(0).line(), new ArrayList<>());
        java.util.Set<Integer> numbered = ChapterLines.numbered(paragraphs.stream()
                .map(p -> p.oneLine() ? p.text() : "").toList());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            Optional<String> chapter = numbered.contains(i) ? Optional.of(ChapterLines.bareTitle(paragraph.text()))
                    : ChapterLines.title(paragraph.text());
            if (chapter.isPresent()) {
                if (!current.paragraphs.isEmpty() || !current.title.isEmpty()) {
                    segments.add(current);
                }
                current = new Segment(chapter.get(), paragraph.line(), new ArrayList<>());
                warnings.add(Diagnostic.warning("IMPORT-CHAPTER", Location.of(file, paragraph.line()),
                        "read this line as the start of a chapter titled '" + chapter.get() + "'"));
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

    /**
     * Chapter lines in a row with nothing between them, before the chapters themselves: a
     * contents list ("Chapter 1: Rain", "Chapter 2: Sun"). Its lines are kept as text before the
     * first chapter, not taken for chapters without text.
     */
    private static List<Segment> contents(Path file, List<Segment> segments, List<Diagnostic> warnings) {
        int first = segments.isEmpty() || !segments.get(0).title.isEmpty() ? 0 : 1;
        int run = 0;
        while (first + run < segments.size() && segments.get(first + run).paragraphs.isEmpty()) {
            run++;
        }
        if (run < 2 || first + run >= segments.size()) {
            return segments;
        }
        List<Segment> out = new ArrayList<>();
        Segment before = first == 1 ? segments.get(0) : new Segment("", segments.get(0).line, new ArrayList<>());
        List<Paragraph> text = new ArrayList<>(before.paragraphs);
        for (int i = first; i < first + run; i++) {
            text.add(new Paragraph(segments.get(i).title, segments.get(i).line));
        }
        warnings.add(Diagnostic.warning("IMPORT-CONTENTS", Location.of(file, segments.get(first).line),
                "read these " + run + " chapter lines with no text between them as a contents list; they are kept"
                        + " as text before the first chapter (delete them if the book's own contents will do)"));
        out.add(new Segment("", before.line, text));
        out.addAll(segments.subList(first + run, segments.size()));
        return out;
    }

    /** Notes before, text, notes after, and for each line of the text the line of the file it came from. */
    private record Notes(String before, String body, String after, List<Integer> lines) {
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
        if (mode == NoteMode.EDGES && paragraphs.size() >= 3) {
            start = 1;
            end--;
        } else if (mode == NoteMode.GUESS) {
            while (start < Math.min(MAX_NOTES, end - keep) && isNote(paragraphs.get(start))) {
                start++;
            }
            while (end - keep > start && paragraphs.size() - end < MAX_NOTES && isNote(paragraphs.get(end - 1))) {
                end--;
            }
        }
        boolean opening = !text;
        String before = String.join("\n\n", notes(file, paragraphs.subList(0, start), story, warnings,
                opening ? "before the first chapter" : "before the text"));
        String after = String.join("\n\n", notes(file, paragraphs.subList(end, paragraphs.size()), story, warnings,
                opening && start == end ? "before the first chapter" : opening ? "after the opening text" : "after the text"));
        StringBuilder body = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs.subList(start, end)) {
            if (body.length() > 0) {
                body.append("\n\n");
                lines.add(0);
            }
            String markdown = markdown(paragraph);
            body.append(markdown);
            for (int i = 0; i < markdown.split("\n", -1).length; i++) {
                lines.add(paragraph.line() + i);
            }
        }
        return new Notes(before, body.toString(), after, lines);
    }

    private List<String> notes(Path file, List<Paragraph> paragraphs, Map<String, Object> story,
                               List<Diagnostic> warnings, String where) {
        List<String> notes = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (mode == NoteMode.EDGES) {
                notes.add(markdown(paragraph));
            } else {
                note(file, paragraph, notes, story, warnings, where);
            }
        }
        return notes;
    }

    /** A paragraph as Markdown: verse keeps its line breaks as hard breaks; a note of several paragraphs keeps them. */
    static String markdown(Paragraph paragraph) {
        if (paragraph.text().equals("* * *")) {
            return "* * *";
        }
        return markdown(paragraph.text(), paragraph.verse());
    }

    private static String markdown(String text, boolean verse) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\n\n")) {
            String markdown = MarkdownText.paragraph(part);
            parts.add(verse ? markdown.replace("\n", "  \n") : markdown);
        }
        return String.join("\n\n", parts);
    }

    private static boolean isNote(Paragraph paragraph) {
        return NoteGuesser.marker(paragraph.text()).isPresent() || NoteGuesser.talksToReaders(paragraph.text());
    }

    private static void note(Path file, Paragraph paragraph, List<String> notes, Map<String, Object> story,
                             List<Diagnostic> warnings, String where) {
        Optional<NoteGuesser.Marker> marker = NoteGuesser.find(paragraph.text());
        Location at = Location.of(file, paragraph.line());
        if (marker.isEmpty()) {
            notes.add(markdown(paragraph));
            warnings.add(Diagnostic.warning("IMPORT-NOTE", at, "read this paragraph as the author's note "
                    + where + ", since it talks to readers about the story; set notes to 'none' or 'edges'"
                    + " for this story to change that"));
            return;
        }
        String text = markdown(marker.get().strip(paragraph.text()), false);
        if (story != null && marker.get().kind() == NoteGuesser.Kind.DISCLAIMER) {
            story.merge("disclaimer", text, (a, b) -> a + "\n\n" + b);
            warnings.add(Diagnostic.warning("IMPORT-NOTE", at,
                    "read this paragraph as the disclaimer; its marker '" + marker.get().text() + "' was removed"));
            return;
        }
        notes.add(text);
        warnings.add(Diagnostic.warning("IMPORT-NOTE", at, "read this paragraph as the author's note " + where
                + (marker.get().kind() == NoteGuesser.Kind.WARNING ? ", since it starts with the warning label '"
                + marker.get().text() + "'" : "; its marker '" + marker.get().text() + "' was removed")));
    }
}
