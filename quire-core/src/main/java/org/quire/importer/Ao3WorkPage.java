package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * An AO3 work page saved from a browser (otwarchive {@code app/views/works/show.html.erb} and
 * {@code app/views/chapters/_chapter.html.erb}), known by its {@code #workskin} and
 * {@code #chapters}: the tag list {@code dl.work.meta} maps as in a download ({@link Ao3Tags}),
 * the preface's title, byline, summary and notes, each {@code div.chapter} with its heading,
 * summary, notes, text ({@code .userstuff}) and end notes, and the work's end notes. The site's
 * own page (navigation, kudos, readers' comments, footer) is not the writer's and is left out,
 * with one warning naming it.
 */
final class Ao3WorkPage {
    private final Path file;
    private final List<Diagnostic> warnings;
    private final HtmlToMarkdown markdown;

    Ao3WorkPage(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
        this.markdown = new HtmlToMarkdown(file, warnings);
    }

    /** True for a work page: AO3's {@code #workskin} holding its {@code #chapters}. */
    static boolean isWorkPage(Document document) {
        Element skin = document.getElementById("workskin");
        return skin != null && skin.getElementById("chapters") != null;
    }

    ImportedStory read(Document document) throws StoryException {
        Element skin = document.getElementById("workskin");
        Map<String, Object> metadata = new LinkedHashMap<>();
        Element tags = document.selectFirst("dl.work.meta");
        if (tags == null) {
            tags = Ao3Preface.tagList(document.body());
        }
        if (tags != null) {
            Element list = tags.clone();
            for (Element stats : list.select("dd dl")) {
                stats.replaceWith(new TextNode(String.join(" ", stats.children().eachText())));
            }
            Ao3Tags.read(list, markdown, metadata);
        }
        Element preface = skin.selectFirst("> .preface");
        if (preface != null) {
            text(preface.selectFirst(".title")).ifPresent(t -> metadata.put("title", t));
            Element byline = preface.selectFirst(".byline");
            if (byline != null) {
                List<String> authors = byline.select("a[rel=author]").eachText();
                metadata.put("author", authors.isEmpty() ? byline.text().strip()
                        : authors.size() == 1 ? authors.get(0) : authors);
            }
            module(preface, ".summary", metadata, "summary");
            module(preface, ".notes", metadata, "notes");
        }
        module(skin, "#work_endnotes", metadata, "end_notes");
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
        }
        List<ImportedChapter> chapters = new ArrayList<>();
        Element container = skin.getElementById("chapters");
        List<Element> parts = container.select("> div.chapter");
        if (parts.isEmpty()) {
            chapters.add(new ImportedChapter("", "", "", body(container), "", line(container)));
        } else {
            for (Element part : parts) {
                chapters.add(chapter(part));
            }
        }
        warnings.add(Diagnostic.warning("IMPORT-AO3-PAGE", Location.of(file, line(skin)),
                "read as an AO3 work page saved from a browser: the site's own page (navigation, kudos, readers'"
                        + " comments, footer) is not the writer's and is left out"));
        List<ImportedChapter> folded = Chapters.fold(chapters, file, warnings);
        markdown.story().finish();
        if (folded.isEmpty() || folded.stream().allMatch(c -> c.body().isBlank())) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, line(container)),
                    "this AO3 work page has no chapter text (no .userstuff inside #chapters)"));
        }
        return new ImportedStory(file, "ao3-html", metadata, folded, Optional.empty(), warnings);
    }

    private ImportedChapter chapter(Element part) {
        Map<String, Object> notes = new LinkedHashMap<>();
        String title = "";
        Element heading = part.selectFirst(".chapter.preface .title, h3.title");
        if (heading != null) {
            title = Ao3HtmlReader.chapterTitle(heading.text());
        }
        for (Element meta : part.select("> .chapter.preface, > div.preface")) {
            module(meta, ".summary", notes, "summary");
            module(meta, ".notes:not(.end)", notes, "notes");
            module(meta, ".end.notes", notes, "end_notes");
        }
        return new ImportedChapter(title, (String) notes.getOrDefault("summary", ""), (String) notes.getOrDefault("notes", ""),
                body(part), (String) notes.getOrDefault("end_notes", ""), line(part));
    }

    /** The text of a chapter: its {@code .userstuff}, without the "Chapter Text" landmark AO3 puts over it. */
    private String body(Element within) {
        List<String> texts = new ArrayList<>();
        for (Element text : within.select(".userstuff")) {
            if (text.parents().stream().anyMatch(p -> p.hasClass("preface") || p.hasClass("module") && p != within
                    && !p.hasClass("chapter"))) {
                continue; // a summary's or note's own .userstuff
            }
            Element copy = text.clone();
            copy.select("h3.landmark").remove();
            String converted = markdown.convert(copy);
            if (!converted.isBlank()) {
                texts.add(converted);
            }
        }
        return String.join("\n\n", texts);
    }

    /** A summary or notes module: its {@code blockquote.userstuff} (the "See the end" pointer is the site's). */
    private void module(Element within, String selector, Map<String, Object> into, String key) {
        Element module = within.selectFirst(selector);
        Element quote = module == null ? null : module.selectFirst("blockquote");
        if (quote != null && !quote.text().isBlank()) {
            into.put(key, markdown.convert(quote));
        }
    }

    private static Optional<String> text(Element element) {
        return element == null || element.text().isBlank() ? Optional.empty() : Optional.of(element.text().strip());
    }

    private static int line(Element element) {
        return element != null && element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
    }
}
