package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Reads an EPUB 2 or 3, zipped or unpacked into a folder: metadata from the package document,
 * chapters in spine order where its contents (navigation document or NCX) say they start, even
 * inside a page, and the cover picture. The pages other tools put in (cover pages, title pages,
 * contents, AO3's preface and afterword, FanFicFare's title and log pages, pages of footnotes)
 * are read into metadata or left out, never kept as chapters; each left-out page is a warning.
 * Footnotes are found by page and id, wherever in the book they sit.
 */
final class EpubReader {
    /** The most text a book's pages may hold together: some 20 million words. */
    private static final long MAX_TEXT = 128L * 1024 * 1024;

    /** A spine page, parsed, with the converter that knows its place and its style sheets. */
    private record Page(EpubPackage.Item item, Document document, HtmlToMarkdown markdown) {
    }

    ImportedStory read(Path file) throws IOException, StoryException {
        try (BookFiles files = BookFiles.open(file)) {
            return read(file, files);
        }
    }

    private static ImportedStory read(Path file, BookFiles files) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        EpubPackage epub = EpubPackage.read(file, files);
        if (!epub.missing.isEmpty()) {
            throw new StoryException(epub.missing.stream().map(item -> Diagnostic.error("IMPORT-EPUB",
                    Location.of(epub.shownOpf(), line(epub.opf.selectFirst("spine > itemref[idref=" + item.id() + "]"))),
                    "the spine names '" + item.href() + "', which is not in the EPUB: part of the book is missing;"
                            + " get the EPUB again or repair it")).toList());
        }
        HtmlToMarkdown.Story story = new HtmlToMarkdown.Story(warnings);
        Map<String, Object> metadata = EpubMetadata.read(epub, new HtmlToMarkdown(epub.shownOpf(), story, epub.opfPath, Css.NONE), warnings);
        List<Page> pages = pages(epub, story);
        Map<String, List<EpubPackage.Entry>> contents = new HashMap<>();
        epub.contents.forEach(entry -> contents.computeIfAbsent(entry.path(), p -> new ArrayList<>()).add(entry));
        boolean ao3 = pages.stream().anyMatch(p -> Ao3Preface.isAo3(p.document()));
        boolean followContents = followContents(epub, pages);
        // A title page repeats the metadata: the title, authors, date, publisher, "by".
        Set<String> titleWords = words(String.join(" ", metadata.values().stream().map(String::valueOf).toList())
                + " by " + String.join(" ", epub.dc("date")) + " " + String.join(" ", epub.dc("publisher")));
        List<ImportedChapter> chapters = new ArrayList<>();
        Map<Element, Boolean> prefaces = new java.util.LinkedHashMap<>(); // each AO3 preface piece: held the tag list?
        for (Page page : pages) {
            Element body = page.document().body();
            String path = page.item().path();
            HtmlToMarkdown markdown = page.markdown();
            Path shown = files.shown(path);
            if (QuirePages.read(page.document(), markdown, metadata, chapters)) {
                continue;
            }
            if (ao3 && ao3Page(page.document(), markdown, metadata, chapters, prefaces)) {
                keepUnused(page, story, chapters);
                continue;
            }
            String name = path.toLowerCase(Locale.ROOT);
            if (FanFicFarePages.isTitlePage(name, body)) {
                FanFicFarePages.readTitlePage(body, markdown, metadata);
                continue;
            }
            String text = body.text().strip();
            boolean notesOnly = story.notes.hadNotes(path) && withoutHeadings(body).isBlank();
            if (text.isEmpty() || notesOnly || FanFicFarePages.isLogOrContents(name)
                    || (words(text).size() < 40 && titleWords.containsAll(words(text.replaceAll("\\d+", " "))))) {
                if (!text.isEmpty()) {
                    warnings.add(Diagnostic.warning("IMPORT-PAGE", Location.of(shown), notesOnly
                            ? "a page of footnotes: its notes are read where the text calls them, its heading '"
                            + Ao3Preface.shorten(text) + "' is left out"
                            : "a title, contents or log page; it is left out"));
                }
                keepUnused(page, story, chapters);
                continue;
            }
            new EpubChapters(markdown, contents.getOrDefault(path, List.of()), followContents,
                    t -> words(t).size() < 40 && titleWords.containsAll(words(t.replaceAll("\\d+", " ")))).read(body, chapters);
            keepUnused(page, story, chapters);
        }
        if (!prefaces.isEmpty() && !prefaces.containsValue(true)) {
            Element first = prefaces.keySet().iterator().next();
            pages.stream().filter(p -> p.document() == first.ownerDocument()).findFirst()
                    .ifPresent(p -> Ao3Preface.noTagList(first, p.markdown()));
        }
        EpubMetadata.subjects(epub, metadata);
        chapters = Chapters.fold(chapters, file, warnings);
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file),
                    "the EPUB has no chapter with text in its spine"));
        }
        Optional<ImportedStory.Picture> cover = EpubMetadata.cover(epub, warnings);
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(epub.shownOpf()),
                    "the package names no dc:title; the title '" + metadata.get("title") + "' comes from the file name"));
        }
        story.finish();
        return new ImportedStory(file, "epub", metadata, chapters, cover, warnings);
    }

    /**
     * Whether the contents say where chapters start: most of their entries lead to a page's start
     * or a heading. Calibre's contents of a converted HTML file can be made of footnotes and back
     * links instead; then the pages' own headings are followed.
     */
    private static boolean followContents(EpubPackage epub, List<Page> pages) {
        Map<String, Element> bodies = new HashMap<>();
        pages.forEach(p -> bodies.put(p.item().path(), p.document().body()));
        long useful = epub.contents.stream()
                .filter(e -> bodies.containsKey(e.path()) && EpubChapters.startsChapter(bodies.get(e.path()), e)).count();
        return useful > 0 && useful * 3 >= epub.contents.size() * 2;
    }

    /** Every spine page but the navigation document, parsed, its footnotes taken into the story's index. */
    private static List<Page> pages(EpubPackage epub, HtmlToMarkdown.Story story) throws IOException, StoryException {
        Optional<EpubPackage.Item> nav = epub.byProperty("nav");
        Map<String, String> sheets = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        long total = 0;
        for (EpubPackage.Item item : epub.spine) {
            if (nav.isPresent() && nav.get().path().equals(item.path())) {
                continue;
            }
            String html = epub.text(item).orElse("");
            total += html.length();
            if (total > MAX_TEXT) {
                throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(epub.files.shown(item.path())),
                        "the book's pages hold more than " + MAX_TEXT / (1024 * 1024) + " MB of text; Quire does not import it"));
            }
            Document document = HtmlReader.parse(html);
            List<String> css = new ArrayList<>();
            for (Element link : document.select("link[rel~=(?i)stylesheet][href]")) {
                String path = EpubPaths.resolve(EpubPaths.folderOf(item.path()), link.attr("href"));
                if (!sheets.containsKey(path)) {
                    sheets.put(path, epub.files.text(path).orElse(""));
                }
                css.add(sheets.get(path));
            }
            document.select("style").forEach(style -> css.add(style.data()));
            story.notes.take(item.path(), document.body());
            pages.add(new Page(item, document,
                    new HtmlToMarkdown(epub.files.shown(item.path()), story, item.path(), Css.parse(css))));
        }
        return pages;
    }

    /** AO3's preface, chapters and afterword, wherever Calibre's splitting put them. */
    private static boolean ao3Page(Document page, HtmlToMarkdown markdown, Map<String, Object> metadata,
                                   List<ImportedChapter> chapters, Map<Element, Boolean> prefaces) {
        boolean read = false;
        Element preface = page.getElementById("preface");
        if (preface != null) {
            prefaces.put(preface, Ao3Preface.read(preface, markdown, metadata));
            read = true;
        }
        Element work = page.getElementById("chapters");
        if (work != null) {
            Ao3HtmlReader.chapters(work, markdown, chapters, false);
            read = true;
        }
        Element afterword = page.getElementById("afterword");
        if (afterword != null) {
            Ao3Preface.readAfterword(afterword, markdown, metadata);
            read = true;
        }
        return read;
    }

    /** Footnotes of the page that no link called: kept as text at the end of the chapter the page ends in. */
    private static void keepUnused(Page page, HtmlToMarkdown.Story story, List<ImportedChapter> chapters) {
        List<Element> unused = story.notes.unused(page.item().path());
        if (unused.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (Element note : unused) {
            page.markdown().change(note, "a footnote no link calls is kept as text at the end of its chapter");
            texts.add(page.markdown().convert(note));
        }
        ImportedChapter last = chapters.isEmpty() ? new ImportedChapter("", "", "", "", "", 0)
                : chapters.remove(chapters.size() - 1);
        String body = last.body().isBlank() ? String.join("\n\n", texts) : last.body() + "\n\n" + String.join("\n\n", texts);
        chapters.add(new ImportedChapter(last.title(), last.summary(), last.notes(), body, last.endNotes(), last.line()));
    }

    private static String withoutHeadings(Element body) {
        Element copy = body.clone();
        copy.select("h1, h2, h3, h4, h5, h6").remove();
        return copy.text();
    }

    static int line(Element element) {
        return element != null && element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
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
