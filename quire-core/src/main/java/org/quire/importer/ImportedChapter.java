package org.quire.importer;

import java.util.List;
import java.util.Objects;

/**
 * One chapter of an {@link ImportedStory}. Every text is Markdown as Quire reads it; an absent
 * value is the empty string.
 *
 * @param title the chapter's title, or empty (Quire then numbers it)
 * @param summary the chapter's summary
 * @param notes the author's notes before the chapter
 * @param body the chapter's text
 * @param endNotes the author's notes after the chapter
 * @param line the line of the original file where the chapter starts (1-based; 0 when the format
 *     has no lines, as in a DOCX)
 * @param lines for each line of {@code body}, the line of the original file it came from (0 when
 *     unknown); empty when the reader does not know them (HTML, EPUB, DOCX)
 */
public record ImportedChapter(String title, String summary, String notes, String body, String endNotes, int line,
                              List<Integer> lines) {

    public ImportedChapter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(endNotes, "endNotes");
        lines = List.copyOf(lines);
    }

    /** A chapter whose lines in the original are known only by where it starts. */
    public ImportedChapter(String title, String summary, String notes, String body, String endNotes, int line) {
        this(title, summary, notes, body, endNotes, line, List.of());
    }

    /** The line of the original file that line {@code bodyLine} of the body (1-based) came from, else where the chapter starts. */
    public int originalLine(int bodyLine) {
        int known = bodyLine >= 1 && bodyLine <= lines.size() ? lines.get(bodyLine - 1) : 0;
        return known > 0 ? known : line;
    }

    /** Only text: nothing that needs chapter front matter. */
    boolean plain() {
        return title.isBlank() && summary.isBlank() && notes.isBlank() && endNotes.isBlank();
    }
}
