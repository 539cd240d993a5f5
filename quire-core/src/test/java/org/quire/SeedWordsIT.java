package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.BookText;
import org.quire.testing.PdfPages;
import org.quire.testing.Samples;

/**
 * Nothing lost: every word of the seed story, the author's notes included, appears in the EPUB's
 * text in reading order.
 */
class SeedWordsIT {
    @TempDir
    Path output;

    @Test
    void everyWordOfTheSeedIsInTheEpubInOrder() throws Exception {
        assumeTrue(Samples.hasSeed(), "the seed story is not at " + Samples.seed() + "; skipping");
        List<String> seed = BookText.words(Files.readString(Samples.seed(), StandardCharsets.UTF_8));
        BookReport report = Quire.builder().clock(Instant.EPOCH).build().build(Samples.story("our-place.md"), output);

        List<String> book = BookText.words(BookText.epubText(report.files().get(0)));

        assertThat(seed).hasSizeGreaterThan(1000);
        assertThat(BookText.missingInOrder(seed, book)).as("seed words missing from the EPUB, in order").isEmpty();
    }

    @Test
    void everyParagraphOfTheSeedIsInThePdfInOrder() throws Exception {
        assumeTrue(Samples.hasSeed(), "the seed story is not at " + Samples.seed() + "; skipping");
        String seed = Files.readString(Samples.seed(), StandardCharsets.UTF_8);
        BookReport report = Quire.builder().clock(Instant.EPOCH).build().build(Samples.story("our-place.md"), output);
        Path pdf = report.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();

        // Running heads and folios are removed page by page; hyphenation and line breaks vanish
        // when only letters are compared, so each paragraph must appear whole and in order.
        StringBuilder text = new StringBuilder();
        for (String page : PdfPages.text(pdf)) {
            text.append(PdfPages.letters(PdfPages.body(page, List.of("Our Place"))));
        }
        String book = text.toString();
        int at = 0;
        List<String> missing = new java.util.ArrayList<>();
        for (String paragraph : seed.split("\n\s*\n")) {
            String letters = PdfPages.letters(paragraph);
            int found = book.indexOf(letters, at);
            if (found < 0) {
                missing.add(paragraph);
            } else {
                at = found + letters.length();
            }
        }
        assertThat(seed.split("\n\s*\n")).hasSizeGreaterThan(50);
        assertThat(missing).as("seed paragraphs missing from the PDF, in order").isEmpty();
    }

    @Test
    void theSampleKeepsTheSeedsWordsExactly() throws Exception {
        assumeTrue(Samples.hasSeed(), "the seed story is not at " + Samples.seed() + "; skipping");
        String seed = Files.readString(Samples.seed(), StandardCharsets.UTF_8);
        String sample = Files.readString(Samples.story("our-place.md"), StandardCharsets.UTF_8);
        String body = sample.substring(sample.indexOf("\n---\n", 4) + 5);
        String[] paragraphs = seed.split("\n\n");
        String inner = seed.substring(paragraphs[0].length() + 2, seed.length() - paragraphs[paragraphs.length - 1].length() - 2);
        assertThat(body.strip()).isEqualTo(inner.strip());
    }
}
