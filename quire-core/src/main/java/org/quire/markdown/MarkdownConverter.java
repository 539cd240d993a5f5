package org.quire.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
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
import java.util.function.IntUnaryOperator;
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
    private final SourcePreparation preparation;
    private final Punctuation punctuation;
    /** Whether plain prose is built into a tree directly ({@link ProseTree}); off only to test that path against the other. */
    private final boolean direct;

    private static final java.util.Map<String, MarkdownConverter> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A shared converter for a language: building flexmark's parser costs more than a short story. */
    public static MarkdownConverter forLanguage(String languageTag) {
        return BY_LANGUAGE.computeIfAbsent(languageTag, MarkdownConverter::new);
    }

    public MarkdownConverter(String languageTag) {
        this(languageTag, true);
    }

    MarkdownConverter(String languageTag, boolean direct) {
        this.direct = direct;
        this.quotes = Quotes.forLanguage(languageTag);
        this.preparation = new SourcePreparation(quotes, languageTag);
        this.punctuation = new Punctuation(languageTag);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), StrikethroughExtension.create(), TablesExtension.create()));
        // Fiction indents paragraphs with spaces or a tab: that is prose, never code (CommonMark §4.4 off).
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        // GFM tables (GFM spec §4.10): a header row is required, as GitHub reads them.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        // GFM's delimiter row needs one hyphen a cell (|-|-|), not three.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        // flexmark pairs quotes; apostrophes and quotes left without a partner are StrayQuotes',
        // dashes and ellipses Punctuation's, which knows a dash between words from a rule.
        options.set(TypographicExtension.ENABLE_SMARTS, false);
        // Guillemets from << and >> are decided per language by SourcePreparation.
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "&lt;&lt;");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "&gt;&gt;");
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.doubleOpen());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.doubleClose());
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.singleOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.singleClose());
        // An apostrophe is U+2019 in every language that uses Latin letters.
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(options1 -> new PlainText()).build();
    }

    /**
     * The result of converting one piece of Markdown.
     *
     * @param leadingTitle the text of a leading {@code # heading} taken as the title, without note marks
     * @param leadingTitleMarkup that heading's content as markup (emphasis, a footnote call), or empty
     */
    public record Converted(Xhtml xhtml, Optional<String> leadingTitle, Xhtml leadingTitleMarkup, int words,
                            List<Diagnostic> warnings) {
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
        SourcePreparation.Prepared prepared = preparation.prepare(markdown);
        Document document = parser.parse(prepared.text());
        IntUnaryOperator lineOf = line -> firstLine + prepared.originalLine(line);
        List<Diagnostic> warnings = new ArrayList<>();
        for (int line : prepared.unclosedComments()) {
            warnings.add(Diagnostic.warning("COMMENT-OPEN", Location.of(file, firstLine + line),
                    "an HTML comment opens here and never closes, so it would hide every word after it; "
                            + "it is printed as typed: end it with -->"));
        }
        warnings.addAll(UnclosedTags.remove(document, file, lineOf));
        warnings.addAll(RawHtmlScan.scan(document, file, lineOf));
        warnings.addAll(UnclosedBlocks.find(document, file, lineOf));
        warnings.addAll(UnusedFootnotes.keep(document, file, lineOf));
        NestedQuotes.mark(document, quotes);
        Element body = tree(document);
        HtmlPolicy.clean(body);
        for (String removed : Structure.inlineAroundBlocks(body)) {
            warnings.add(Diagnostic.warning("HTML-REMOVED", Location.of(file), removed));
        }
        Structure.emptyParagraphs(body);
        LooseText.wrap(body);
        Structure.sceneBreaks(body);
        Structure.tables(body);
        Structure.footnotes(body, idPrefix);
        Structure.links(body);
        StrayQuotes.curl(body, quotes);
        punctuation.apply(body);
        Structure.lineBlocks(body);
        Addresses.mark(body);
        LeadingTitle title = LeadingTitle.take(body, givenTitle);
        Structure.demoteHeadings(body);
        int words = Words.count(body);
        return new Converted(XhtmlOutput.of(body), title.text(), title.markup(), words, warnings);
    }

    /** The document as a jsoup tree: built directly when it is plain prose, else rendered as HTML and parsed. */
    Element tree(Document document) {
        if (direct) {
            Element body = org.jsoup.nodes.Document.createShell("").body();
            if (ProseTree.build(document, body)) {
                return body;
            }
        }
        return Jsoup.parseBodyFragment(renderer.render(document)).body();
    }

    /** {@code markdown} prepared and parsed, as {@link #convert} first reads it; for tests. */
    Document parse(String markdown) {
        return parser.parse(preparation.prepare(markdown).text());
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

    /** A title from front matter: smart punctuation, and emphasis as plain text and as markup. */
    public InlineTitle title(String text) {
        return InlineTitle.of(plain(text));
    }

    /** Smart punctuation for a plain-text value such as a title or a tag. */
    public String plain(String text) {
        // An HTML comment in a title or a tag is the writer's note to self, as in the text.
        String published = text.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s{2,}", " ").strip();
        return punctuation.plain(PlainTypography.smarten(published, quotes));
    }
}
