package org.quire.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds a {@link Metadata}; every setter is optional but the title. */
public final class MetadataBuilder {
    private final String title;
    private Xhtml titleMarkup = Xhtml.EMPTY;
    private List<String> authors = List.of();
    private String language = "en";
    private Xhtml summary = Xhtml.EMPTY;
    private Xhtml notes = Xhtml.EMPTY;
    private Xhtml endNotes = Xhtml.EMPTY;
    private List<String> fandoms = List.of();
    private String rating;
    private List<String> warnings = List.of();
    private List<String> categories = List.of();
    private List<String> relationships = List.of();
    private List<String> characters = List.of();
    private List<String> tags = List.of();
    private Series series;
    private Status status = Status.UNSPECIFIED;
    private LocalDate published;
    private LocalDate updated;
    private String identifier;
    private String rights;
    private Xhtml disclaimer = Xhtml.EMPTY;
    private Xhtml dedication = Xhtml.EMPTY;
    private String cover;

    MetadataBuilder(String title) {
        this.title = title;
    }

    /** The title with the emphasis the writer typed, when it has some. */
    public MetadataBuilder titleMarkup(Xhtml value) { titleMarkup = value; return this; }
    public MetadataBuilder authors(List<String> value) { authors = value; return this; }
    public MetadataBuilder language(String value) { language = value; return this; }
    public MetadataBuilder summary(Xhtml value) { summary = value; return this; }
    public MetadataBuilder notes(Xhtml value) { notes = value; return this; }
    public MetadataBuilder endNotes(Xhtml value) { endNotes = value; return this; }
    public MetadataBuilder fandoms(List<String> value) { fandoms = value; return this; }
    public MetadataBuilder rating(String value) { rating = value; return this; }
    public MetadataBuilder warnings(List<String> value) { warnings = value; return this; }
    public MetadataBuilder categories(List<String> value) { categories = value; return this; }
    public MetadataBuilder relationships(List<String> value) { relationships = value; return this; }
    public MetadataBuilder characters(List<String> value) { characters = value; return this; }
    public MetadataBuilder tags(List<String> value) { tags = value; return this; }
    public MetadataBuilder series(Series value) { series = value; return this; }
    public MetadataBuilder status(Status value) { status = value; return this; }
    public MetadataBuilder published(LocalDate value) { published = value; return this; }
    public MetadataBuilder updated(LocalDate value) { updated = value; return this; }
    public MetadataBuilder identifier(String value) { identifier = value; return this; }
    public MetadataBuilder rights(String value) { rights = value; return this; }
    public MetadataBuilder disclaimer(Xhtml value) { disclaimer = value; return this; }
    public MetadataBuilder dedication(Xhtml value) { dedication = value; return this; }
    /** A cover picture, relative to the story's folder (or the one-shot's folder). */
    public MetadataBuilder cover(String value) { cover = value; return this; }

    public Metadata build() {
        return new Metadata(title, titleMarkup, authors, language, summary, notes, endNotes, fandoms,
                Optional.ofNullable(rating), warnings, categories, relationships, characters, tags,
                Optional.ofNullable(series), status, Optional.ofNullable(published),
                Optional.ofNullable(updated), Optional.ofNullable(identifier),
                Optional.ofNullable(rights), disclaimer, dedication, Optional.ofNullable(cover));
    }
}
