package org.quire.write;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.Story;
import org.quire.model.StoryException;
import org.quire.render.BookModel;
import org.quire.render.Renderer;

/**
 * A story's cover as a 1600 x 2560 JPEG (the size stores ask for): the writer's picture when the
 * story names one, otherwise {@code cover.ftlx} laid out by openhtmltopdf and rasterised by PDFBox.
 */
public final class CoverMaker {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2560;

    static {
        Openhtmltopdf.quiet();
    }

    /** The cover and what was said about it. */
    public record Cover(byte[] jpeg, int width, int height, byte[] thumbnail, List<Diagnostic> warnings) {
        public Cover {
            warnings = List.copyOf(warnings);
        }
    }

    /** The width of {@code <slug>-cover.jpg}, for web pages and listings. */
    static final int THUMBNAIL_WIDTH = 400;

    private final Renderer renderer;

    public CoverMaker(Renderer renderer) {
        this.renderer = renderer;
    }

    public Cover make(Story story) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        Optional<String> given = story.metadata().cover();
        BufferedImage image;
        if (given.isPresent()) {
            Path folder = Files.isDirectory(story.source()) ? story.source() : story.source().toAbsolutePath().getParent();
            Path metadataFile = Files.isDirectory(story.source()) ? story.source().resolve("story.yaml") : story.source();
            image = CoverImage.load(folder, given.get(), keyLine(metadataFile, "cover"), warnings);
        } else {
            image = designImage(story);
            warnings.addAll(lettering(story));
        }
        int thumbnailHeight = Math.max(1, (int) Math.round((double) image.getHeight() * THUMBNAIL_WIDTH / image.getWidth()));
        byte[] thumbnail = Jpeg.encode(Jpeg.scale(image, THUMBNAIL_WIDTH, thumbnailHeight), 0.85f);
        return new Cover(Jpeg.encode(image, 0.9f), image.getWidth(), image.getHeight(), thumbnail, warnings);
    }

    /** Characters of the cover's lettering that no font of the theme draws (they would print as #). */
    private List<Diagnostic> lettering(Story story) throws IOException {
        var m = story.metadata();
        StringBuilder text = new StringBuilder(m.title()).append(' ').append(String.join(" ", m.authors()))
                .append(' ').append(String.join(" ", m.fandoms()));
        m.series().ifPresent(series -> text.append(' ').append(series.name()));
        try (PdfFonts fonts = PdfFonts.resolve(Optional.empty(), renderer.theme())) {
            return GlyphCoverage.check(new org.jsoup.nodes.Element("div").text(text.toString()), fonts, story);
        }
    }

    /** Where {@code key:} is written in the metadata file, so a problem with its value is shown at its line. */
    private static Location keyLine(Path metadata, String key) throws IOException {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^['\"]?" + key + "['\"]?\\s*:.*");
        List<String> lines = Files.readAllLines(metadata, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (line.matcher(lines.get(i)).matches()) {
                return Location.of(metadata, i + 1);
            }
        }
        return Location.of(metadata);
    }

    /** The generated cover as a one-page PDF (kept for tests: its text positions show the layout). */
    byte[] designPdf(Story story) throws IOException, StoryException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layOut(story, (pdf, fonts) -> pdf.save(out));
        return out.toByteArray();
    }

    /**
     * Lays the cover out and rasterises it straight from memory, with the theme's fonts embedded
     * first: the picture never depends on the fonts of the machine that draws it.
     */
    private BufferedImage designImage(Story story) throws IOException, StoryException {
        BufferedImage[] image = new BufferedImage[1];
        layOut(story, (pdf, fonts) -> {
            fonts.embedSubsets();
            image[0] = rasterise(pdf);
        });
        return image[0].getWidth() == WIDTH && image[0].getHeight() == HEIGHT ? image[0] : Jpeg.scale(image[0], WIDTH, HEIGHT);
    }

    /** The cover's page at 1600 pixels wide. */
    static BufferedImage rasterise(PDDocument pdf) throws IOException {
        float dpi = (float) (WIDTH / (CoverDesign.WIDTH_PT / 72));
        return new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
    }

    private interface PageUse {
        void accept(PDDocument pdf, PdfFonts fonts) throws IOException;
    }

    private void layOut(Story story, PageUse use) throws IOException, StoryException {
        Map<String, Object> model = new LinkedHashMap<>();
        org.quire.render.Labels labels = renderer.theme().labels(story.metadata().language());
        model.put("labels", labels.asMap());
        model.put("book", BookModel.of(story, java.time.Instant.EPOCH, n -> "", labels));
        model.put("cover", CoverDesign.of(story.metadata()));
        model.put("coverCss", BookModel.markup(new String(renderer.theme().resource("cover.css"), StandardCharsets.UTF_8)));
        String xhtml = renderer.render("cover.ftlx", model).strip();
        XmlCheck.wellFormed(xhtml, renderer.theme().sourceOf("cover.ftlx"), "the cover");
        try (PdfFonts fonts = PdfFonts.resolve(Optional.empty(), renderer.theme());
             PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            org.jsoup.nodes.Document page = Jsoup.parse(xhtml, "", Parser.xmlParser());
            builder.withW3cDocument(new W3CDom().fromJsoup(page), null);
            builder.usePDDocument(pdf);
            builder.useUnicodeLineBreaker(new ApostropheBreaks(false));
            // A Hebrew or Arabic title is drawn right to left (UAX #9, by the JDK's Bidi).
            builder.useUnicodeBidiSplitter(CoverBidi.INSTANCE);
            builder.useUnicodeBidiReorderer(CoverBidi.INSTANCE);
            fonts.register(builder, pdf);
            // A template may name any URL; a cover draws on nothing but itself.
            builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                fonts.registerScripts(renderer.getFontResolver(), pdf, page.text());
                renderer.createPDFWithoutClosing();
                use.accept(pdf, fonts);
            }
        }
    }
}
