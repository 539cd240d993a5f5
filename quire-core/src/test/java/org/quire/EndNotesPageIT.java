package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter's end notes do not stand alone on its last page: a heading and a line or two under
 * it, the page before ending short, is a fault like a widow (trial 15, finding 8: the README
 * sample's "End notes / Chapter four, The Reply, is on its way" had a page to themselves).
 * {@code pages/end-notes} is that sample's chapter, whose text ends a line short of its second page.
 */
class EndNotesPageIT {
    @TempDir
    Path output;

    @Test
    void endNotesShareTheirPageWithTheChaptersText() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        Path story = Path.of("src", "test", "resources", "pages", "end-notes", "in");
        Path pdf = quire.build(story, output).files().get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                int heading = text.indexOf("End notes");
                if (heading < 0) {
                    continue;
                }
                // Above the heading: the running head (the chapter's title), then the chapter's lines.
                List<String> above = Arrays.stream(text.substring(0, heading).split("\\R"))
                        .map(String::strip).filter(line -> !line.isEmpty() && !line.equals("The Letter")).toList();
                assertThat(above).as("lines of the chapter's text above the end notes on page %d", p).hasSizeGreaterThanOrEqualTo(2);
                return;
            }
            throw new AssertionError("no page holds the end notes");
        }
    }
}
