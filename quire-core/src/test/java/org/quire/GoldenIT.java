package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;
import org.quire.testing.EpubCheckReport;
import org.quire.testing.Golden;
import org.quire.testing.PdfPages;
import org.quire.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Golden files: each small story under {@code src/test/resources/golden/} is built, and the
 * EPUB's chapter documents, the PDF's text and the warnings must equal what is checked in, so
 * that a change to what a writer's text becomes shows as a readable diff; and both books must be
 * valid (EPUBCheck, veraPDF PDF/UA-1 and PDF/A-2u).
 */
class GoldenIT {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final Pattern BODY = Pattern.compile("(?s)<body[^>]*>(.*)</body>");

    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> everyCaseBuildsAsItsGoldenFilesSay() throws IOException {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(EnumSet.allOf(Format.class)).build();
        return Golden.cases(ROOT).stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(quire, folder)));
    }

    private void check(Quire quire, Path folder) throws Exception {
        Path in = folder.resolve("in");
        Path story = Files.isRegularFile(in.resolve("story.yaml")) ? in : onlyMarkdown(in);
        BookReport report;
        try {
            report = quire.build(story, output.resolve(folder.getFileName().toString()));
        } catch (StoryException e) {
            throw new AssertionError("the story does not build:\n" + e.getMessage(), e);
        }
        List<String> differences = new ArrayList<>();
        Path expected = folder.resolve("expected");
        differences.add(Golden.compare(expected.resolve("chapters.xhtml"), chapters(report.files().get(0))));
        differences.add(Golden.compare(expected.resolve("pdf.txt"), pdfText(report.files().get(1))));
        differences.add(Golden.compare(expected.resolve("warnings.txt"), warnings(report, in)));
        assertThat(String.join("\n", differences).strip()).as(folder.getFileName().toString()).isEmpty();
        // Valid books from every small input: EPUBCheck finds nothing, veraPDF no failed rule.
        EpubCheckReport check = EpubCheckReport.check(report.files().get(0));
        assertThat(check.problems()).as("EPUBCheck on %s", folder.getFileName()).isEmpty();
        byte[] pdf = Files.readAllBytes(report.files().get(1));
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures()).as("PDF/UA-1 of %s", folder.getFileName()).isEmpty();
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_U).failures()).as("PDF/A-2u of %s", folder.getFileName()).isEmpty();
    }

    private static Path onlyMarkdown(Path in) throws IOException {
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
    }

    /** The body of each chapter document, in reading order, headed by its file name. */
    private static String chapters(Path epub) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).filter(n -> n.matches("EPUB/ch\\d+\\.xhtml")).sorted().toList();
            for (String name : names) {
                String xhtml = new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
                Matcher body = BODY.matcher(xhtml);
                out.append("<!-- ").append(name).append(" -->\n").append(body.find() ? body.group(1).strip() : xhtml).append("\n");
            }
        }
        return out.toString();
    }

    /** The PDF's text page by page, with Quire's version taken out (it is printed in the colophon). */
    private static String pdfText(Path pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        List<String> pages = PdfPages.text(pdf);
        for (int i = 0; i < pages.size(); i++) {
            out.append("=== page ").append(i + 1).append(" ===\n").append(pages.get(i).strip()).append("\n");
        }
        // A narrow measure may break the version after its hyphen (0.1.0-/SNAPSHOT).
        String version = java.util.regex.Pattern.quote(org.quire.render.Version.get()).replace("-", "-\\E\n?\\Q");
        return out.toString().replaceAll("Quire\\s" + version, "Quire VERSION");
    }

    private static String warnings(BookReport report, Path in) {
        StringBuilder out = new StringBuilder();
        String prefix = in.toString();
        for (Diagnostic warning : report.warnings()) {
            out.append(warning.toString().replace(prefix, "in")).append("\n");
        }
        return out.toString();
    }
}
