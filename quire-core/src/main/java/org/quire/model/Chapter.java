package org.quire.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One chapter, numbered from 1 in reading order.
 *
 * @param title the title as plain text, for contents, bookmarks and running heads
 * @param untitled true when the author gave the chapter no title (one-shots, "Chapter N")
 * @param titleMarkup the title as the heading prints it: emphasis kept, with a footnote call if
 *     the writer put one there; empty when the title has no markup of its own
 * @param words the words of the chapter's text (notes and summary not counted)
 */
public record Chapter(
        int number,
        String title,
        boolean untitled,
        Xhtml titleMarkup,
        Xhtml summary,
        Xhtml notes,
        Xhtml body,
        Xhtml endNotes,
        int words,
        Path source) {

    public Chapter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleMarkup, "titleMarkup");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(endNotes, "endNotes");
        Objects.requireNonNull(source, "source");
    }
}
