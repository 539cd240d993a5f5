package org.quire.importer;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages of an EPUB that Quire wrote (the built-in theme's {@code title.ftlx},
 * {@code chapter.ftlx}, {@code afterword.ftlx}, {@code dedication.ftlx}, {@code colophon.ftlx}),
 * read back into metadata and chapters, so a book can be imported and built again.
 */
final class QuirePages {
    private QuirePages() {
    }

    /** Reads {@code page} if it is one of Quire's; returns false for any other page. */
    static boolean read(Document page, HtmlToMarkdown markdown, Map<String, Object> metadata,
                        List<ImportedChapter> chapters) {
        Element body = page.body();
        Element chapter = body.selectFirst("section.chapter[epub:type=chapter]");
        if (chapter != null && chapter.selectFirst("> div.text") != null) {
            Element title = chapter.selectFirst("> h1.chapter-title");
            chapters.add(new ImportedChapter(title == null ? "" : title.text().strip(),
                    notes(chapter, "chapter-summary", markdown), notes(chapter, "chapter-notes", markdown),
                    markdown.convert(chapter.selectFirst("> div.text")), notes(chapter, "chapter-end-notes", markdown), 0));
            return true;
        }
        Element meta = body.selectFirst("section.story-meta > dl.tags");
        if (meta != null || body.selectFirst("section.title-page[epub:type=titlepage]") != null) {
            if (meta != null) {
                Ao3Tags.read(meta, markdown, metadata);
            }
            put(metadata, "summary", notes(body, "summary", markdown));
            put(metadata, "notes", notes(body, "notes", markdown));
            Element disclaimer = body.selectFirst("section.disclaimer");
            if (disclaimer != null) {
                put(metadata, "disclaimer", markdown.convert(disclaimer));
            }
            return true;
        }
        Element afterword = body.selectFirst("section.afterword[epub:type=afterword] > div.notes-text");
        if (afterword != null) {
            put(metadata, "end_notes", markdown.convert(afterword));
            return true;
        }
        Element dedication = body.selectFirst("section.dedication, [epub:type=dedication]");
        if (dedication != null) {
            put(metadata, "dedication", markdown.convert(dedication));
            return true;
        }
        return body.selectFirst("section.colophon, [epub:type=colophon]") != null;
    }

    private static String notes(Element container, String cssClass, HtmlToMarkdown markdown) {
        Element text = container.selectFirst("section." + cssClass + " > div.notes-text");
        return text == null ? "" : markdown.convert(text);
    }

    private static void put(Map<String, Object> metadata, String key, String value) {
        if (!value.isBlank()) {
            metadata.put(key, value);
        }
    }
}
