package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads HTML that is not an AO3 download: the title from the first {@code <h1>} (or
 * {@code <title>}, or the file name), the author and summary from {@code <meta>}, the language
 * from {@code <html lang>}, and chapters from the headings: the first level that appears more
 * than once (below the title's {@code <h1>}) splits the text.
 */
final class GenericHtmlReader {
    private final Path file;
    private final List<Diagnostic> warnings;
    private final HtmlToMarkdown markdown;

    GenericHtmlReader(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
        this.markdown = new HtmlToMarkdown(file, warnings);
    }

    ImportedStory read(Document document, String format) throws StoryException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        Element body = document.body();
        List<Element> h1 = body.select("h1");
        Element titleHeading = h1.size() == 1 ? h1.get(0) : null;
        String title = titleHeading != null ? titleHeading.text().strip() : document.title().strip();
        if (title.isEmpty()) {
            title = FileTitle.of(file);
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                    "the HTML has no <h1> or <title>; the title '" + title + "' comes from the file name"));
        }
        metadata.put("title", title);
        meta(document, "author", "dc.creator").ifPresent(a -> metadata.put("author", a));
        String language = document.selectFirst("html") == null ? "" : document.selectFirst("html").attr("lang").strip();
        if (!language.isEmpty()) {
            metadata.put("language", language);
        }
        meta(document, "description", "dc.description").ifPresent(d -> metadata.put("summary", d));
        if (titleHeading != null) {
            titleHeading.remove();
        }
        // pandoc's title block repeats the metadata: read it, do not keep it as text.
        for (Element block : body.select("header#title-block-header")) {
            block.select("p.author").stream().findFirst().ifPresent(a -> metadata.putIfAbsent("author", a.text().strip()));
            block.select("p.date").stream().map(Element::text).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .findFirst().ifPresent(d -> metadata.putIfAbsent("published", d));
            block.select(".abstract").stream().findFirst().ifPresent(a -> metadata.putIfAbsent("summary", markdown.convert(a)));
            block.remove();
        }
        markdown.lookIn(body.clone());
        HtmlToMarkdown.removeNotes(body);
        List<ImportedChapter> chapters = chapters(body);
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the HTML has no text in its <body>; there is no story to import"));
        }
        return new ImportedStory(file, format, metadata, chapters, Optional.empty(), warnings);
    }

    private static Optional<String> meta(Document document, String... names) {
        for (String name : names) {
            Element meta = document.selectFirst("meta[name=" + name + "]");
            if (meta != null && !meta.attr("content").isBlank()) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /** Cuts the body at the chapter headings, wherever they are nested. */
    List<ImportedChapter> chapters(Element body) {
        String level = chapterLevel(body);
        List<ImportedChapter> chapters = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        String[] heading = {""};
        int[] line = {1};
        Runnable flush = () -> {
            String text = markdown.convert(current);
            if (!text.isBlank() || !heading[0].isEmpty()) {
                chapters.add(new ImportedChapter(heading[0], "", "", text, "", line[0]));
            }
            current.clear();
        };
        walk(body, level, current, (element) -> {
            flush.run();
            heading[0] = element.text().strip();
            line[0] = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        });
        flush.run();
        chapters.removeIf(c -> c.body().isBlank() && c.title().isEmpty());
        return chapters;
    }

    private interface Boundary {
        void at(Element heading);
    }

    private static void walk(Element parent, String level, List<Node> current, Boundary boundary) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof Element element && level != null && element.normalName().equals(level)) {
                boundary.at(element);
            } else if (child instanceof Element element && level != null && !element.select(level).isEmpty()) {
                walk(element, level, current, boundary);
            } else if (!(child instanceof TextNode text && text.isBlank())) {
                current.add(child);
            }
        }
    }

    /** The highest heading level that occurs at least twice, or once when it is the only one. */
    private static String chapterLevel(Element body) {
        for (String level : List.of("h1", "h2", "h3")) {
            int count = body.select(level).size();
            if (count >= 2) {
                return level;
            }
        }
        for (String level : List.of("h1", "h2", "h3")) {
            if (body.select(level).size() == 1) {
                return level;
            }
        }
        return null;
    }
}
