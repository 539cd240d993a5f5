package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads an EPUB 2 or 3: metadata from the package document, chapters in spine order titled from
 * the navigation document or NCX, and the cover picture. The pages other tools put in (cover
 * pages, title pages, contents, AO3's preface and afterword, FanFicFare's title and log pages)
 * are read into metadata or left out, never kept as chapters; each left-out page is a warning.
 */
final class EpubReader {
    ImportedStory read(Path file) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        EpubPackage epub = EpubPackage.read(file, ZipEntries.read(file));
        HtmlToMarkdown markdown = new HtmlToMarkdown(file, warnings);
        Map<String, Object> metadata = EpubMetadata.read(epub, markdown);
        List<ImportedChapter> chapters = new ArrayList<>();
        // A title page repeats the metadata: the title, authors, date, publisher, "by".
        Set<String> titleWords = words(String.join(" ", metadata.values().stream().map(String::valueOf).toList())
                + " by " + String.join(" ", epub.dc("date")) + " " + String.join(" ", epub.dc("publisher")));
        Optional<EpubPackage.Item> nav = epub.byProperty("nav");
        // Footnotes may sit in another file than their references (Calibre splits files): all the
        // notes of the book are gathered first, and taken out of the pages they were in.
        Map<String, Document> pages = new LinkedHashMap<>();
        Element notes = new Element("div");
        for (EpubPackage.Item item : epub.spine) {
            if (nav.isEmpty() || !nav.get().path().equals(item.path())) {
                Document page = HtmlReader.parse(epub.text(item).orElse(""));
                HtmlToMarkdown.moveNotes(page.body(), notes);
                pages.put(item.path(), page);
            }
        }
        markdown.lookIn(notes);
        for (EpubPackage.Item item : epub.spine) {
            Document page = pages.get(item.path());
            if (page == null) {
                continue;
            }
            Element body = page.body();
            String name = item.path().toLowerCase(Locale.ROOT);
            if (QuirePages.read(page, markdown, metadata, chapters)) {
                continue;
            }
            if (Ao3Preface.isAo3(page)) {
                Ao3Preface.read(page.getElementById("preface"), markdown, metadata);
                continue;
            }
            if (page.getElementById("afterword") != null) {
                Ao3Preface.readAfterword(page.getElementById("afterword"), markdown, metadata);
                continue;
            }
            if (FanFicFarePages.isTitlePage(name, body)) {
                FanFicFarePages.readTitlePage(body, markdown, metadata);
                continue;
            }
            String text = body.text().strip();
            if (text.isEmpty() || FanFicFarePages.isLogOrContents(name)
                    || (words(text).size() < 40 && titleWords.containsAll(words(text.replaceAll("\\d+", " "))))) {
                if (!text.isEmpty()) {
                    warnings.add(Diagnostic.warning("IMPORT-PAGE", Location.of(file),
                            "'" + item.path() + "' is a title, contents or log page; it is left out"));
                }
                continue;
            }
            chapter(item, epub, page, markdown, chapters);
        }
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file),
                    "the EPUB has no chapter with text in its spine"));
        }
        Optional<ImportedStory.Picture> cover = EpubMetadata.cover(epub, warnings, file);
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
        }
        return new ImportedStory(file, "epub", metadata, chapters, cover, warnings);
    }

    /** One spine document: a chapter of its own when the contents name it, else the rest of the one before. */
    private static void chapter(EpubPackage.Item item, EpubPackage epub, Document page, HtmlToMarkdown markdown,
                                List<ImportedChapter> chapters) {
        Element body = page.body();
        Element ao3Meta = body.selectFirst("div.meta:has(h2), div.meta:has(h3)");
        if (ao3Meta != null && body.selectFirst("div.userstuff") != null) {
            Element heading = ao3Meta.selectFirst("h2, h3");
            Map<String, Object> notes = new LinkedHashMap<>();
            Ao3Preface.labelled(ao3Meta, markdown, notes, Map.of("summary", "summary", "notes", "notes"));
            Element endNotes = body.selectFirst("div[id^=endnotes] blockquote");
            chapters.add(new ImportedChapter(heading == null ? "" : Ao3HtmlReader.chapterTitle(heading.text()),
                    (String) notes.getOrDefault("summary", ""), (String) notes.getOrDefault("notes", ""),
                    markdown.convert(body.selectFirst("div.userstuff")),
                    endNotes == null ? "" : markdown.convert(endNotes), 0));
            return;
        }
        String title = epub.titles.getOrDefault(item.path(), "");
        Element first = body.selectFirst("h1, h2, h3");
        if (first != null && (title.isEmpty() || first.text().strip().equalsIgnoreCase(title))) {
            if (title.isEmpty() && !chapters.isEmpty() && !startsWith(body, first)) {
                first = null; // a heading inside the text, not the chapter's
            } else {
                title = first.text().strip();
                first.remove();
            }
        }
        String text = markdown.convert(body);
        if (title.isEmpty() && !chapters.isEmpty()) {
            // A chapter split over several files (Calibre splits large ones): join it to the one before.
            ImportedChapter before = chapters.remove(chapters.size() - 1);
            chapters.add(new ImportedChapter(before.title(), before.summary(), before.notes(),
                    before.body() + "\n\n" + text, before.endNotes(), before.line()));
            return;
        }
        chapters.add(new ImportedChapter(title, "", "", text, "", 0));
    }

    private static boolean startsWith(Element body, Element heading) {
        String text = body.text().strip();
        return text.startsWith(heading.text().strip());
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
