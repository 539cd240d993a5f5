package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.quire.read.StoryReader;
import org.quire.render.Renderer;
import org.quire.render.Theme;

/**
 * The cover JPEG that ships, not the PDF it is laid out as: its lettering must be drawn in the
 * theme's fonts. A picture rasterised before the fonts are embedded is drawn by PDFBox with a
 * fallback font of the machine ("Grey's" came out as "GREYłS", Cyrillic as symbol soup).
 */
class CoverLetteringIT {
    @TempDir
    Path root;

    private final List<String> fallbacks = new ArrayList<>();
    /** openhtmltopdf registers PDF's standard 14 fonts in every layout; the cover never draws with them. */
    private static final java.util.Set<String> STANDARD_14 = java.util.Set.of("Courier", "Courier-Bold",
            "Courier-Oblique", "Courier-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
            "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Symbol", "ZapfDingbats");

    private void record(String baseFont) {
        if (!STANDARD_14.contains(baseFont)) {
            fallbacks.add(baseFont);
        }
    }

    /** Records every font PDFBox looks for on the machine; a cover must never need one. */
    @BeforeEach
    void watchFallbacks() {
        FontMapper machine = FontMappers.instance();
        FontMappers.set(new FontMapper() {
            @Override
            public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
                record(baseFont);
                return machine.getTrueTypeFont(baseFont, descriptor);
            }

            @Override
            public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
                record(baseFont);
                return machine.getFontBoxFont(baseFont, descriptor);
            }

            @Override
            public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
                record(baseFont);
                return machine.getCIDFont(baseFont, descriptor, cidSystemInfo);
            }
        });
    }

    @AfterEach
    void restoreMapper() {
        FontMappers.set(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: Grey's Anatomy Nights\nfandoms: [\"Grey's Anatomy\"]\nauthor: Jo's Writer",
            "title: Наше место\nfandoms: [Анатомия страсти]\nauthor: Анна Петрова\nlanguage: ru"})
    void theShippedJpegIsLetteredInTheThemesFontsNotTheMachines(String frontMatter) throws Exception {
        Path story = root.resolve("story.md");
        Files.writeString(story, "---\n" + frontMatter + "\n---\nText.\n");
        CoverMaker maker = new CoverMaker(new Renderer(Theme.builtIn()));
        var read = new StoryReader().read(story);

        BufferedImage shipped = ImageIO.read(new ByteArrayInputStream(maker.make(read).jpeg()));
        assertThat(fallbacks).as("fonts PDFBox looked up on the machine while drawing the cover").isEmpty();

        // The reference: the same layout saved (which embeds the fonts), read back and drawn.
        BufferedImage reference;
        try (PDDocument saved = Loader.loadPDF(maker.designPdf(read))) {
            reference = CoverMaker.rasterise(saved);
        }
        assertThat(fallbacks).as("the saved cover embeds every font it uses").isEmpty();
        assertThat(strongDifferences(shipped, reference))
                .as("pixels of the shipped cover that differ from the cover drawn in its embedded fonts")
                .isLessThan(shipped.getWidth() * shipped.getHeight() / 2000);
    }

    /** Pixels whose colour differs by more than JPEG's own loss could explain. */
    private static int strongDifferences(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.max(Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)),
                        Math.max(Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)), Math.abs((p & 255) - (q & 255))));
                if (d > 96) {
                    count++;
                }
            }
        }
        return count;
    }
}
