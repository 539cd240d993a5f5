package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Chapters as readers cut them, made fit to build: a heading with no text of its own ("Part
 * One" just before "The Harbour", a contents line) is no chapter Quire can print, so it is
 * joined to its neighbour, its words kept in order and the join reported.
 */
final class Chapters {
    private Chapters() {
    }

    /**
     * Joins each chapter without text to the next one (its title before the next one's title,
     * its notes before the next one's), or, when it is the last, to the one before (its title
     * and notes after that one's text).
     */
    static List<ImportedChapter> fold(List<ImportedChapter> chapters, Path file, List<Diagnostic> warnings) {
        List<ImportedChapter> out = new ArrayList<>();
        ImportedChapter pending = null;
        for (ImportedChapter chapter : chapters) {
            if (pending != null) {
                chapter = joinForward(pending, chapter, file, warnings);
                pending = null;
            }
            if (chapter.body().isBlank()) {
                pending = chapter;
            } else {
                out.add(chapter);
            }
        }
        if (pending != null && !out.isEmpty()) {
            ImportedChapter before = out.remove(out.size() - 1);
            out.add(joinBack(before, pending, file, warnings));
        } else if (pending != null && !(pending.title().isBlank() && pending.notes().isBlank()
                && pending.summary().isBlank() && pending.endNotes().isBlank())) {
            out.add(pending); // the only chapter, empty: the reader reports EMPTY-STORY
        }
        return out;
    }

    private static ImportedChapter joinForward(ImportedChapter empty, ImportedChapter next, Path file,
                                               List<Diagnostic> warnings) {
        String title = join(empty.title(), next.title());
        if (!empty.title().isBlank()) {
            warnings.add(Diagnostic.warning("IMPORT-CHAPTER", Location.of(file, empty.line()),
                    "'" + empty.title() + "' has no text of its own; it is joined to the next chapter"
                            + (next.title().isBlank() ? "" : ", titled '" + title + "'")));
        }
        return new ImportedChapter(title, paragraphs(empty.summary(), next.summary()),
                paragraphs(empty.notes(), empty.endNotes(), next.notes()), next.body(), next.endNotes(),
                empty.line() > 0 ? empty.line() : next.line(), next.lines());
    }

    private static ImportedChapter joinBack(ImportedChapter before, ImportedChapter empty, Path file,
                                            List<Diagnostic> warnings) {
        warnings.add(Diagnostic.warning("IMPORT-CHAPTER", Location.of(file, empty.line()),
                "'" + empty.title() + "' has no text of its own; it ends the chapter before it"));
        String heading = empty.title().isBlank() ? "" : MarkdownText.line(empty.title());
        return new ImportedChapter(before.title(), before.summary(), before.notes(),
                paragraphs(before.body(), heading), paragraphs(before.endNotes(), empty.summary(), empty.notes(),
                empty.endNotes()), before.line(), before.lines());
    }

    /** Two titles as one: "Part One: The Harbour". */
    static String join(String first, String second) {
        if (first.isBlank()) {
            return second;
        }
        if (second.isBlank()) {
            return first;
        }
        return first.strip() + (first.strip().matches(".*[.:!?…]$") ? " " : ": ") + second.strip();
    }

    private static String paragraphs(String... texts) {
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            if (!text.isBlank()) {
                kept.add(text.strip());
            }
        }
        return String.join("\n\n", kept);
    }
}
