package org.quire.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.Chapter;
import org.quire.model.Story;
import org.quire.model.StoryException;
import org.quire.render.BookModel;
import org.quire.render.Labels;
import org.quire.render.Renderer;

/**
 * Writes a story as an EPUB 3.3 publication: one XHTML document per chapter, the package
 * document, the navigation document and an NCX, in a zip laid out as OCF requires.
 */
public final class EpubWriter {
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
            <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>
            """;
    private static final String XHTML = "application/xhtml+xml";

    private final Renderer renderer;

    public EpubWriter(Renderer renderer) {
        this.renderer = renderer;
    }

    public void write(Story story, Instant modified, Optional<CoverMaker.Cover> cover, OutputStream out)
            throws IOException, StoryException {
        Labels labels = renderer.theme().labels(story.metadata().language());
        List<EpubPage> pages = pages(story, cover.isPresent(), labels);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("labels", labels.asMap());
        Map<String, Object> book = BookModel.of(story, modified, EpubWriter::chapterFile, labels);
        book.put("hasCover", cover.isPresent());
        model.put("book", book);
        model.put("pages", pages.stream().map(EpubPage::model).toList());
        List<Map<String, Object>> chapters = bookChapters(book);

        try (DeterministicZip zip = new DeterministicZip(out, modified)) {
            // OCF 3.3 §4.2.3: mimetype first, stored, without extra fields.
            zip.stored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.deflated("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
            model.put("items", manifest(pages, cover.isPresent()));
            model.put("spine", pages.stream().map(EpubPage::id).toList());
            zip.deflated("EPUB/package.opf", page("package.opf.ftlx", model, "package.opf"));
            zip.deflated("EPUB/toc.ncx", page("toc.ncx.ftlx", model, "toc.ncx"));
            zip.deflated("EPUB/css/style.css", renderer.theme().resource("style.css"));
            if (cover.isPresent()) {
                zip.stored("EPUB/images/cover.jpg", cover.get().jpeg()); // already compressed
            }
            for (EpubPage page : pages) {
                Map<String, Object> pageModel = new LinkedHashMap<>(model);
                pageModel.put("page", page.model());
                if (page.chapter() != null) {
                    pageModel.put("chapter", chapters.get(page.chapter().number() - 1));
                }
                zip.deflated("EPUB/" + page.file(), page(page.template(), pageModel, page.file()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bookChapters(Map<String, Object> book) {
        return (List<Map<String, Object>>) book.get("chapters");
    }

    /** Stable names, as pandoc uses: {@code ch001.xhtml} for chapter 1. */
    static String chapterFile(int number) {
        return String.format("ch%03d.xhtml", number);
    }

    private byte[] page(String template, Map<String, Object> model, String output) throws IOException, StoryException {
        String xml = renderer.render(template, model).strip();
        XmlCheck.wellFormed(xml, renderer.theme().sourceOf(template), output);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static List<EpubPage> pages(Story story, boolean cover, Labels labels) {
        List<EpubPage> pages = new ArrayList<>();
        if (cover) {
            pages.add(new EpubPage("cover.xhtml", "cover-page.ftlx", labels.get("cover"), "cover", "cover", false, null));
        }
        pages.add(new EpubPage("title.xhtml", "title.ftlx", labels.get("titlePage"), "title", "titlepage", true, null));
        if (!story.metadata().dedication().isEmpty()) {
            pages.add(new EpubPage("dedication.xhtml", "dedication.ftlx", labels.get("dedication"), "dedication", "", true, null));
        }
        pages.add(new EpubPage("nav.xhtml", "nav.ftlx", labels.get("contents"), "contents", "toc", false, null));
        for (Chapter chapter : story.chapters()) {
            pages.add(new EpubPage(chapterFile(chapter.number()), "chapter.ftlx", BookModel.displayTitle(story, chapter, labels),
                    "chapter", chapter.number() == 1 ? "bodymatter" : "", true, chapter));
        }
        if (!story.metadata().endNotes().isEmpty()) {
            pages.add(new EpubPage("afterword.xhtml", "afterword.ftlx", labels.get("afterword"), "afterword", "", true, null));
        }
        pages.add(new EpubPage("colophon.xhtml", "colophon.ftlx", labels.get("colophon"), "colophon", "", true, null));
        return pages;
    }

    private static List<Map<String, Object>> manifest(List<EpubPage> pages, boolean cover) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("ncx", "toc.ncx", "application/x-dtbncx+xml", ""));
        items.add(item("css", "css/style.css", "text/css", ""));
        if (cover) {
            items.add(item("cover-image", "images/cover.jpg", "image/jpeg", "cover-image"));
        }
        for (EpubPage page : pages) {
            items.add(item(page.id(), page.file(), XHTML, page.kind().equals("contents") ? "nav" : ""));
        }
        return items;
    }

    private static Map<String, Object> item(String id, String href, String mediaType, String properties) {
        return Map.of("id", id, "href", href, "mediaType", mediaType, "properties", properties);
    }
}
