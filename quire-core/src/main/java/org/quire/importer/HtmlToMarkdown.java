package org.quire.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    HtmlToMarkdown(Path file, List<Diagnostic> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    private static FlexmarkHtmlConverter converter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, true);
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "* * *");
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        return FlexmarkHtmlConverter.builder(options).build();
    }

    /** The Markdown of {@code root}'s content; {@code root} itself is left untouched. */
    String convert(Element root) {
        Element copy = root.clone();
        prepare(copy);
        String markdown = CONVERTER.convert(copy.outerHtml());
        return tidy(markdown);
    }

    /** The Markdown of several sibling elements, in order. */
    String convert(List<? extends Node> nodes) {
        Element wrapper = new Element("div");
        for (Node node : nodes) {
            wrapper.appendChild(node.clone());
        }
        return convert(wrapper);
    }

    private void prepare(Element root) {
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
                if (!(href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:"))) {
                    element.unwrap();
                }
            } else if (name.equals("center") || name.equals("font")) {
                element.unwrap();
            }
        }
        for (TextNode text : textNodes(root)) {
            if (!insideCode(text)) {
                text.text(MarkdownText.inline(text.getWholeText()));
            }
        }
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
