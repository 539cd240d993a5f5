package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * An EPUB's package (EPUB 3.3 §5, OPF 2.0.1 for EPUB 2): the package document found through
 * {@code META-INF/container.xml}, its manifest, spine and metadata, and the top level of its
 * contents from the EPUB 3 navigation document or the EPUB 2 NCX. XML is parsed by jsoup's XML
 * parser, which reads no DTD and expands no entity but the five XML ones: nothing is fetched.
 */
final class EpubPackage {
    /** A manifest item. */
    record Item(String id, String href, String path, String mediaType, String properties) {
    }

    /**
     * A top-level entry of the book's contents.
     *
     * @param path the page it leads to
     * @param fragment the id it leads to in that page, or empty for the page's start
     */
    record Entry(String path, String fragment, String label) {
    }

    final BookFiles files;
    final Document opf;
    final String opfPath;
    final Map<String, Item> manifest = new LinkedHashMap<>();
    final List<Item> spine = new ArrayList<>();
    /** Spine items the book does not hold: named in the package, missing from the zip. */
    final List<Item> missing = new ArrayList<>();
    /** The contents' top-level entries, in order: from the navigation document, else the NCX. */
    final List<Entry> contents = new ArrayList<>();

    private EpubPackage(BookFiles files, Document opf, String opfPath) {
        this.files = files;
        this.opf = opf;
        this.opfPath = opfPath;
    }

    static EpubPackage read(Path file, BookFiles files) throws IOException, StoryException {
        Document container = xml(files.text("META-INF/container.xml").orElseThrow(() -> broken(file,
                "has no META-INF/container.xml; it is not an EPUB")));
        Element rootfile = container.selectFirst("rootfile[full-path]");
        if (rootfile == null) {
            throw broken(file, "names no package document in META-INF/container.xml");
        }
        String opfPath = EpubPaths.resolve("", rootfile.attr("full-path"));
        // A path that leaves the EPUB resolves to nothing: name it as container.xml wrote it.
        Document opf = xml(files.text(opfPath).orElseThrow(() -> broken(file, "has no package document '"
                + rootfile.attr("full-path") + "' (META-INF/container.xml names it" + (opfPath.isEmpty()
                ? ", but that path leaves the EPUB)" : ")"))));
        EpubPackage epub = new EpubPackage(files, opf, opfPath);
        String base = EpubPaths.folderOf(opfPath);
        for (Element item : opf.select("manifest > item")) {
            epub.manifest.put(item.id(), new Item(item.id(), item.attr("href"), EpubPaths.resolve(base, item.attr("href")),
                    item.attr("media-type"), item.attr("properties")));
        }
        for (Element ref : opf.select("spine > itemref")) {
            Item item = epub.manifest.get(ref.attr("idref"));
            if (item != null && !item.path().isEmpty() && files.exists(item.path())) {
                epub.spine.add(item);
            } else if (item != null) {
                epub.missing.add(item);
            }
        }
        epub.readContents();
        return epub;
    }

    static Document xml(String text) {
        return Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
    }

    private static StoryException broken(Path file, String why) {
        return new StoryException(Diagnostic.error("IMPORT-EPUB", Location.of(file), "the EPUB " + why));
    }

    /** The {@code <dc:name>} texts of the metadata, in order. */
    List<String> dc(String name) {
        List<String> values = new ArrayList<>();
        for (Element element : dcElements(name)) {
            if (!element.text().isBlank()) {
                values.add(element.text().strip());
            }
        }
        return values;
    }

    List<Element> dcElements(String name) {
        return opf.select("metadata > *").stream().filter(e -> e.tagName().equalsIgnoreCase("dc:" + name)).toList();
    }

    /** An EPUB 2 {@code <meta name content>} value. */
    Optional<String> meta(String name) {
        for (Element meta : opf.select("metadata meta[name]")) {
            if (meta.attr("name").equals(name)) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    Optional<String> text(Item item) throws IOException, StoryException {
        return files.text(item.path());
    }

    Optional<Item> byProperty(String property) {
        return manifest.values().stream().filter(i -> List.of(i.properties().split("\\s+")).contains(property)).findFirst();
    }

    /** The contents' top level: the EPUB 3 navigation document's toc {@code nav}, else the NCX's navMap. */
    private void readContents() throws IOException, StoryException {
        Optional<Item> nav = byProperty("nav");
        if (nav.isPresent()) {
            Document document = xml(text(nav.get()).orElse(""));
            Element toc = null;
            for (Element candidate : document.select("nav")) {
                if (candidate.attr("epub:type").contains("toc") || toc == null) {
                    toc = candidate;
                }
            }
            Element list = toc == null ? null : toc.selectFirst("ol");
            if (list != null) {
                for (Element item : list.select("> li")) {
                    Element link = item.selectFirst("> a[href]");
                    if (link != null) {
                        add(nav.get().path(), link.attr("href"), link.text());
                    }
                }
            }
        }
        if (!contents.isEmpty()) {
            return;
        }
        Element spineElement = opf.selectFirst("spine");
        Item ncx = spineElement == null ? null : manifest.get(spineElement.attr("toc"));
        if (ncx == null) {
            ncx = manifest.values().stream().filter(i -> i.mediaType().equals("application/x-dtbncx+xml")).findFirst().orElse(null);
        }
        if (ncx != null) {
            Document document = xml(text(ncx).orElse(""));
            Element map = document.selectFirst("navMap");
            for (Element point : map == null ? List.<Element>of() : map.select("> navPoint")) {
                Element label = point.selectFirst("> navLabel > text");
                Element content = point.selectFirst("> content");
                if (label != null && content != null) {
                    add(ncx.path(), content.attr("src"), label.text());
                }
            }
        }
    }

    private void add(String from, String href, String label) {
        if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return; // a link out of the book
        }
        int hash = href.indexOf('#');
        String path = EpubPaths.resolve(EpubPaths.folderOf(from), href);
        contents.add(new Entry(path, hash < 0 ? "" : href.substring(hash + 1), label.strip().replaceAll("\\s+", " ")));
    }

    /** Where warnings about the package document point. */
    Path shownOpf() {
        return files.shown(opfPath);
    }
}
