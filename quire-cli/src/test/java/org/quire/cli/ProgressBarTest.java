package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.batch.Plural;

/** The progress bar fits any terminal and names the stories being built. */
class ProgressBarTest {
    private static final List<String> BUILDING = List.of("the-lighthouse-keepers-daughter.md", "our-place.md",
            "a-story-whose-name-goes-on-and-on-and-on-and-on-and-on.md");

    @Test
    void theLineNeverReachesTheLastColumn() {
        for (int width = 40; width <= 200; width++) {
            String line = ProgressBar.line(12, 30, BUILDING, 40.0, width);
            assertThat(ProgressBar.length(line)).as("width %d: %s", width, line).isLessThan(width);
        }
    }

    @Test
    void eachStoryBeingBuiltIsNamedWhenThereIsRoomAndCountedWhenNot() {
        // 200 columns: a bar of 30, 12/30 of it filled, then every name.
        assertThat(ProgressBar.line(12, 30, BUILDING, 40.0, 200)).isEqualTo("[############------------------] 12/30"
                + "  1:00 left  building 3: the-lighthouse-keepers-daughter.md, our-place.md, "
                + "a-story-whose-name-goes-on-and-on-and-on-and-on-and-on.md");
        // 120 columns: the first two names fit, the third is counted.
        assertThat(ProgressBar.line(12, 30, BUILDING, 40.0, 120)).isEqualTo("[############------------------] 12/30"
                + "  1:00 left  building 3: the-lighthouse-keepers-daughter.md, our-place.md, +1");
        // 80 columns: the first name is cut to leave room for the count of the others.
        assertThat(ProgressBar.line(12, 30, BUILDING, 40.0, 80)).isEqualTo("[########------------] 12/30"
                + "  1:00 left  building 3: the-lighthouse-keeper…, +2");
    }

    @Test
    void theBarFillsAsStoriesFinish() {
        assertThat(ProgressBar.line(0, 4, List.of("a.md"), 0, 80)).isEqualTo("[--------------------] 0/4  building 1: a.md");
        assertThat(ProgressBar.line(2, 4, List.of(), 10, 80)).isEqualTo("[##########----------] 2/4  0:10 left");
        assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
    }

    @Test
    void pluralsAgreeWithTheirNumbers() {
        assertThat(Plural.of(1, "word")).isEqualTo("1 word");
        assertThat(Plural.of(1082, "word")).isEqualTo("1,082 words");
        assertThat(Plural.of(1, "story", "stories")).isEqualTo("1 story");
        assertThat(Plural.of(0, "story", "stories")).isEqualTo("0 stories");
    }
}
