package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Story;
import org.quire.read.StoryReader;
import org.quire.testing.BookWords;
import org.quire.testing.EpubCheckReport;
import org.quire.testing.Fidelity;
import org.quire.testing.SourceWords;
import org.quire.testing.TaggedText;
import org.quire.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The whole shared corpus (six books, 2.2 million words) through the command line: six EPUBs
 * that EPUBCheck passes with nothing to report, and six PDFs, each keeping every word of its
 * source in order.
 */
class CorpusIT {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus").toAbsolutePath().normalize();

    @TempDir
    Path output;

    @Test
    void buildsSixValidEpubsAndSixPdfs() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the corpus is not at " + CORPUS + "; skipping");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The whole corpus folder: its SOURCES.txt and STATS.txt are lists, not stories, and
        // are skipped with their reason, as a writer's read-me would be.
        int code = Main.run(List.of("build", CORPUS.toString(), "--output", output.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("skipped: " + CORPUS.resolve("SOURCES.txt") + ": a read-me")
                .contains("skipped: " + CORPUS.resolve("STATS.txt") + ": a read-me").contains("6 built");

        List<Path> epubs;
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(output)) {
            List<Path> all = files.sorted().toList();
            epubs = all.stream().filter(f -> f.toString().endsWith(".epub")).toList();
            pdfs = all.stream().filter(f -> f.toString().endsWith(".pdf")).toList();
        }
        assertThat(epubs).hasSize(6);
        assertThat(pdfs).hasSize(6);
        for (Path epub : epubs) {
            EpubCheckReport check = EpubCheckReport.check(epub);
            assertThat(check.problems()).as("EPUBCheck on %s", epub.getFileName()).isEmpty();
            assertThat(check.fatalCount() + check.errorCount() + check.warningCount()).isZero();
        }
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as("pages of %s", pdf.getFileName()).isGreaterThan(100);
            }
        }
        for (Path epub : epubs) {
            String name = epub.getFileName().toString().replaceFirst("\\.epub$", "");
            keepsEveryWord(CORPUS.resolve(name), epub, output.resolve(name + ".pdf"));
        }
        // veraPDF takes about a minute per thousand pages; two books with footnotes, headings of
        // several levels and 700 pages between them stand for the rest (all six: docs/fidelity.md).
        for (String name : List.of("frankenstein", "pride-and-prejudice")) {
            byte[] pdf = Files.readAllBytes(output.resolve(name + ".pdf"));
            assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures()).as("PDF/UA-1 of %s", name).isEmpty();
            assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_U).failures()).as("PDF/A-2u of %s", name).isEmpty();
        }
    }

    /** Nothing lost: every word of the book's chapters, in order, in both editions. */
    private static void keepsEveryWord(Path source, Path epub, Path pdf) throws Exception {
        List<SourceWords.Unit> units = SourceWords.of(source);
        Story story = new StoryReader().read(source);
        List<String> heads = new ArrayList<>(List.of(story.metadata().title()));
        story.chapters().forEach(chapter -> heads.add(chapter.title()));
        Fidelity.Result inEpub = new Fidelity(BookWords.epub(epub)).check(units);
        assertThat(inEpub.missing()).as("EPUB of %s: %s", source.getFileName(), inEpub).isEmpty();
        // A word in a script no bundled font draws (Moby-Dick quotes two Hebrew words) is the
        // PDF's known gap, warned as MISSING-GLYPH at each letter; the EPUB keeps it.
        String report = Files.readString(pdf.resolveSibling("quire-report.json"), StandardCharsets.UTF_8);
        Fidelity.Result inPdf = new Fidelity(BookWords.pdf(pdf, heads)).check(units,
                Fidelity.warnedUnprintable(report.lines().filter(line -> line.contains("/" + source.getFileName() + "\"")).toList()));
        assertThat(inPdf.missing()).as("PDF of %s: %s", source.getFileName(), inPdf).isEmpty();
        assertThat(inPdf.kept()).isEqualTo(inPdf.words()).isEqualTo(inEpub.kept() - inPdf.gaps().size())
                .isGreaterThan(50_000);
        // And as a screen reader reads it: through the structure tree, artifacts left out (a
        // character no font draws is printed as # with its own text as /ActualText, so even the
        // Hebrew is there).
        Fidelity.Result tagged = new Fidelity(TaggedText.words(pdf)).check(units);
        assertThat(tagged.missing()).as("structure tree of %s: %s", source.getFileName(), tagged).isEmpty();
        assertThat(tagged.kept()).isEqualTo(tagged.words());
    }
}
