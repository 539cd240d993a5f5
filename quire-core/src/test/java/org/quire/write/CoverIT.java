package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.BookReport;
import org.quire.Quire;
import org.quire.model.Story;
import org.quire.read.StoryReader;
import org.quire.render.Renderer;
import org.quire.render.Theme;
import org.quire.testing.Samples;

/** Covers: generated from the template, distinct per story, stable per story, or the writer's own picture. */
class CoverIT {
    @TempDir
    Path root;

    private Path oneShot(String name, String frontMatter) throws Exception {
        Path story = root.resolve(name + ".md");
        Files.writeString(story, "---\n" + frontMatter + "\n---\nText.\n");
        return story;
    }

    private static byte[] cover(Path story) throws Exception {
        Story read = new StoryReader().read(story);
        return new CoverMaker(new Renderer(Theme.builtIn())).make(read).jpeg();
    }

    @Test
    void everySampleEpubDeclaresA1600x2560CoverAndEveryPdfOpensWithIt() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).build();
        for (Path story : Samples.stories()) {
            BookReport report = quire.build(story, root.resolve("out"));
            Path epub = report.files().get(0);
            try (ZipFile zip = new ZipFile(epub.toFile())) {
                String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes());
                assertThat(opf).contains("href=\"images/cover.jpg\" media-type=\"image/jpeg\" properties=\"cover-image\"");
                BufferedImage image = ImageIO.read(zip.getInputStream(zip.getEntry("EPUB/images/cover.jpg")));
                assertThat(image.getWidth()).isEqualTo(1600);
                assertThat(image.getHeight()).isEqualTo(2560);
            }
            try (PDDocument pdf = Loader.loadPDF(report.files().get(1).toFile())) {
                PDPage first = pdf.getPage(0);
                List<PDImageXObject> images = new ArrayList<>();
                for (var name : first.getResources().getXObjectNames()) {
                    if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
                assertThat(images).singleElement().satisfies(image -> {
                    assertThat(image.getWidth()).isEqualTo(1600);
                    assertThat(image.getHeight()).isEqualTo(2560);
                });
            }
            assertThat(report.files().get(2)).hasFileName(report.slug() + "-cover.jpg");
            assertThat(ImageIO.read(report.files().get(2).toFile()).getWidth()).isEqualTo(400);
        }
    }

    @Test
    void differentStoriesGetDifferentCoversAndOneStoryTheSameBytesTwice() throws Exception {
        Path a = oneShot("a", "title: The Long Winter\nauthor: Ann\nfandoms: [Original Work]");
        Path b = oneShot("b", "title: Summer Rain\nauthor: Bo\nfandoms: [Original Work]");
        byte[] first = cover(a);
        assertThat(cover(a)).isEqualTo(first);
        assertThat(cover(b)).isNotEqualTo(first);
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(first));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(cover(b)));
        assertThat(one.getRGB(10, 10)).as("corner colour").isNotEqualTo(two.getRGB(10, 10));
    }

    @Test
    void a120CharacterTitleStaysInsideTheCover() throws Exception {
        String title = "The Extraordinarily Long and Winding Chronicle of a Lighthouse Keeper Who Counted Every Single Step Between Sea and Sky!";
        assertThat(title).hasSize(120);
        Path story = oneShot("long", "title: " + title + "\nauthor: A Writer With A Long Name\nseries: {name: Tales, part: 12}");
        byte[] pdf = new CoverMaker(new Renderer(Theme.builtIn())).designPdf(new StoryReader().read(story));
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    glyphs.addAll(positions);
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Extraordinarily").contains("Sky").contains("A Writer With A Long Name");
        }
        // The panel is 45..405 pt across and 150..582 pt down (cover.css).
        for (TextPosition glyph : glyphs) {
            assertThat(glyph.getXDirAdj()).as("x of %s", glyph.getUnicode()).isBetween(45f, 405f);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(405f);
            assertThat(glyph.getYDirAdj()).as("y of %s", glyph.getUnicode()).isBetween(150f, 582f);
        }
    }

    /**
     * A Hebrew title and author are drawn right to left in the bundled Hebrew face: the cover's
     * own PDF, read back before it is rasterised, has no # and its words in logical order, and
     * the title's first word stands right of its second.
     */
    @Test
    void aHebrewTitleIsDrawnRightToLeft() throws Exception {
        Path story = oneShot("hebrew", "title: הים בלילה\nauthor: כותב בדיקה\nlanguage: he");
        Story read = new StoryReader().read(story);
        CoverMaker maker = new CoverMaker(new Renderer(Theme.builtIn()));
        assertThat(maker.make(read).warnings()).isEmpty();
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(maker.designPdf(read))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    glyphs.addAll(positions);
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            assertThat(text).contains("הים בלילה", "כותב בדיקה").doesNotContain("#");
        }
        TextPosition mem = glyphs.stream().filter(g -> g.getUnicode().equals("ם")).findFirst().orElseThrow();
        float endOfFirstWord = mem.getXDirAdj();
        float startOfSecond = glyphs.stream().filter(g -> g.getUnicode().equals("ב")
                && Math.abs(g.getYDirAdj() - mem.getYDirAdj()) < 1).findFirst().orElseThrow().getXDirAdj();
        assertThat(endOfFirstWord).as("הים stands right of בלילה").isGreaterThan(startOfSecond);
    }

    @Test
    void aTooLargeCoverPictureIsScaledDownWithAWarning() throws Exception {
        BufferedImage big = new BufferedImage(3200, 5120, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(big, "png", root.resolve("big.png").toFile());
        Path story = oneShot("pictured", "title: Pictured\ncover: big.png");
        BookReport report = Quire.builder().clock(Instant.EPOCH).build().build(story, root.resolve("out"));
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(story
                + ":3: warning [COVER-SCALED] cover 'big.png' is 3200 x 5120; scaled down to 1600 x 2560 to fit the stores' 1600 x 2560");
        try (ZipFile zip = new ZipFile(report.files().get(0).toFile())) {
            BufferedImage image = ImageIO.read(zip.getInputStream(zip.getEntry("EPUB/images/cover.jpg")));
            assertThat(image.getWidth()).isEqualTo(1600);
            assertThat(image.getHeight()).isEqualTo(2560);
        }
    }

    @Test
    void aCoverThatIsNotAPictureIsAnError() throws Exception {
        Files.writeString(root.resolve("cover.jpg"), "not a picture");
        Path story = oneShot("bad", "title: Bad\ncover: cover.jpg");
        org.quire.model.StoryException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.quire.model.StoryException.class,
                () -> Quire.builder().clock(Instant.EPOCH).build().build(story, root.resolve("out")));
        assertThat(e.getMessage()).contains("[COVER-FORMAT] cover 'cover.jpg' is not a JPEG or PNG picture");
        Path outside = oneShot("outside", "title: Out\ncover: ../../etc/passwd");
        e = org.assertj.core.api.Assertions.catchThrowableOfType(org.quire.model.StoryException.class,
                () -> Quire.builder().clock(Instant.EPOCH).build().build(outside, root.resolve("out")));
        assertThat(e.getMessage()).contains("[COVER-MISSING]");
        assertThat(root.resolve("out")).doesNotExist();
    }
}
