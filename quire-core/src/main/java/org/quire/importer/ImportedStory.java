package org.quire.importer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quire.model.Diagnostic;

/**
 * A story read from a file in another format, before it is written as Quire source: what the
 * {@code import} command writes and what {@code build} reads through the same story reader.
 *
 * @param origin the writer's file it was read from
 * @param format the format it was read as: {@code text}, {@code markdown}, {@code ao3-html},
 *     {@code html}, {@code epub}, {@code docx}
 * @param metadata the story's metadata under Quire's own keys ({@code title}, {@code notes}…), in
 *     the order they are written; values are text, lists of text, or maps ({@code series},
 *     {@code status}); {@code summary}, {@code notes}, {@code end_notes} and {@code disclaimer}
 *     are Markdown
 * @param chapters the chapters in reading order, at least one
 * @param cover the story's cover picture, when the file had one
 * @param warnings every guess the reader made, at the original file and line
 */
public record ImportedStory(Path origin, String format, Map<String, Object> metadata,
                            List<ImportedChapter> chapters, Optional<Picture> cover, List<Diagnostic> warnings) {

    public ImportedStory {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(cover, "cover");
        warnings = List.copyOf(warnings);
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one chapter");
        }
    }

    /** One chapter with no title, summary or notes of its own: written as a one-shot file. */
    public boolean oneShot() {
        return chapters.size() == 1 && chapters.get(0).plain();
    }

    /** The story's title (the reader always finds one, from the file name at worst). */
    public String title() {
        return String.valueOf(metadata.getOrDefault("title", ""));
    }

    /** A picture taken from the file: its bytes and the extension its format calls for. */
    public record Picture(byte[] bytes, String extension) {
        public Picture {
            bytes = bytes.clone();
            Objects.requireNonNull(extension, "extension");
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
