package org.quire.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quire.model.Diagnostic;
import org.quire.typeset.css.Cascade;
import org.quire.typeset.css.CssParser;
import org.quire.typeset.css.PageStyles;
import org.quire.typeset.css.Style;
import org.quire.typeset.css.StyleSheet;
import org.quire.typeset.flow.FlowEnvironment;
import org.quire.typeset.flow.PrintDocument;
import org.quire.typeset.flow.XElement;
import org.quire.typeset.lines.BreakParameters;
import org.quire.typeset.lines.Hyphenator;
import org.quire.typeset.lines.ScriptBreakRules;
import org.quire.typeset.pages.GalleyBuilder;
import org.quire.typeset.pages.LayoutStats;
import org.quire.typeset.pdf.BookWriter;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.FontLibrary;

/**
 * Quire's book typesetter: sets the print templates' XHTML, styled by the theme's print
 * stylesheet (Quire's CSS subset, listed in the README), as a tagged PDF. Text is shaped by the
 * JDK (kerning and ligatures), broken into lines by Knuth and Plass's algorithm with Liang's
 * hyphenation, cut into pages with footnotes at their foot, and written with PDFBox as PDF/UA-1
 * and PDF/A-2u. The parts of the book that start on a new page are laid out in parallel; the
 * bytes do not depend on the number of threads.
 */
public final class Typesetter {
    private static final StyleSheet USER_AGENT = userAgent();
    private static volatile ExecutorService shared;

    /** A stylesheet and where it came from: warnings name {@code source} and its lines from {@code firstLine}. */
    public record Stylesheet(String css, Path source, int firstLine) {
        public Stylesheet {
            Objects.requireNonNull(css, "css");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * @param threads how many units are laid out at once: 1 on the calling thread's pool of one,
     *     0 for one per processor
     */
    public record Options(boolean pdfUa, boolean pdfA, int threads) {
        public static final Options DEFAULT = new Options(true, true, 0);
    }

    /** What typesetting said and did. */
    public record Result(List<Diagnostic> warnings, int pages, LayoutStats stats) {
    }

    private final FontLibrary fonts;
    private final Function<String, Hyphenator> hyphenators;
    private final Options options;

    /**
     * @param hyphenators the hyphenation patterns of a language tag ({@link Hyphenator#NONE} for none)
     */
    public Typesetter(FontLibrary fonts, Function<String, Hyphenator> hyphenators, Options options) {
        this.fonts = fonts;
        this.hyphenators = hyphenators;
        this.options = options;
    }

    /**
     * Sets a book.
     *
     * @param xhtml the print document (well-formed XHTML)
     * @param source the template that made it, named in warnings
     * @param sheets the theme's stylesheets, in cascade order
     * @param id the file identifier: 16 bytes derived from the content
     * @throws IOException when the PDF cannot be written
     * @throws IllegalArgumentException when the document is not well-formed XML
     */
    public Result typeset(String xhtml, Path source, List<Stylesheet> sheets, DocumentInfo info, byte[] id,
                          OutputStream out) throws IOException {
        return typeset(PrintDocument.parse(xhtml), source, sheets, info, () -> id, out);
    }

    /**
     * Sets a book from its print document, read already. The document's tree is given up once
     * the book is laid out ({@link PrintDocument#release()}): a long book's tree is not kept
     * while the PDF is written.
     *
     * @param id the file identifier (16 bytes derived from the content), asked for when the PDF
     *     is written: it may be computed while the book is laid out
     * @throws IOException when the PDF cannot be written
     */
    public Result typeset(PrintDocument document, Path source, List<Stylesheet> sheets, DocumentInfo info,
                          Supplier<byte[]> id, OutputStream out) throws IOException {
        try {
            return set(document, source, sheets, info, id, out);
        } catch (java.io.UncheckedIOException e) {
            // A font file that cannot be read is found when a face is first used, on a layout thread.
            throw e.getCause();
        }
    }

    private Result set(PrintDocument document, Path source, List<Stylesheet> sheets, DocumentInfo info,
                       Supplier<byte[]> id, OutputStream out) throws IOException {
        List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
        LayoutStats stats = new LayoutStats();
        BookLayout.Book book = lay(document, source, sheets, info, warnings, stats);
        document.release();
        new BookWriter(fonts.faces(), info, options.pdfUa(), options.pdfA()).write(book.pages(), book.parts(),
                book.bookmarks(), book.anchors(), book.labels(), id.get(), out);
        List<Diagnostic> sorted;
        synchronized (warnings) {
            sorted = new ArrayList<>(new java.util.LinkedHashSet<>(warnings));
        }
        return new Result(sorted, book.pages().size(), stats);
    }

    /** Styles the document and lays the book out; nothing made here keeps the document's tree. */
    private BookLayout.Book lay(PrintDocument document, Path source, List<Stylesheet> sheets, DocumentInfo info,
                                List<Diagnostic> warnings, LayoutStats stats) throws IOException {
        List<StyleSheet> author = new ArrayList<>();
        int order = 1;
        for (Stylesheet sheet : sheets) {
            author.add(CssParser.parse(sheet.css(), sheet.source(), sheet.firstLine(), order++, warnings));
        }
        for (PrintDocument.StyleText style : document.styles()) {
            author.add(CssParser.parse(style.css(), source, style.line(), order++, warnings));
        }
        XElement html = document.root();
        Style rootStyle = new Cascade(USER_AGENT, author, 12).compute(html, null, null);
        Cascade cascade = new Cascade(USER_AGENT, author, rootStyle.fontSize());
        Style htmlStyle = cascade.compute(html, null, null);
        XElement body = html.find("body");
        if (body == null) {
            throw new IllegalArgumentException("the print document has no <body>");
        }
        Style bodyStyle = cascade.compute(body, htmlStyle, null);
        warnFonts(author, warnings);
        PageStyles pageStyles = new PageStyles(author, htmlStyle, warnings);
        Set<String> ids = new HashSet<>();
        collectIds(html, ids);
        String language = html.attribute("lang", html.attribute("xml:lang", info.language()));
        Map<String, String> pageNumbers = new ConcurrentHashMap<>();
        FlowEnvironment env = new FlowEnvironment(cascade, fonts, hyphenators, language, ids, pageNumbers::get,
                warnings, source);
        GalleyBuilder galleys = new GalleyBuilder(BreakParameters.BOOK, ScriptBreakRules.INSTANCE, stats);
        Map<FontFace, String> fontNames = BookWriter.fontNames(fonts.faces());
        UnitLayout units = new UnitLayout(env, galleys, pageStyles, fontNames, options.pdfUa());
        ExecutorService pool = options.threads() == 1 ? Executors.newSingleThreadExecutor() : pool();
        try {
            return new BookLayout(units, pageStyles, bodyStyle, bodyStyle.lineHeight(), pool, pageNumbers)
                    .lay(Groups.of(body, bodyStyle, cascade), new Furniture(fonts, fontNames, options.pdfUa()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("typesetting was interrupted", e);
        } finally {
            if (options.threads() == 1) {
                pool.shutdown();
            }
        }
    }

    /** One thread per processor, shared by every book of the run (a batch builds books side by side). */
    private static ExecutorService pool() {
        ExecutorService pool = shared;
        if (pool == null) {
            synchronized (Typesetter.class) {
                if (shared == null) {
                    shared = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
                        Thread thread = new Thread(runnable, "quire-typeset");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                pool = shared;
            }
        }
        return pool;
    }

    /**
     * A {@code font-family} that names no face of the book is set in the book's text face:
     * a {@code CSS-FONT} warning at the declaration, for each one, that says how to add it.
     */
    private void warnFonts(List<StyleSheet> sheets, List<Diagnostic> warnings) {
        for (org.quire.typeset.css.FontFamilies.Unknown unknown : org.quire.typeset.css.FontFamilies.unknown(sheets, fonts::knows)) {
            warnings.add(Diagnostic.warning("CSS-FONT", unknown.declaration().at(), "font-family names "
                    + String.join(", ", unknown.families()) + ", and the PDF has none of them (its fonts are Quire's "
                    + "bundled ones and the .ttf files of the theme's fonts/ folder); text styled so is set in the book's "
                    + "text face: add the family's .ttf files to templates/fonts/, or name a family the book has"));
        }
    }

    private static void collectIds(XElement element, Set<String> ids) {
        String id = element.attribute("id");
        if (id != null) {
            ids.add(id);
        }
        for (Object child : element.children()) {
            if (child instanceof XElement e) {
                collectIds(e, ids);
            }
        }
    }

    private static StyleSheet userAgent() {
        try (InputStream in = Typesetter.class.getResourceAsStream("/org/quire/typeset/ua.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Diagnostic> problems = new ArrayList<>();
            StyleSheet sheet = CssParser.parse(css, Path.of("ua.css"), 1, 0, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in stylesheet has problems: " + problems);
            }
            return sheet;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
