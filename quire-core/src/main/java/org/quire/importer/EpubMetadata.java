package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * An EPUB's package metadata under Quire's keys: {@code dc:title}, {@code dc:creator} (authors),
 * {@code dc:language}, {@code dc:description} (summary, HTML as
 * Calibre writes it), {@code dc:date} and EPUB 2 {@code opf:event} dates, {@code dc:identifier},
 * {@code dc:source}, {@code dc:rights}, and the series from {@code calibre:series} or EPUB 3's
 * {@code belongs-to-collection} with its {@code group-position}.
 */
final class EpubMetadata {
    /** The keys a tag list fills (AO3's preface, Quire's own title page). */
    private static final List<String> TAG_KEYS = List.of("rating", "warnings", "categories", "fandoms",
            "relationships", "characters", "tags");

    private EpubMetadata() {
    }

    /**
     * The package's {@code dc:subject} entries as tags, unless a tag list in the book was read:
     * AO3 and Quire write every tag of the list again as a subject (AO3 adds "Fanworks", the
     * rating and the warnings; Quire the fandoms), so taking both would repeat each tag.
     */
    static void subjects(EpubPackage epub, Map<String, Object> metadata) {
        List<String> subjects = epub.dc("subject");
        if (!subjects.isEmpty() && TAG_KEYS.stream().noneMatch(metadata::containsKey)) {
            metadata.put("tags", subjects);
        }
    }

    static Map<String, Object> read(EpubPackage epub, HtmlToMarkdown markdown, List<Diagnostic> warnings) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        epub.dc("title").stream().findFirst().ifPresent(t -> metadata.put("title", t));
        List<String> authors = new ArrayList<>();
        for (Element creator : epub.dcElements("creator")) {
            String role = creator.attr("opf:role");
            if ((role.isEmpty() || role.equals("aut")) && !creator.text().isBlank()) {
                authors.add(creator.text().strip());
            }
        }
        if (!authors.isEmpty()) {
            metadata.put("author", authors.size() == 1 ? authors.get(0) : authors);
        }
        for (Element language : epub.dcElements("language").stream().limit(1).toList()) {
            // pandoc writes the POSIX locale's name ("C") when LANG is unset: not a language.
            String tag = language.text().strip();
            if (Languages.wellFormed(tag)) {
                metadata.put("language", tag);
            } else {
                warnings.add(Diagnostic.warning("IMPORT-LANGUAGE", Location.of(epub.shownOpf(), EpubReader.line(language)),
                        "dc:language '" + tag + "' is not a language tag, so the story is set as English: write its "
                                + "language (en, de, pt-BR…) as language: in the imported front matter"));
            }
        }
        epub.dc("description").stream().findFirst().ifPresent(d -> metadata.put("summary",
                markdown.convert(HtmlReader.parse(d).body())));
        for (Element date : epub.dcElements("date")) {
            String value = date.text().strip();
            if (value.length() >= 10 && value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
                    && !value.startsWith("0101")) {
                String event = date.attr("opf:event");
                metadata.putIfAbsent(event.equals("modification") ? "updated" : "published", value.substring(0, 10));
            }
        }
        // Not dcterms:modified: it is when the file was made (EPUB 3.3 §5.5.6), not when the story was updated.
        identifier(epub).ifPresent(id -> metadata.put("identifier", id));
        epub.dc("source").stream().findFirst().ifPresent(s -> metadata.put("source", s));
        epub.dc("rights").stream().findFirst().ifPresent(r -> metadata.put("rights", r));
        series(epub).ifPresent(s -> metadata.put("series", s));
        return metadata;
    }

    /** The package's unique identifier, when it is one a reader can use again (a URN, a UUID, an ISBN). */
    private static Optional<String> identifier(EpubPackage epub) {
        Element pkg = epub.opf.selectFirst("package");
        String uid = pkg == null ? "" : pkg.attr("unique-identifier");
        for (Element id : epub.dcElements("identifier")) {
            String value = id.text().strip();
            if (id.id().equals(uid) && value.matches("(?i)(urn:[a-z0-9-]+:.+|[0-9a-f-]{36})")) {
                return Optional.of(value.matches("(?i)[0-9a-f-]{36}") ? "urn:uuid:" + value : value);
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Object>> series(EpubPackage epub) {
        Optional<String> name = epub.meta("calibre:series");
        Optional<String> index = epub.meta("calibre:series_index");
        Element collection = epub.opf.selectFirst("metadata meta[property=belongs-to-collection]");
        if (name.isEmpty() && collection != null) {
            name = Optional.of(collection.text().strip());
            Element position = epub.opf.selectFirst("metadata meta[property=group-position][refines=#" + collection.id() + "]");
            index = position == null ? Optional.empty() : Optional.of(position.text().strip());
        }
        if (name.isEmpty() || name.get().isBlank()) {
            return Optional.empty();
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name.get());
        index.map(i -> i.replaceFirst("\\.0+$", "")).filter(i -> i.matches("\\d+"))
                .ifPresent(i -> series.put("part", Integer.parseInt(i)));
        return Optional.of(series);
    }

    /** The cover picture: the EPUB 3 {@code cover-image} item or the EPUB 2 {@code <meta name="cover">}. */
    static Optional<ImportedStory.Picture> cover(EpubPackage epub, List<Diagnostic> warnings)
            throws java.io.IOException, org.quire.model.StoryException {
        Optional<EpubPackage.Item> item = epub.byProperty("cover-image");
        if (item.isEmpty()) {
            item = epub.meta("cover").map(epub.manifest::get);
        }
        if (item.isEmpty()) {
            return Optional.empty();
        }
        String type = item.get().mediaType();
        String extension = type.equals("image/jpeg") ? "jpg" : type.equals("image/png") ? "png" : "";
        Optional<byte[]> bytes = epub.files.read(item.get().path(), BookFiles.MAX_PICTURE);
        if (extension.isEmpty() || bytes.isEmpty()) {
            warnings.add(Diagnostic.warning("IMPORT-COVER", Location.of(epub.shownOpf()), "the cover '" + item.get().path()
                    + "' is " + (bytes.isEmpty() ? "missing" : "a " + type + ", not a JPEG or PNG") + "; it is left out"));
            return Optional.empty();
        }
        return Optional.of(new ImportedStory.Picture(bytes.get(), extension));
    }
}
