package org.quire.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story's metadata as the author wrote it, with Markdown fields already turned into XHTML.
 * {@code title} is plain text; {@code titleMarkup} keeps the emphasis typed in it (empty when none).
 * Build with {@link #builder(String)}; optional values are empty lists, {@link Xhtml#EMPTY} or
 * empty optionals, never null.
 */
public record Metadata(
        String title,
        Xhtml titleMarkup,
        List<String> authors,
        String language,
        Xhtml summary,
        Xhtml notes,
        Xhtml endNotes,
        List<String> fandoms,
        Optional<String> rating,
        List<String> warnings,
        List<String> categories,
        List<String> relationships,
        List<String> characters,
        List<String> tags,
        Optional<Series> series,
        Status status,
        Optional<LocalDate> published,
        Optional<LocalDate> updated,
        Optional<String> identifier,
        Optional<String> rights,
        Xhtml disclaimer,
        Xhtml dedication,
        Optional<String> cover) {

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleMarkup, "titleMarkup");
        authors = List.copyOf(authors);
        Objects.requireNonNull(language, "language");
        fandoms = List.copyOf(fandoms);
        warnings = List.copyOf(warnings);
        categories = List.copyOf(categories);
        relationships = List.copyOf(relationships);
        characters = List.copyOf(characters);
        tags = List.copyOf(tags);
        Objects.requireNonNull(status, "status");
    }

    public static MetadataBuilder builder(String title) {
        return new MetadataBuilder(title);
    }
}
