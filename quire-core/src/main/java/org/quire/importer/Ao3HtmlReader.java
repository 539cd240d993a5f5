package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads AO3's download HTML (otwarchive {@code app/views/downloads/show.html.erb}): the preface
 * becomes metadata, each chapter ({@code div.meta.group} with its heading, summary and notes, then
 * {@code div.userstuff}, then its end notes) a chapter, and the afterword's end notes the story's.
 */
final class Ao3HtmlReader {
    private static final Map<String, String> CHAPTER_KEYS = Map.of("summary", "summary", "notes", "notes");

    private final Path file;
    private final List<Diagnostic> warnings;
    private final HtmlToMarkdown markdown;

    Ao3HtmlReader(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
        this.markdown = new HtmlToMarkdown(file, warnings);
    }

    ImportedStory read(Document document) throws StoryException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        Element preface = document.getElementById("preface");
        Ao3Preface.read(preface, markdown, metadata);
        Element afterword = document.getElementById("afterword");
        if (afterword != null) {
            Ao3Preface.readAfterword(afterword, markdown, metadata);
        }
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
        }
        List<ImportedChapter> chapters = chapters(document);
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, line(preface)),
                    "this AO3 download has a preface but no chapter text (no <div id=\"chapters\">)"));
        }
        return new ImportedStory(file, "ao3-html", metadata, chapters, Optional.empty(), warnings);
    }

    private List<ImportedChapter> chapters(Document document) {
        Element container = document.getElementById("chapters");
        List<ImportedChapter> chapters = new ArrayList<>();
        if (container == null) {
            return chapters;
        }
        List<Element> metas = container.select("> div.meta.group, > div.meta:has(> h2.heading)");
        if (metas.isEmpty()) {
            Element text = container.selectFirst("> div.userstuff");
            Element body = text == null ? container : text;
            chapters.add(new ImportedChapter("", "", "", markdown.convert(body), "", line(body)));
            return chapters;
        }
        for (Element meta : metas) {
            Element heading = meta.selectFirst("h2, h3");
            String title = heading == null ? "" : chapterTitle(heading.text());
            Map<String, Object> notes = new LinkedHashMap<>();
            Ao3Preface.labelled(meta, markdown, notes, CHAPTER_KEYS);
            Element text = meta.nextElementSibling();
            while (text != null && !text.hasClass("userstuff") && !text.hasClass("meta")) {
                text = text.nextElementSibling();
            }
            String body = text != null && text.hasClass("userstuff") ? markdown.convert(text) : "";
            String endNotes = "";
            Element after = text == null ? null : text.nextElementSibling();
            if (after != null && after.id().startsWith("endnotes")) {
                Element quote = after.selectFirst("blockquote");
                endNotes = quote == null ? "" : markdown.convert(quote);
            }
            chapters.add(new ImportedChapter(title, (String) notes.getOrDefault("summary", ""),
                    (String) notes.getOrDefault("notes", ""), body, endNotes, line(meta)));
        }
        return chapters;
    }

    /** AO3 titles chapters "Chapter 2: The Storm"; the number is Quire's to print, the name is the writer's. */
    static String chapterTitle(String heading) {
        String title = heading.strip();
        if (title.matches("(?i)chapter\\s+\\d+\\.?")) {
            return ""; // no name of its own: Quire numbers it in the story's language
        }
        return title.replaceFirst("(?i)^chapter\\s+\\d+\\s*:\\s*", "");
    }

    private static int line(Element element) {
        return element != null && element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
    }
}
