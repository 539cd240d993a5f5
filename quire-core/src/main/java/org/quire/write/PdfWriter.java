package org.quire.write;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.quire.model.Diagnostic;
import org.quire.model.Story;
import org.quire.model.StoryException;
import org.quire.render.BookModel;
import org.quire.render.Renderer;

/**
 * Writes a story as a print-ready PDF: the print templates laid out by openhtmltopdf on PDFBox,
 * fonts embedded, tagged for PDF/UA-1 and conforming to PDF/A-2u, with bookmarks, and bytes that
 * depend only on the content and the build clock.
 */
public final class PdfWriter {
    static {
        Openhtmltopdf.quiet();
    }

    private final Renderer renderer;
    private final PdfOptions options;

    public PdfWriter(Renderer renderer, PdfOptions options) {
        this.renderer = renderer;
        this.options = options;
    }

    /** Writes the PDF and returns its warnings (characters no font can draw). */
    public List<Diagnostic> write(Story story, Instant clock, java.util.Optional<CoverMaker.Cover> cover, OutputStream out)
            throws IOException, StoryException {
        try (PdfFonts fonts = PdfFonts.resolve(options.fonts(), renderer.theme());
             PDDocument pdf = new PDDocument()) {
            String xhtml = printDocument(story, clock, fonts, cover);
            Document document = Jsoup.parse(xhtml, "", Parser.xmlParser());
            document.outputSettings().prettyPrint(false);
            PrintFootnotes.moveToCalls(document);
            GlyphCoverage.dropVariationSelectors(document.selectFirst("body"));
            TrimSize trim = options.trim();
            LongWords.fitTables(document, trim.width() - trim.inner() - trim.outer(), trim.fontSize());
            List<Diagnostic> warnings = new ArrayList<>(GlyphCoverage.check(document.selectFirst("body"), fonts, story));

            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(document), null);
            builder.usePDDocument(pdf);
            builder.useUnicodeLineBreaker(new ApostropheBreaks());
            fonts.register(builder, pdf);
            // Templates may name any URL; the book embeds nothing but what Quire gave it.
            builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.usePdfUaAccessibility(options.pdfUa());
            if (options.pdfA()) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
                builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            }
            Hyphenation.forLanguage(renderer.theme(), story.metadata().language()).ifPresent(builder::useHyphenation);
            String generator = "Quire " + org.quire.render.Version.get();
            builder.withProducer(generator);
            // Routes openhtmltopdf's messages here instead of the console; problems become warnings.
            builder.withDiagnosticConsumer(diagnostic -> {
                if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(Diagnostic.warning("PDF-LAYOUT", org.quire.model.Location.of(
                            renderer.theme().sourceOf("print.ftlx")), diagnostic.getFormattedMessage()));
                }
            });
            // Never builder.run(): it saves with the current time and a random /ID.
            try (PdfBoxRenderer pages = builder.buildPdfRenderer()) {
                pages.createPDFWithoutClosing();
                PdfStamp.apply(pdf, clock, generator, (xhtml + options).getBytes(StandardCharsets.UTF_8));
                pdf.save(out);
            }
            return warnings;
        }
    }

    private String printDocument(Story story, Instant clock, PdfFonts fonts, java.util.Optional<CoverMaker.Cover> cover)
            throws IOException, StoryException {
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
        print.put("openingBreak", options.rectoChapters() ? "right" : "always");
        double coverHeight = trim.width() * CoverMaker.HEIGHT / CoverMaker.WIDTH;
        print.put("coverHeight", mm(coverHeight));
        print.put("coverShift", mm(Math.min(0, (trim.height() - coverHeight) / 2)));
        print.put("coverImage", cover.map(c -> "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(c.jpeg())).orElse(""));
        model.put("print", print);
        print.put("css", BookModel.markup(renderer.render("print.css.ftl", model)));
        String xhtml = renderer.render("print.ftlx", model).strip();
        XmlCheck.wellFormed(xhtml, renderer.theme().sourceOf("print.ftlx"), "the PDF's XHTML");
        return xhtml;
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
