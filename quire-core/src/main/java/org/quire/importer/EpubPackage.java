package org.quire.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * An EPUB's package (EPUB 3.3 §5, OPF 2.0.1 for EPUB 2): the package document found through
 * {@code META-INF/container.xml}, its manifest, spine and metadata, and the titles of the
 * contents from the EPUB 3 navigation document or the EPUB 2 NCX. XML is parsed by jsoup's XML
 * parser, which reads no DTD and expands no entity but the five XML ones: nothing is fetched.
 */
final class EpubPackage {
    /** A manifest item. */
    record Item(String id, String path, String mediaType, String properties) {
    }

    final ZipEntries zip;
    final Document opf;
    final Map<String, Item> manifest = new LinkedHashMap<>();
    final List<Item> spine = new ArrayList<>();
    /** Contents titles by document path (fragment removed), first entry wins. */
    final Map<String, String> titles = new HashMap<>();
    private final String base;

    private EpubPackage(ZipEntries zip, Document opf, String opfPath) {
        this.zip = zip;
        this.opf = opf;
        this.base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
    }

    static EpubPackage read(Path file, ZipEntries zip) throws StoryException {
        Document container = xml(zip.text("META-INF/container.xml").orElseThrow(() -> broken(file,
                "has no META-INF/container.xml; it is not an EPUB")));
        Element rootfile = container.selectFirst("rootfile[full-path]");
        if (rootfile == null) {
            throw broken(file, "names no package document in META-INF/container.xml");
        }
        String opfPath = rootfile.attr("full-path");
        Document opf = xml(zip.text(opfPath).orElseThrow(() -> broken(file, "has no package document " + opfPath)));
        EpubPackage epub = new EpubPackage(zip, opf, opfPath);
        for (Element item : opf.select("manifest > item")) {
            Item entry = new Item(item.id(), epub.resolve(epub.base, item.attr("href")), item.attr("media-type"),
                    item.attr("properties"));
            epub.manifest.put(item.id(), entry);
        }
        for (Element ref : opf.select("spine > itemref")) {
            Item item = epub.manifest.get(ref.attr("idref"));
            if (item != null) {
                epub.spine.add(item);
            }
        }
        epub.readTitles();
        return epub;
    }

    static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    private static StoryException broken(Path file, String why) {
        return new StoryException(Diagnostic.error("IMPORT-EPUB", Location.of(file), "the EPUB " + why));
    }

    /** The first {@code <dc:name>} texts of the metadata. */
    List<String> dc(String name) {
        List<String> values = new ArrayList<>();
        for (Element element : opf.select("metadata > *")) {
            if (element.tagName().equalsIgnoreCase("dc:" + name) && !element.text().isBlank()) {
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

    Optional<String> text(Item item) {
        return zip.text(item.path());
    }

    Optional<Item> byProperty(String property) {
        return manifest.values().stream().filter(i -> List.of(i.properties().split("\\s+")).contains(property)).findFirst();
    }

    private void readTitles() {
        Optional<Item> nav = byProperty("nav");
        if (nav.isPresent()) {
            String folder = folderOf(nav.get().path());
            Document document = Jsoup.parse(text(nav.get()).orElse(""), "", Parser.xmlParser());
            Element toc = null;
            for (Element candidate : document.select("nav")) {
                if (candidate.attr("epub:type").contains("toc")) {
                    toc = candidate;
                }
            }
            for (Element link : (toc == null ? document : toc).select("a[href]")) {
                titles.putIfAbsent(resolve(folder, withoutFragment(link.attr("href"))), link.text().strip());
            }
        }
        Element spineElement = opf.selectFirst("spine");
        Item ncx = spineElement == null ? null : manifest.get(spineElement.attr("toc"));
        if (ncx == null) {
            ncx = manifest.values().stream().filter(i -> i.mediaType().equals("application/x-dtbncx+xml")).findFirst().orElse(null);
        }
        if (ncx != null) {
            String folder = folderOf(ncx.path());
            Document document = Jsoup.parse(text(ncx).orElse(""), "", Parser.xmlParser());
            for (Element point : document.select("navPoint")) {
                Element label = point.selectFirst("> navLabel > text");
                Element content = point.selectFirst("> content");
                if (label != null && content != null) {
                    titles.putIfAbsent(resolve(folder, withoutFragment(content.attr("src"))), label.text().strip());
                }
            }
        }
    }

    static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    }

    private static String withoutFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    /** A relative reference resolved against {@code folder}, inside the zip ({@code ..} cannot leave it). */
    String resolve(String folder, String href) {
        String decoded = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        List<String> parts = new ArrayList<>(List.of((folder + decoded).split("/")));
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
