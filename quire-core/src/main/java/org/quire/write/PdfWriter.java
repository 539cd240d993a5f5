package org.quire.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.model.Diagnostic;
import org.quire.model.Story;
import org.quire.model.StoryException;
import org.quire.render.BookModel;
import org.quire.render.Renderer;
import org.quire.typeset.DocumentInfo;
import org.quire.typeset.Typesetter;
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
            String xhtml = renderer.render("print.ftlx", model).strip();
            XmlCheck.wellFormed(xhtml, renderer.theme().sourceOf("print.ftlx"), "the PDF's XHTML");
            String generator = "Quire " + org.quire.render.Version.get();
            org.quire.model.Metadata m = story.metadata();
            List<String> keywords = new ArrayList<>(m.fandoms());
            keywords.addAll(m.tags());
            DocumentInfo info = new DocumentInfo(m.title(), (String) ((Map<?, ?>) model.get("book")).get("author"),
                    org.jsoup.Jsoup.parse(m.summary().markup()).text(), keywords, m.language(), generator, clock);
            Typesetter typesetter = new Typesetter(fonts.library(), hyphenators(),
                    new Typesetter.Options(options.pdfUa(), options.pdfA(), 0));
            byte[] id = Arrays.copyOf(PdfStamp.sha256((xhtml + css + options).getBytes(StandardCharsets.UTF_8)), 16);
            Typesetter.Result result = typesetter.typeset(xhtml, renderer.theme().sourceOf("print.ftlx"),
                    List.of(new Typesetter.Stylesheet(css, renderer.theme().sourceOf("print.css.ftl"), 1)), info, id, out);
            List<Diagnostic> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(GlyphCoverage.warnings(result.stats().missing(), story));
            return warnings;
        }
    }

    /** The hyphenation patterns of each language the book uses, from the theme, read once. */
    private java.util.function.Function<String, Hyphenator> hyphenators() {
        Map<String, Hyphenator> found = new ConcurrentHashMap<>();
        return language -> found.computeIfAbsent(language, tag -> {
            try {
                return Hyphenation.forLanguage(renderer.theme(), tag).<Hyphenator>map(h -> h).orElse(Hyphenator.NONE);
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
        print.put("fontName", fonts.mainFamily());
        print.put("openingBreak", options.rectoChapters() ? "right" : "page");
        double coverHeight = trim.width() * CoverMaker.HEIGHT / CoverMaker.WIDTH;
        print.put("coverHeight", mm(coverHeight));
        print.put("coverShift", mm(Math.min(0, (trim.height() - coverHeight) / 2)));
        print.put("coverImage", cover.map(c -> "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(c.jpeg())).orElse(""));
        model.put("print", print);
        return model;
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
