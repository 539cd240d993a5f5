package org.quire.read;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.quire.markdown.MarkdownConverter;
import org.quire.model.Diagnostic;
import org.quire.model.Metadata;
import org.quire.model.MetadataBuilder;
import org.quire.model.Series;
import org.quire.model.Status;
import org.quire.model.Xhtml;

/** Binds a story's YAML keys to {@link Metadata}, reporting each bad value at its line. */
final class MetadataBinder {
    private final List<Diagnostic> sink;

    MetadataBinder(List<Diagnostic> sink) {
        this.sink = sink;
    }

    /** The story's language tag, checked as BCP 47; {@code en} when absent or wrong. */
    String language(YamlFields fields) {
        String tag = fields.text("language").map(String::strip).orElse("en");
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            sink.add(Diagnostic.error("BAD-LANGUAGE", fields.location("language"),
                    "'" + tag + "' is not a BCP 47 language tag; write one like en, en-GB, de or pt-BR"));
            return "en";
        }
    }

    Metadata bind(YamlFields fields, String language, MarkdownConverter markdown) {
        String title = fields.text("title").map(String::strip).orElse("");
        if (title.isEmpty()) {
            sink.add(Diagnostic.error("MISSING-TITLE", fields.has("title") ? fields.location("title")
                    : fields.locationOfMapping(), "the story has no title; add a line like 'title: My Story'"));
        }
        org.quire.markdown.InlineTitle inline = markdown.title(title);
        MetadataBuilder builder = Metadata.builder(inline.text())
                .titleMarkup(inline.markup())
                .authors(plain(fields.texts("author"), markdown))
                .language(language)
                .summary(markdown(fields, "summary", markdown))
                .notes(markdown(fields, "notes", markdown))
                .endNotes(markdown(fields, "end_notes", markdown))
                .fandoms(plain(fields.texts("fandoms"), markdown))
                .rating(fields.text("rating").map(markdown::plain).orElse(null))
                .warnings(plain(fields.texts("warnings"), markdown))
                .categories(plain(fields.texts("categories"), markdown))
                .relationships(plain(fields.texts("relationships"), markdown))
                .characters(plain(fields.texts("characters"), markdown))
                .tags(plain(fields.texts("tags"), markdown))
                .series(series(fields, markdown))
                .status(status(fields))
                .published(fields.date("published").orElse(null))
                .updated(fields.date("updated").orElse(null))
                .identifier(fields.text("identifier").orElse(null))
                .rights(fields.text("rights").orElse(null))
                .disclaimer(markdown(fields, "disclaimer", markdown))
                .dedication(markdown(fields, "dedication", markdown))
                .cover(fields.text("cover").map(String::strip).filter(c -> !c.isEmpty()).orElse(null));
        return builder.build();
    }

    /** A Markdown-valued key: notes, summaries and the like may use emphasis, links and paragraphs. */
    Xhtml markdown(YamlFields fields, String key, MarkdownConverter markdown) {
        return markdown(fields, key, markdown, "");
    }

    /** @param idPrefix keeps the ids of footnotes in notes unique when chapters share one document (the PDF) */
    Xhtml markdown(YamlFields fields, String key, MarkdownConverter markdown, String idPrefix) {
        return fields.text(key)
                .map(text -> markdown.fragment(text, fields.file(), fields.valueLine(key), idPrefix + key + "-", sink))
                .orElse(Xhtml.EMPTY);
    }

    private Series series(YamlFields fields, MarkdownConverter markdown) {
        if (!fields.has("series")) {
            return null;
        }
        if (!fields.isMapping("series")) {
            return fields.text("series").map(name -> new Series(markdown.plain(name.strip()), 0)).orElse(null);
        }
        YamlFields series = fields.mapping("series", KeyNames.SERIES).orElseThrow();
        String name = series.text("name").map(String::strip).orElse("");
        if (name.isEmpty()) {
            sink.add(Diagnostic.error("YAML-TYPE", fields.location("series"),
                    "'series' needs a 'name', like 'series: {name: Northern Tales, part: 2}'"));
            return null;
        }
        return new Series(markdown.plain(name), series.count("part").orElse(0));
    }

    private static List<String> plain(List<String> values, MarkdownConverter markdown) {
        return values.stream().map(String::strip).map(markdown::plain).toList();
    }

    private Status status(YamlFields fields) {
        if (!fields.has("status")) {
            return Status.UNSPECIFIED;
        }
        YamlFields status = fields.isMapping("status")
                ? fields.mapping("status", KeyNames.STATUS).orElseThrow() : null;
        String state = status != null ? status.text("state").orElse("") : fields.text("status").orElse("");
        int planned = status != null ? status.count("chapters").orElse(0) : 0;
        String normal = state.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (normal) {
            case "complete", "completed", "finished", "done" -> new Status(Status.State.COMPLETE, planned);
            case "in-progress", "wip", "ongoing", "incomplete", "work-in-progress" ->
                    new Status(Status.State.IN_PROGRESS, planned);
            case "" -> new Status(Status.State.UNSPECIFIED, planned);
            default -> {
                sink.add(Diagnostic.error("BAD-STATUS", fields.location("status"),
                        "status '" + state + "' is not known; write 'complete' or 'in-progress'"));
                yield Status.UNSPECIFIED;
            }
        };
    }
}
