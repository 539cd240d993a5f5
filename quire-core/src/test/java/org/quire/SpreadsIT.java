package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Samples;
import org.quire.testing.Spreads;

/**
 * Mid-chapter spreads run to full depth, or at most a line short or long, and chapters do not
 * end on pages of three lines or fewer (trial 1, findings 2 and 10; Bringhurst 2.2), read back
 * from Pride and Prejudice and A Tale of Two Cities set on A5 ({@link Spreads}). Before the page
 * breaker chose a whole chapter's breaks at once and could set a paragraph a line longer or
 * shorter, 22 and 28 of their spreads were short by 2–6 lines and 4 and 5 chapters ended on
 * two or three lines. Skips when the shared corpus is absent.
 */
class SpreadsIT {
    @TempDir
    Path output;

    @Test
    void prideAndPrejudiceRunsItsSpreadsToFullDepth() throws Exception {
        Spreads.Report report = Spreads.of(build("pride-and-prejudice"));
        assertThat(report.shortByTwoOrMore()).as(report.toString()).isEmpty();
        assertThat(report.shortEndings()).as(report.toString()).isEmpty();
    }

    @Test
    void aTaleOfTwoCitiesRunsItsSpreadsToFullDepth() throws Exception {
        Path pdf = build("a-tale-of-two-cities");
        Spreads.Report report = Spreads.of(pdf);
        // Two spreads are still two lines short: runs of short paragraphs no setting can help.
        assertThat(report.shortByTwoOrMore()).as(report.toString()).hasSizeLessThanOrEqualTo(2);
        assertThat(report.shortEndings()).as(report.toString()).isEmpty();
        assertThat(report.shortByOne() + report.longSpreads()).as(report.toString())
                .isLessThan(report.spreads() / 2);
    }

    private Path build(String name) throws Exception {
        Path book = Samples.shared().resolve("corpus").resolve(name);
        assumeTrue(Files.isDirectory(book), "the shared corpus (" + book + ") is absent: spreads not checked");
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        return quire.build(book, output).files().get(0);
    }
}
