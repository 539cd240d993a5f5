package org.quire.importer;

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
 */
public record ImportedChapter(String title, String summary, String notes, String body, String endNotes, int line) {

    public ImportedChapter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(endNotes, "endNotes");
    }

    /** Only text: nothing that needs chapter front matter. */
    boolean plain() {
        return title.isBlank() && summary.isBlank() && notes.isBlank() && endNotes.isBlank();
    }

    ImportedChapter withNotes(String newNotes, String newEndNotes) {
        return new ImportedChapter(title, summary, newNotes, body, newEndNotes, line);
    }
}
