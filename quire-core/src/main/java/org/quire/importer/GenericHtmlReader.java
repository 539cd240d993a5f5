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
 * Reads HTML that is not an AO3 download: the title from the only {@code <h1>} (or a first
 * heading with no text under it, or {@code <title>}, or the file name), the author and summary
 * from {@code <meta>}, the language from {@code <html lang>}, and chapters from the headings: the
 * highest level that appears more than once splits the text, lower ones stay headings in it.
 * Footnotes anywhere in the file are found for every chapter; the document's own
 * {@code <style>} rules say which text is italic, bold or centred.
 */
final class GenericHtmlReader {
    private final Path file;
    private final List<Diagnostic> warnings;

    GenericHtmlReader(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    ImportedStory read(Document document, String format) throws StoryException {
        HtmlToMarkdown markdown = new HtmlToMarkdown(file, new HtmlToMarkdown.Story(warnings), "",
                Css.parse(document.select("style").stream().map(Element::data).toList()));
        Map<String, Object> metadata = new LinkedHashMap<>();
        Element body = document.body();
        List<Element> h1 = body.select("h1");
        Element titleHeading = h1.size() == 1 && startsBody(body, h1.get(0)) ? h1.get(0) : null;
        String title = titleHeading != null ? titleHeading.text().strip() : "";
        meta(document, "author", "dc.creator").ifPresent(a -> metadata.put("author", a));
        String language = document.selectFirst("html") == null ? "" : document.selectFirst("html").attr("lang").strip();
        if (!language.isEmpty()) {
            metadata.put("language", language);
        }
        meta(document, "description", "dc.description").ifPresent(d -> metadata.put("summary", MarkdownText.paragraph(d)));
        if (titleHeading != null) {
            titleHeading.remove();
        }
        // pandoc's title block repeats the metadata: read it, do not keep it as text.
        for (Element block : body.select("header#title-block-header")) {
            Element heading = block.selectFirst("h1.title");
            if (title.isEmpty() && heading != null) {
                title = heading.text().strip();
            }
            block.select("p.author").stream().findFirst().ifPresent(a -> metadata.putIfAbsent("author", a.text().strip()));
            block.select("p.date").stream().map(Element::text).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .findFirst().ifPresent(d -> metadata.putIfAbsent("published", d));
            block.select(".abstract").stream().findFirst().ifPresent(a -> metadata.putIfAbsent("summary", markdown.convert(a)));
            block.remove();
        }
        markdown.story().notes.take("", body);
        List<ImportedChapter> chapters = chapters(body, markdown);
        if (title.isEmpty() && !chapters.isEmpty() && chapters.get(0).body().isBlank() && !chapters.get(0).title().isBlank()
                && (document.title().isBlank() || document.title().strip().startsWith(chapters.get(0).title()))) {
            // <h1>Moonrise</h1><h1>Chapter 1</h1>…: the first heading, with nothing under it, is the story's title.
            title = chapters.remove(0).title();
        }
        if (title.isEmpty()) {
            title = document.title().strip();
        }
        if (title.isEmpty()) {
            title = FileTitle.of(file);
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                    "the HTML has no <h1> or <title>; the title '" + title + "' comes from the file name"));
        }
        metadata.put("title", title);
        List<Element> unused = markdown.story().notes.unused("");
        if (!unused.isEmpty() && !chapters.isEmpty()) {
            ImportedChapter last = chapters.remove(chapters.size() - 1);
            List<String> texts = new ArrayList<>(List.of(last.body()));
            for (Element note : unused) {
                markdown.change(note, "a footnote no link calls is kept as text at the end of the text");
                texts.add(markdown.convert(note));
            }
            chapters.add(new ImportedChapter(last.title(), last.summary(), last.notes(), String.join("\n\n", texts),
                    last.endNotes(), last.line()));
        }
        chapters = Chapters.fold(chapters, file, warnings);
        markdown.story().finish();
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the HTML has no text in its <body>; there is no story to import"));
        }
        return new ImportedStory(file, format, metadata, chapters, Optional.empty(), warnings);
    }

    /** Whether nothing but blank text comes before {@code heading} in {@code body}. */
    private static boolean startsBody(Element body, Element heading) {
        String before = body.text();
        int at = before.indexOf(heading.text());
        return at >= 0 && before.substring(0, at).isBlank();
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
    private static List<ImportedChapter> chapters(Element body, HtmlToMarkdown markdown) {
        String level = chapterLevel(body);
        List<ImportedChapter> chapters = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        String[] heading = {""};
        int[] line = {1};
        boolean[] started = {false};
        Runnable flush = () -> {
            String text = markdown.convert(current);
            if (started[0] || !text.isBlank()) {
                chapters.add(new ImportedChapter(heading[0], "", "", text, "", line[0]));
            }
            current.clear();
        };
        walk(body, level, current, element -> {
            flush.run();
            started[0] = true;
            heading[0] = element.text().strip();
            line[0] = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        });
        flush.run();
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
            if (body.select(level).size() >= 2) {
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
