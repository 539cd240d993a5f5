package org.quire.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A story ready to lay out: its metadata, its chapters in reading order, and the warnings
 * found while reading it.
 *
 * @param slug the stable base name of its editions ({@code our-place} for {@code our-place.epub})
 * @param source the story's file (one-shot) or folder (multi-chapter)
 */
public record Story(String slug, Path source, Metadata metadata, List<Chapter> chapters,
                    List<Diagnostic> warnings) {

    public Story {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    public int words() {
        return chapters.stream().mapToInt(Chapter::words).sum();
    }

    /**
     * A one-shot is one file holding the story's metadata and its only, untitled chapter. A
     * folder with one untitled chapter file is a story in chapters that has one so far: its
     * chapter is "Chapter 1" in the story's language.
     */
    public boolean isOneShot() {
        return chapters.size() == 1 && chapters.get(0).untitled() && chapters.get(0).source().equals(source);
    }
}
