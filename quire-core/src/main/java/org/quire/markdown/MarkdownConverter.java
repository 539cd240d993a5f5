package org.quire.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.Xhtml;

/**
 * The markdown stage: Markdown with smart punctuation, footnotes and attributes in, well-formed
 * XHTML fragments out. One converter serves one language (its quotation marks) and may be
 * reused for every chapter of a story; it is safe to share between threads.
 */
public final class MarkdownConverter {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Quotes quotes;

    private static final java.util.Map<String, MarkdownConverter> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A shared converter for a language: building flexmark's parser costs more than a short story. */
    public static MarkdownConverter forLanguage(String languageTag) {
        return BY_LANGUAGE.computeIfAbsent(languageTag, MarkdownConverter::new);
    }

    public MarkdownConverter(String languageTag) {
        this.quotes = Quotes.forLanguage(languageTag);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), StrikethroughExtension.create()));
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.doubleOpen());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.doubleClose());
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.singleOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.singleClose());
        // An apostrophe is U+2019 in every language that uses Latin letters.
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The result of converting one piece of Markdown. */
    public record Converted(Xhtml xhtml, Optional<String> leadingTitle, int words, List<Diagnostic> warnings) {
    }

    /**
     * Converts a chapter's text.
     *
     * @param firstLine the line of {@code file} where {@code markdown} starts, for diagnostics
     * @param idPrefix prefixed to every generated id (footnotes), unique per chapter
     * @param givenTitle the title from front matter; when empty, a leading {@code # heading} becomes
     *     the title and leaves the text, and when equal to that heading the heading is not repeated
     */
    public Converted convert(String markdown, Path file, int firstLine, String idPrefix,
                             Optional<String> givenTitle) {
        Document document = parser.parse(markdown);
        List<Diagnostic> warnings = scanRawHtml(document, file, firstLine);
        Element body = Jsoup.parseBodyFragment(renderer.render(document)).body();
        HtmlPolicy.clean(body);
        Structure.sceneBreaks(body);
        Structure.footnotes(body, idPrefix);
        Structure.links(body);
        StrayQuotes.curl(body, quotes);
        Structure.lineBlocks(body);
        Optional<String> title = takeLeadingTitle(body, givenTitle);
        Structure.demoteHeadings(body);
        int words = Words.count(body.text());
        return new Converted(XhtmlOutput.of(body), title, words, warnings);
    }

    /** Converts a note, summary or dedication; its warnings go to {@code sink}. */
    public Xhtml fragment(String markdown, Path file, int firstLine, String idPrefix, List<Diagnostic> sink) {
        if (markdown.isBlank()) {
            return Xhtml.EMPTY;
        }
        Converted converted = convert(markdown, file, firstLine, idPrefix, Optional.of(""));
        sink.addAll(converted.warnings());
        return converted.xhtml();
    }

    /** Smart punctuation for a plain-text value such as a title or a tag. */
    public String plain(String text) {
        return PlainTypography.smarten(text, quotes);
    }

    private static Optional<String> takeLeadingTitle(Element body, Optional<String> givenTitle) {
        Element first = body.children().first();
        if (first == null || !first.normalName().equals("h1") || first.text().isBlank()) {
            return Optional.empty();
        }
        String heading = first.text().strip();
        if (givenTitle.isEmpty() || sameTitle(givenTitle.get(), heading)) {
            first.remove();
            return Optional.of(heading);
        }
        return Optional.empty();
    }

    private static boolean sameTitle(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String title) {
        return title.replaceAll("[\\p{Pi}\\p{Pf}\"'\u2019]", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Warns, at its line, about each piece of raw HTML or image that the policy will change. */
    private static List<Diagnostic> scanRawHtml(Document document, Path file, int firstLine) {
        List<Diagnostic> warnings = new ArrayList<>();
        scan(document, file, firstLine, warnings);
        return warnings;
    }

    private static Node replace(Node raw, String cleaned) {
        Node replacement = raw instanceof HtmlBlockBase
                ? new com.vladsch.flexmark.ast.HtmlBlock(com.vladsch.flexmark.util.sequence.BasedSequence.of(cleaned + "\n"))
                : new com.vladsch.flexmark.ast.HtmlInline(com.vladsch.flexmark.util.sequence.BasedSequence.of(cleaned));
        raw.insertBefore(replacement);
        raw.unlink();
        return replacement;
    }

    private static void scan(Node node, Path file, int firstLine, List<Diagnostic> warnings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String html = null;
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                html = child.getChars().toString();
            } else if (child instanceof Image image) {
                html = "<img src=\"" + image.getUrl() + "\">";
            }
            Node next = child;
            if (html != null) {
                Element fragment = Jsoup.parseBodyFragment(html).body();
                Location at = Location.of(file, firstLine + child.getStartLineNumber());
                int elements = fragment.getAllElements().size();
                List<String> changes = HtmlPolicy.clean(fragment);
                boolean elementsRemoved = fragment.getAllElements().size() < elements;
                for (String change : changes) {
                    warnings.add(Diagnostic.warning("HTML-REMOVED", at, change));
                }
                if (elementsRemoved && !(child instanceof Image)) {
                    // Cleaned on its own: an unclosed <script> or <xmp> must not swallow the text after it.
                    next = replace(child, XhtmlOutput.of(fragment).markup());
                }
            }
            scan(next, file, firstLine, warnings);
            child = next;
        }
    }
}
