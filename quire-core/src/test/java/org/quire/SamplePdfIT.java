package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quire.model.Story;
import org.quire.read.StoryReader;
import org.quire.testing.PdfPages;
import org.quire.testing.Samples;
import org.quire.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every sample story's PDF, read back with PDFBox and checked by veraPDF. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePdfIT {
    @TempDir
    static Path output;

    private final List<Path> stories = new ArrayList<>();

    @BeforeAll
    void build() throws Exception {
        Quire quire = Quire.builder().clock(Instant.parse("2026-11-27T00:00:00Z")).build();
        for (Path story : Samples.stories()) {
            quire.build(story, output);
            stories.add(story);
        }
    }

    List<Path> samples() throws IOException {
        return Samples.stories();
    }

    private Path pdf(Path story) throws Exception {
        return output.resolve(new StoryReader().read(story).slug() + ".pdf");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void veraPdfFindsNoFailedCheckForPdfUaAndPdfA(Path story) throws Exception {
        byte[] pdf = Files.readAllBytes(pdf(story));
        VeraPdf.Result ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        VeraPdf.Result archival = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_U);
        assertThat(ua.failures()).as("PDF/UA-1 failures").isEmpty();
        assertThat(ua.compliant()).isTrue();
        assertThat(archival.failures()).as("PDF/A-2u failures").isEmpty();
        assertThat(archival.compliant()).isTrue();
    }

    /** Print-on-demand services read the finished size from the TrimBox (ISO 32000-1 §14.11.2). */
    @ParameterizedTest
    @MethodSource("samples")
    void everyPageDeclaresItsTrimSize(Path story) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(story).toFile())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.TRIM_BOX)).isTrue();
                assertThat(page.getTrimBox().getWidth()).isEqualTo(page.getMediaBox().getWidth());
                assertThat(page.getTrimBox().getHeight()).isEqualTo(page.getMediaBox().getHeight());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFontIsEmbedded(Path story) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(story).toFile())) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thereIsOneBookmarkPerChapter(Path story) throws Exception {
        Story read = new StoryReader().read(story);
        try (PDDocument document = Loader.loadPDF(pdf(story).toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            for (var chapter : read.chapters()) {
                assertThat(titles).as("bookmarks").containsOnlyOnce(chapter.title());
            }
            assertThat(titles).contains("Title Page", "Contents", "Colophon");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void contentsPageNumbersAreWhereTheHeadingsAre(Path story) throws Exception {
        Story read = new StoryReader().read(story);
        List<String> pages = PdfPages.text(pdf(story));
        List<String> labels = labels(story);
        int contentsPage = indexOfPageStartingWith(pages, "Contents", 0);
        assertThat(contentsPage).as("contents page").isNotNegative();
        Pattern entry = Pattern.compile("^(.+?)\\s*(?:\\.\\s?){3,}\\s*(\\d+)\\s*$", Pattern.MULTILINE); // dotted leaders: ". . ."
        Matcher matcher = entry.matcher(pages.get(contentsPage));
        int checked = 0;
        while (matcher.find()) {
            String title = matcher.group(1).strip();
            int listed = Integer.parseInt(matcher.group(2));
            int found = indexOfPageStartingWith(pages, title, contentsPage + 1);
            assertThat(found).as("page of '%s'", title).isNotNegative();
            assertThat(labels.get(found)).as("label of the page of '%s'", title).isEqualTo(Integer.toString(listed));
            checked++;
        }
        assertThat(checked).isEqualTo(read.chapters().size() + (read.metadata().endNotes().isEmpty() ? 1 : 2));
    }

    /** Each page's label as a PDF viewer shows it (ISO 32000-1 §12.4.2), or its place in the file when there are none. */
    private List<String> labels(Path story) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(story).toFile())) {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            if (labels == null) {
                return IntStream.rangeClosed(1, document.getNumberOfPages()).mapToObj(Integer::toString).toList();
            }
            return List.of(labels.getLabelsByPageIndices());
        }
    }

    /**
     * Trial 1, finding 20: the cover and its blank verso are not pages of the book. They are
     * labelled "Cover"; the title page after them is page 1, and the labels count on from it.
     * Bookmarks still lead to the physical pages.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void pageLabelsCountFromTheTitlePageAfterTheCover(Path story) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(story).toFile())) {
            PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
            assertThat(pageLabels).as("/PageLabels").isNotNull();
            String[] labels = pageLabels.getLabelsByPageIndices();
            assertThat(labels).hasSize(document.getNumberOfPages());
            assertThat(labels[0]).isEqualTo("Cover");
            assertThat(labels[1]).isEqualTo("Cover");
            for (int i = 2; i < labels.length; i++) {
                assertThat(labels[i]).as("label of page %d", i + 1).isEqualTo(Integer.toString(i - 1));
            }
            Map<String, Integer> bookmarks = new HashMap<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                PDPageDestination target = (PDPageDestination) item.getDestination();
                bookmarks.put(item.getTitle(), document.getPages().indexOf(target.getPage()));
            }
            assertThat(bookmarks).containsEntry("Cover", 0).containsEntry("Title Page", 2);
        }
    }

    /**
     * Trial 16, finding 3: the cover page shows the whole cover, centred, as large as the page
     * allows: filling the width of an A5 page cut the series line off the top of a 1600 x 2560
     * cover. The picture's corners, read from the page's content, lie on the page, and it keeps
     * the cover's proportions.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void theCoverPageShowsTheWholeCover(Path story) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(story).toFile())) {
            org.apache.pdfbox.pdmodel.PDPage page = document.getPage(0);
            List<org.apache.pdfbox.util.Matrix> placed = new ArrayList<>();
            new org.apache.pdfbox.contentstream.PDFStreamEngine() {
                {
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.OperatorProcessor(this) {
                        @Override
                        public void process(org.apache.pdfbox.contentstream.operator.Operator operator,
                                            List<org.apache.pdfbox.cos.COSBase> operands) {
                            placed.add(getGraphicsState().getCurrentTransformationMatrix().clone());
                        }

                        @Override
                        public String getName() {
                            return "Do";
                        }
                    });
                }
            }.processPage(page);
            assertThat(placed).as("one picture on the cover page").hasSize(1);
            org.apache.pdfbox.util.Matrix m = placed.get(0);
            float x = m.getTranslateX(), y = m.getTranslateY(), w = m.getScalingFactorX(), h = m.getScalingFactorY();
            org.apache.pdfbox.pdmodel.common.PDRectangle box = page.getMediaBox();
            assertThat(x).isGreaterThanOrEqualTo(-0.01f);
            assertThat(y).isGreaterThanOrEqualTo(-0.01f);
            assertThat(x + w).isLessThanOrEqualTo(box.getWidth() + 0.01f);
            assertThat(y + h).isLessThanOrEqualTo(box.getHeight() + 0.01f);
            assertThat(h / w).isCloseTo(2560f / 1600f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(Math.max(w / box.getWidth(), h / box.getHeight())).as("as large as the page allows").isGreaterThan(0.99f);
            assertThat(x + w / 2).as("centred").isCloseTo(box.getWidth() / 2, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    /** A folio printed at the foot of a page is the number a PDF viewer shows for it. */
    @ParameterizedTest
    @MethodSource("samples")
    void everyFolioIsItsPagesLabel(Path story) throws Exception {
        List<String> pages = PdfPages.text(pdf(story));
        List<String> labels = labels(story);
        int folios = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).strip().lines().toList();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
            if (last.matches("\\d+")) {
                assertThat(last).as("folio of page %d", i + 1).isEqualTo(labels.get(i));
                folios++;
            }
        }
        assertThat(folios).as("pages with a folio").isPositive();
    }

    private static int indexOfPageStartingWith(List<String> pages, String heading, int from) {
        for (int i = from; i < pages.size(); i++) {
            String first = pages.get(i).strip().lines().findFirst().orElse("");
            if (first.strip().equals(heading)) {
                return i;
            }
        }
        return -1;
    }
}
