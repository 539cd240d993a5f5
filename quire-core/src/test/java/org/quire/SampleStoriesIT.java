package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quire.testing.EpubCheckReport;
import org.quire.testing.Samples;

/** Every sample story builds into an EPUB that the real EPUBCheck passes with nothing to report. */
class SampleStoriesIT {
    @TempDir
    Path output;

    static List<Path> samples() throws Exception {
        List<Path> stories = Samples.stories();
        assertThat(stories).as("sample stories in %s", Samples.storiesFolder()).hasSizeGreaterThanOrEqualTo(2);
        return stories;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void epubCheckReportsNothing(Path story) throws Exception {
        BookReport report = Quire.builder().clock(Instant.parse("2026-11-27T00:00:00Z")).build()
                .build(story, output);

        EpubCheckReport check = EpubCheckReport.check(report.files().get(0));

        assertThat(check.problems()).as("EPUBCheck on %s", story.getFileName()).isEmpty();
        assertThat(check.fatalCount()).isZero();
        assertThat(check.errorCount()).isZero();
        assertThat(check.warningCount()).isZero();
    }
}
