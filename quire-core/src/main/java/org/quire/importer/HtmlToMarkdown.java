package org.quire.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * HTML to clean Markdown, through flexmark's HTML-to-Markdown converter. Before converting, the
 * text is escaped the way {@link MarkdownText} escapes plain text (the converter's own escaping
 * is off, since it leaves {@code _}, {@code {…}} and list-like line starts as markup), pictures
 * become their alt text, struck text becomes {@code ~~…~~}, underlined text stays {@code <u>},
 * and links that lead nowhere a reader can go are unwrapped. Each change to the text is a warning.
 */
final class HtmlToMarkdown {
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "object", "embed",
            "applet", "form", "input", "button", "textarea", "select", "noscript", "template", "canvas", "video",
            "audio", "svg", "math", "head", "link", "meta");
    private static final FlexmarkHtmlConverter CONVERTER = converter();

    private final Path file;
    private final List<Diagnostic> warnings;
    private Element lookup;

    HtmlToMarkdown(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /**
     * Footnotes are looked up in {@code document} too, for text cut into chapters while its
     * notes sit together at the end (as pandoc writes HTML); call {@link #removeNotes} on the
     * text itself so the notes are not read as text.
     */
    HtmlToMarkdown lookIn(Element document) {
        this.lookup = document;
        return this;
    }

    /**
     * Takes every footnote container out of {@code page} (EPUB 3 {@code aside epub:type="footnote"},
     * pandoc's and Calibre's {@code .footnotes}, DPUB-ARIA {@code doc-endnotes}) into {@code into},
     * for notes that a link in another file of the same book points to.
     */
    static void moveNotes(Element page, Element into) {
        for (Element container : page.select("[epub:type~=(?i)^(footnotes?|endnotes?|rearnotes?)$], "
                + "[role~=^doc-(footnotes?|endnotes?)$], .footnotes, section.footnotes, div.footnotes")) {
            if (container.parent() != null) {
                Element before = container.previousElementSibling();
                if (before != null && before.normalName().equals("hr")) {
                    before.remove();
                }
                into.appendChild(container.clone());
                container.remove();
            }
        }
    }

    /** Removes the footnote containers that links in {@code root} point to. */
    static void removeNotes(Element root) {
        for (Element link : root.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            Element target = id.isEmpty() ? null : root.getElementById(id);
            Element container = target == null ? null : noteContainer(target);
            if (container != null && !isInside(link, container)) {
                container.remove();
            }
        }
    }

    private static FlexmarkHtmlConverter converter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, true);
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "* * *");
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        return FlexmarkHtmlConverter.builder(options).build();
    }

    /** The Markdown of {@code root}'s content (not of {@code root} itself, a blockquote or div); {@code root} is left untouched. */
    String convert(Element root) {
        Element copy = new Element("div");
        for (Node child : root.childNodes()) {
            copy.appendChild(child.clone());
        }
        List<String> notes = prepare(copy);
        String markdown = tidy(CONVERTER.convert(copy.outerHtml()));
        return notes.isEmpty() ? markdown : markdown + "\n\n" + String.join("\n\n", notes);
    }

    /** The Markdown of several sibling elements, in order. */
    String convert(List<? extends Node> nodes) {
        Element wrapper = new Element("div");
        for (Node node : nodes) {
            wrapper.appendChild(node.clone());
        }
        return convert(wrapper);
    }

    /** Cleans the tree for converting; returns the footnote definitions ({@code [^1]: …}) taken out of it. */
    private List<String> prepare(Element root) {
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element.parent() == null && element != root) {
                continue;
            }
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                if (!element.text().isBlank() && !name.equals("style") && !name.equals("script")) {
                    warn(element, "<" + name + "> removed with its text '" + shorten(element.text()) + "'");
                }
                element.remove();
            } else if (name.equals("img")) {
                String alt = element.attr("alt").strip();
                warn(element, "picture '" + element.attr("src") + "' left out (pictures in stories are not supported)"
                        + (alt.isEmpty() ? "" : "; its alt text is kept"));
                element.replaceWith(new TextNode(alt));
            } else if (name.equals("s") || name.equals("strike")) {
                element.tagName("del");
            } else if (name.equals("a")) {
                String href = element.attr("href").strip().toLowerCase(Locale.ROOT);
                if (!(href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")
                        || (href.contains("#") && lookup != null) || href.startsWith("#"))) {
                    element.unwrap();
                }
            } else if (name.equals("center") || name.equals("font")) {
                element.unwrap();
            }
        }
        Map<Element, String> references = new LinkedHashMap<>();
        List<String> notes = footnotes(root, references);
        for (Element link : root.select("a[href*=#]")) {
            if (!references.containsKey(link) && !references.containsKey(link.parent())
                    && !link.attr("href").matches("(?i)^(https?|mailto):.*")) {
                link.unwrap(); // a link inside the file that is not a footnote: the words stay
            }
        }
        for (TextNode text : textNodes(root)) {
            if (!insideCode(text)) {
                text.text(MarkdownText.inline(text.getWholeText()));
            }
        }
        // Markers go in after escaping, so their brackets stay Markdown.
        references.forEach((reference, marker) -> reference.replaceWith(new TextNode(marker)));
        return notes;
    }

    /**
     * Footnotes as pandoc, Calibre and EPUB 3 write them (a link to a note in an
     * {@code aside epub:type="footnote"}, {@code section.footnotes} or {@code role="doc-endnote"})
     * become Markdown footnotes: the reference {@code [^1]}, the text {@code [^1]: …}. The notes'
     * own container and back links are removed.
     */
    private List<String> footnotes(Element root, Map<Element, String> references) {
        List<String> notes = new ArrayList<>();
        Set<Element> containers = new java.util.LinkedHashSet<>();
        for (Element link : root.select("a[href*=#]")) {
            String href = link.attr("href");
            String id = href.substring(href.indexOf('#') + 1);
            Element target = id.isEmpty() || !href.startsWith("#") ? null : root.getElementById(id);
            if (target == null && lookup != null && !id.isEmpty()) {
                target = lookup.getElementById(id);
            }
            Element container = target == null ? null : noteContainer(target);
            if (container == null || isInside(link, container)) {
                continue;
            }
            Element note = target.normalName().equals("a") && target.parent() != null ? target.parent() : target;
            Element copy = note.clone();
            copy.select("a[href^=#fnref], a[role=doc-backlink], a.footnote-back, a[href^=#]").remove();
            for (TextNode arrow : textNodes(copy)) {
                arrow.text(arrow.getWholeText().replace("↩︎", "").replace("↩", ""));
            }
            int number = notes.size() + 1;
            notes.add("[^" + number + "]: " + new HtmlToMarkdown(file, warnings).convert(copy).replaceAll("\\s*\\n+\\s*", " ").strip());
            Element reference = link.parent() != null && link.parent().normalName().equals("sup")
                    && link.parent().childNodeSize() == 1 ? link.parent() : link;
            references.put(reference, "[^" + number + "]");
            containers.add(container);
        }
        for (Element container : containers) {
            Element before = container.previousElementSibling();
            if (before != null && before.normalName().equals("hr")) {
                before.remove();
            }
            container.remove();
        }
        return notes;
    }

    private static Element noteContainer(Element target) {
        for (Element at = target; at != null; at = at.parent()) {
            String type = at.attr("epub:type") + " " + at.attr("role") + " " + at.className();
            if (type.matches("(?i).*(?<![\\w-])(footnotes?|endnotes?|doc-footnote|doc-endnote|doc-endnotes|rearnotes?)(?![\\w-]).*")) {
                Element outer = at;
                while (outer.parent() != null && (outer.parent().normalName().equals("ol")
                        || outer.parent().className().matches("(?i).*\\bfootnotes\\b.*")
                        || outer.parent().attr("epub:type").matches("(?i).*\\b(footnotes|endnotes)\\b.*"))) {
                    outer = outer.parent();
                }
                return outer;
            }
        }
        return null;
    }

    private static boolean isInside(Element element, Element container) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }

    private static boolean insideCode(Node node) {
        for (Node at = node.parentNode(); at != null; at = at.parentNode()) {
            if (at instanceof Element element && (element.normalName().equals("pre") || element.normalName().equals("code"))) {
                return true;
            }
        }
        return false;
    }

    private void warn(Element element, String message) {
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        warnings.add(Diagnostic.warning("IMPORT-CHANGED", Location.of(file, line), message));
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    /** Trailing spaces off (except a hard break's two), at most one blank line in a row. */
    static String tidy(String markdown) {
        String text = markdown.replace("\u00A0", " ").replaceAll("(?m)(?<! ) +$", "").replaceAll("(?m)^ {3,}$", "")
                .replaceAll("(?m) {3,}$", "  ").replaceAll("\n{3,}", "\n\n");
        return text.strip();
    }
}
