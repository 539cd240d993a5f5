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
 * becomes metadata, each chapter (its heading with summary and notes, then its text, then its end
 * notes) a chapter, and the afterword's end notes the story's. Parts are known by their ids and
 * order, not their classes, so a download Calibre has converted reads the same.
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
        if (!Ao3Preface.read(preface, markdown, metadata)) {
            Ao3Preface.noTagList(preface, markdown);
        }
        Element afterword = document.getElementById("afterword");
        if (afterword != null) {
            Ao3Preface.readAfterword(afterword, markdown, metadata);
        }
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, line(preface)),
                    "the AO3 preface names no title; the title '" + metadata.get("title") + "' comes from the file name"));
        }
        List<ImportedChapter> chapters = new ArrayList<>();
        Element container = document.getElementById("chapters");
        if (container != null) {
            chapters(container, markdown, chapters, true);
        }
        chapters = Chapters.fold(chapters, file, warnings);
        markdown.story().finish();
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, line(preface)),
                    "this AO3 download has a preface but no chapter text (no <div id=\"chapters\">)"));
        }
        return new ImportedStory(file, "ao3-html", metadata, chapters, Optional.empty(), warnings);
    }

    /**
     * Reads AO3's {@code <div id="chapters">}: each chapter's meta block (a {@code div} whose
     * first element is its heading), then its text, then a {@code div id="endnotesN"}. Text with
     * no meta block before it continues the chapter before (Calibre splits long chapters), or is
     * the one-shot's whole text.
     */
    static void chapters(Element container, HtmlToMarkdown markdown, List<ImportedChapter> into, boolean lines) {
        Element meta = null;
        for (Element part : container.children()) {
            if (isMeta(part)) {
                meta = part;
                Element heading = part.selectFirst("h2, h3");
                Map<String, Object> notes = new LinkedHashMap<>();
                Ao3Preface.labelled(part, markdown, notes, CHAPTER_KEYS);
                String chapterNotes = (String) notes.getOrDefault("notes", "");
                Element byline = byline(part);
                if (byline != null) {
                    markdown.change(byline, "the chapter's byline '" + Ao3Preface.shorten(byline.text())
                            + "' is kept in its notes");
                    chapterNotes = join(markdown.convert(byline), chapterNotes);
                }
                into.add(new ImportedChapter(heading == null ? "" : chapterTitle(heading.text()),
                        (String) notes.getOrDefault("summary", ""), chapterNotes, "", "", lines ? line(part) : 0));
            } else if (part.id().startsWith("endnotes")) {
                Map<String, Object> notes = new LinkedHashMap<>();
                Ao3Preface.labelled(part, markdown, notes, Map.of("end_notes", "end_notes"));
                if (!into.isEmpty() && notes.containsKey("end_notes")) {
                    ImportedChapter last = into.remove(into.size() - 1);
                    into.add(new ImportedChapter(last.title(), last.summary(), last.notes(), last.body(),
                            join(last.endNotes(), (String) notes.get("end_notes")), last.line()));
                }
            } else {
                String text = markdown.convert(part);
                if (text.isBlank()) {
                    continue; // Calibre's empty page-break markers
                }
                if (into.isEmpty()) {
                    into.add(new ImportedChapter("", "", "", text, "", lines ? line(part) : 0));
                } else {
                    ImportedChapter last = into.remove(into.size() - 1);
                    into.add(new ImportedChapter(last.title(), last.summary(), last.notes(), join(last.body(), text),
                            last.endNotes(), last.line()));
                }
            }
        }
        if (meta == null && into.isEmpty() && !container.text().isBlank()) {
            into.add(new ImportedChapter("", "", "", markdown.convert(container), "", lines ? line(container) : 0));
        }
    }

    /** A chapter's meta block: AO3's {@code div.meta}, or (its class renamed) a div that starts with a heading. */
    private static boolean isMeta(Element part) {
        if (part.id().startsWith("endnotes")) {
            return false;
        }
        Element first = part.children().isEmpty() ? null : part.child(0);
        return part.hasClass("meta") && part.selectFirst("h2, h3") != null
                || (first != null && first.normalName().matches("h[23]"));
    }

    /** "Chapter by alpha": AO3 prints it when a chapter's creators differ from the work's. */
    private static Element byline(Element meta) {
        for (Element p : meta.select("> p")) {
            if (p.text().strip().matches("(?i)chapter by .+")) {
                return p;
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n\n" + b;
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
