package org.quire.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.model.Diagnostic;
import org.quire.model.Story;
import org.quire.model.StoryException;
import org.quire.render.BookModel;
import org.quire.render.Renderer;
import org.quire.typeset.DocumentInfo;
import org.quire.typeset.Typesetter;
import org.quire.typeset.flow.PrintDocument;
import org.quire.typeset.lines.Hyphenator;

/**
 * Writes a story as a print-ready PDF: the print templates ({@code print.ftlx}, styled by
 * {@code print.css.ftl}) set by Quire's typesetter, fonts embedded, tagged for PDF/UA-1 and
 * conforming to PDF/A-2u, with bookmarks, and bytes that depend only on the content and the
 * build clock.
 */
public final class PdfWriter {
    private final Renderer renderer;
    private final PdfOptions options;

    public PdfWriter(Renderer renderer, PdfOptions options) {
        this.renderer = renderer;
        this.options = options;
    }

    /** Writes the PDF and returns its warnings (stylesheet problems, characters no font can draw). */
    public List<Diagnostic> write(Story story, Instant clock, Optional<CoverMaker.Cover> cover, OutputStream out)
            throws IOException, StoryException {
        try (PdfFonts fonts = PdfFonts.resolve(options.fonts(), renderer.theme())) {
            Map<String, Object> model = model(story, clock, fonts, cover);
            String css = renderer.render("print.css.ftl", model);
            ((Map<String, Object>) model.get("print")).put("css", BookModel.markup(css));
            Path template = renderer.theme().sourceOf("print.ftlx");
            Parsed parsed = parse(renderer.render("print.ftlx", model).strip(), css, template);
            String generator = "Quire " + org.quire.render.Version.get();
            org.quire.model.Metadata m = story.metadata();
            List<String> keywords = new ArrayList<>(m.fandoms());
            keywords.addAll(m.tags());
            DocumentInfo info = new DocumentInfo(m.title(), (String) ((Map<?, ?>) model.get("book")).get("author"),
                    org.jsoup.Jsoup.parse(m.summary().markup()).text(), keywords, m.language(), generator, clock);
            Set<String> unhyphenated = new java.util.concurrent.ConcurrentSkipListSet<>();
            Typesetter typesetter = new Typesetter(fonts.library(), hyphenators(unhyphenated),
                    new Typesetter.Options(options.pdfUa(), options.pdfA(), 0));
            Typesetter.Result result = typesetter.typeset(parsed.document(), template,
                    List.of(new Typesetter.Stylesheet(css, renderer.theme().sourceOf("print.css.ftl"), 1)), info,
                    parsed.id()::join, out);
            List<Diagnostic> warnings = new ArrayList<>(fonts.warnings());
            warnings.addAll(result.warnings());
            warnings.addAll(GlyphCoverage.warnings(result.stats().missing(), story));
            for (String language : unhyphenated) {
                warnings.add(Diagnostic.warning("NO-HYPHENATION", org.quire.model.Location.of(story.source()),
                        "the PDF sets text in language '" + language + "' without hyphenation: Quire has no "
                                + "hyphenation patterns for it, so justified lines are looser; add a LibreOffice "
                                + "pattern file (hyph_" + language.replace('-', '_') + ".dic) to the theme's "
                                + "hyphenation/ folder, or set the text ragged right (text-align: left)"));
            }
            return warnings;
        }
    }

    /** The print document, read, and its file identifier, being computed beside it. */
    private record Parsed(PrintDocument document, CompletableFuture<byte[]> id) {
    }

    /**
     * Reads the templates' XHTML once (a malformed page is {@code TEMPLATE-XHTML} at the
     * template) and starts hashing it for the file identifier on another thread, so that
     * neither waits for the other. Only the tree is kept: a long book's XHTML is tens of
     * megabytes, and nothing holds it once both are done.
     */
    private Parsed parse(String xhtml, String css, Path template) throws StoryException {
        String settings = options.toString();
        CompletableFuture<byte[]> id = CompletableFuture.supplyAsync(() -> PdfStamp.fileId(xhtml, css, settings));
        try {
            return new Parsed(PrintDocument.parse(xhtml), id);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof org.xml.sax.SAXParseException malformed) {
                throw XmlCheck.malformed(malformed, template, "the PDF's XHTML");
            }
            throw e;
        }
    }

    /**
     * The hyphenation patterns of each language the book uses, from the theme, read once.
     *
     * @param missing gets each language tag that text to hyphenate asked for and no patterns serve
     */
    private java.util.function.Function<String, Hyphenator> hyphenators(Set<String> missing) {
        Map<String, Hyphenator> found = new ConcurrentHashMap<>();
        return language -> found.computeIfAbsent(language, tag -> {
            try {
                Optional<? extends Hyphenator> patterns = Hyphenation.forLanguage(renderer.theme(), tag);
                if (patterns.isEmpty() && !tag.isBlank() && !tag.equalsIgnoreCase("und") && !Hyphenation.notPractised(tag)) {
                    missing.add(tag);
                }
                return patterns.<Hyphenator>map(h -> h).orElse(Hyphenator.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Map<String, Object> model(Story story, Instant clock, PdfFonts fonts, Optional<CoverMaker.Cover> cover)
            throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        org.quire.render.Labels labels = renderer.theme().labels(story.metadata().language());
        model.put("labels", labels.asMap());
        model.put("book", BookModel.of(story, clock, number -> String.format("#ch%03d", number), labels));
        Map<String, Object> print = new LinkedHashMap<>();
        TrimSize trim = options.trim();
        print.put("width", mm(trim.width()));
        print.put("height", mm(trim.height()));
        print.put("inner", mm(trim.inner()));
        print.put("outer", mm(trim.outer()));
        print.put("top", mm(trim.top()));
        print.put("bottom", mm(trim.bottom()));
        print.put("fontSize", mm(trim.fontSize()));
        print.put("fontFamilies", fonts.cssFamilies());
        print.put("monoFamilies", fonts.cssMonoFamilies());
        // Notes are set at one size wherever their call stands, even inside a chapter's heading.
        print.put("noteSize", mm(trim.fontSize() * 0.8));
        print.put("fontName", labels.join(fontNames(story, fonts.mainFamily())));
        print.put("openingBreak", options.rectoChapters() ? "right" : "page");
        double coverHeight = trim.width() * CoverMaker.HEIGHT / CoverMaker.WIDTH;
        print.put("coverHeight", mm(coverHeight));
        print.put("coverShift", mm(Math.min(0, (trim.height() - coverHeight) / 2)));
        // The whole cover on the page, centred (CSS object-fit: contain): filling the width cut
        // the top and bottom off a cover taller than the page, and with them the lettering there.
        double fit = Math.min(trim.width() / CoverMaker.WIDTH, trim.height() / CoverMaker.HEIGHT);
        print.put("coverFitWidth", mm(CoverMaker.WIDTH * fit));
        print.put("coverFitHeight", mm(CoverMaker.HEIGHT * fit));
        print.put("coverFitLeft", mm((trim.width() - CoverMaker.WIDTH * fit) / 2));
        print.put("coverFitTop", mm((trim.height() - CoverMaker.HEIGHT * fit) / 2));
        print.put("coverImage", cover.map(c -> "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(c.jpeg())).orElse(""));
        model.put("print", print);
        return model;
    }

    /**
     * The faces the book's text is set in, for the colophon: the text face, then each bundled
     * script face a letter of the story needs (a Chinese story is set in Droid Sans Fallback,
     * its Latin digits in Noto Serif).
     */
    private static List<String> fontNames(Story story, String textFace) {
        List<String> texts = new ArrayList<>(List.of(story.metadata().title()));
        texts.addAll(story.metadata().authors());
        for (org.quire.model.Chapter chapter : story.chapters()) {
            texts.addAll(List.of(chapter.title(), chapter.body().markup(), chapter.notes().markup(),
                    chapter.endNotes().markup()));
        }
        List<String> names = new ArrayList<>(List.of(textFace));
        names.addAll(ScriptFaces.namesFor(texts));
        return names;
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
