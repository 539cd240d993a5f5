package org.quire.render;

import freemarker.template.TemplateModelException;
import freemarker.core.XMLOutputFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quire.model.Chapter;
import org.quire.model.Metadata;
import org.quire.model.Status;
import org.quire.model.Story;
import org.quire.model.Xhtml;

/**
 * The data every template receives, as plain maps, lists, texts and numbers (listed in the README).
 * Story text is already XHTML markup and prints unescaped; every other value is escaped by the
 * {@code .ftlx} output format, so no title or tag can inject markup.
 */
public final class BookModel {
    private BookModel() {
    }

    /**
     * @param modified the build clock, for {@code dcterms:modified} and the colophon
     * @param chapterFile names the file of chapter N, such as {@code ch001.xhtml}
     */
    public static Map<String, Object> of(Story story, Instant modified, java.util.function.IntFunction<String> chapterFile,
                                         Labels labels) {
        Metadata m = story.metadata();
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("title", m.title());
        book.put("titleMarkup", m.titleMarkup().isEmpty() ? markup(escapeXml(m.title())) : markup(m.titleMarkup()));
        book.put("authors", m.authors());
        book.put("author", labels.join(m.authors()));
        book.put("language", m.language());
        book.put("runningHead", runningHead(m.title()));
        book.put("direction", direction(m.language()));
        book.put("identifier", identifier(m));
        book.put("summary", markup(m.summary()));
        book.put("summaryText", org.jsoup.Jsoup.parse(m.summary().markup()).text());
        book.put("notes", markup(m.notes()));
        book.put("endNotes", markup(m.endNotes()));
        book.put("fandoms", m.fandoms());
        book.put("rating", m.rating().orElse(""));
        book.put("warnings", m.warnings());
        book.put("categories", m.categories());
        book.put("relationships", m.relationships());
        book.put("characters", m.characters());
        book.put("tags", m.tags());
        m.series().ifPresent(series -> book.put("series", Map.of("name", series.name(), "part", series.part())));
        book.put("status", statusKey(m.status()));
        book.put("statusLabel", statusLabel(m.status(), labels));
        book.put("plannedChapters", m.status().plannedChapters());
        book.put("published", m.published().map(LocalDate::toString).orElse(""));
        book.put("updated", m.updated().map(LocalDate::toString).orElse(""));
        book.put("publishedText", m.published().map(labels::date).orElse(""));
        book.put("updatedText", m.updated().map(labels::date).orElse(""));
        book.put("rights", m.rights().orElse(""));
        book.put("source", m.source().orElse(""));
        book.put("disclaimer", markup(m.disclaimer()));
        book.put("dedication", markup(m.dedication()));
        book.put("words", story.words());
        book.put("wordsText", labels.number(story.words()));
        book.put("chapterCount", story.chapters().size());
        book.put("oneShot", story.isOneShot());
        book.put("chaptersText", chaptersText(story, labels));
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (Chapter chapter : story.chapters()) {
            chapters.add(chapter(chapter, chapterFile.apply(chapter.number()), displayTitle(story, chapter, labels)));
        }
        book.put("chapters", chapters);
        book.put("modified", modified.truncatedTo(ChronoUnit.SECONDS).toString());
        book.put("generator", "Quire " + Version.get());
        return book;
    }

    /** {@code rtl} for a language written right to left, else {@code ltr} (HTML's {@code dir}, EPUB's page progression). */
    static String direction(String languageTag) {
        return org.quire.model.WritingDirection.rightToLeft(languageTag) ? "rtl" : "ltr";
    }

    /** A chapter without a title is "Chapter 3" in the story's language; a one-shot's is the story's title. */
    public static String displayTitle(Story story, Chapter chapter, Labels labels) {
        return chapter.untitled() && !story.isOneShot() ? labels.chapter(chapter.number()) : chapter.title();
    }

    static Map<String, Object> chapter(Chapter chapter, String file, String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", chapter.number());
        model.put("title", title);
        // The heading's own markup when the writer gave it some (emphasis, a footnote call).
        model.put("titleMarkup", chapter.titleMarkup().isEmpty() ? markup(escapeXml(title)) : markup(chapter.titleMarkup()));
        model.put("untitled", chapter.untitled());
        model.put("runningHead", runningHead(title));
        model.put("summary", markup(chapter.summary()));
        model.put("notes", markup(chapter.notes()));
        model.put("body", markup(chapter.body()));
        model.put("endNotes", markup(chapter.endNotes()));
        model.put("words", chapter.words());
        model.put("file", file);
        model.put("id", String.format("ch%03d", chapter.number()));
        return model;
    }

    /**
     * The story's {@code identifier}, or a name-based UUID (RFC 4122 §4.3) of its title and authors:
     * stable across builds and edits of the text, different for different stories.
     */
    public static String identifier(Metadata metadata) {
        if (metadata.identifier().isPresent()) {
            return metadata.identifier().get();
        }
        String name = "quire:" + metadata.title() + "\u0000" + String.join("\u0000", metadata.authors());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** "1 October 2026": the labels of the built-in theme are English, so are its dates. */
    /**
     * "3/10" when the writer planned ten chapters, "3/3" when the story is complete (a one-shot is),
     * "3/?" while it is in progress (AO3's count), and "3" when its status is not given.
     */
    static String chaptersText(Story story, Labels labels) {
        String written = labels.number(story.chapters().size());
        Status status = story.metadata().status();
        if (status.plannedChapters() > 0) {
            return written + "/" + labels.number(status.plannedChapters());
        }
        return switch (status.state()) {
            case COMPLETE -> written + "/" + written;
            case IN_PROGRESS -> written + "/?";
            case UNSPECIFIED -> story.isOneShot() ? written + "/" + written : written;
        };
    }

    /** Longest running head, in characters, that fits one line of the smallest trim size. */
    static final int RUNNING_HEAD = 50;

    /**
     * A title short enough for a running head: a long one is cut at a word and ends with an
     * ellipsis, as publishers shorten them, so that the head never takes two lines.
     */
    static String runningHead(String title) {
        if (title.length() <= RUNNING_HEAD) {
            return title;
        }
        int cut = title.lastIndexOf(' ', RUNNING_HEAD - 1);
        String shortened = title.substring(0, cut > RUNNING_HEAD / 2 ? cut : RUNNING_HEAD - 1);
        return shortened.replaceAll("[\\s\\p{Punct}\u2013\u2014]+$", "") + "\u2026";
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Markup that a template prints as it is, such as a rendered stylesheet. */
    public static Object markup(String markup) {
        return markup(new Xhtml(markup));
    }

    public static Object markup(Xhtml xhtml) {
        try {
            return XMLOutputFormat.INSTANCE.fromMarkup(xhtml.markup());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("XML markup is always accepted", e);
        }
    }

    private static String statusKey(Status status) {
        return switch (status.state()) {
            case COMPLETE -> "complete";
            case IN_PROGRESS -> "in-progress";
            case UNSPECIFIED -> "";
        };
    }

    private static String statusLabel(Status status, Labels labels) {
        return switch (status.state()) {
            case COMPLETE -> labels.get("complete");
            case IN_PROGRESS -> labels.get("inProgress");
            case UNSPECIFIED -> "";
        };
    }
}
