package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build's one time, as reproducible builds define it (reproducible-builds.org, SOURCE_DATE_EPOCH). */
class BuildClockTest {
    @Test
    void outputTimestampComesFirstThenSourceDateEpoch() {
        assertThat(BuildClock.resolve("2026-11-27T10:15:30Z", Map.of("SOURCE_DATE_EPOCH", "5")))
                .isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
        assertThat(BuildClock.resolve(null, Map.of("SOURCE_DATE_EPOCH", "1767225600")))
                .isEqualTo(Instant.ofEpochSecond(1767225600));
    }

    /** A helper found SOURCE_DATE_EPOCH=0 ignored (the book stamped with the build's time). */
    @Test
    void aOneDigitSourceDateEpochIsATime() {
        assertThat(BuildClock.resolve(null, Map.of("SOURCE_DATE_EPOCH", "0"))).isEqualTo(Instant.EPOCH);
        assertThat(BuildClock.resolve("", Map.of("SOURCE_DATE_EPOCH", "7"))).isEqualTo(Instant.ofEpochSecond(7));
    }

    /** Maven switches outputTimestamp off with one character (maven-jar-plugin's convention). */
    @Test
    void aOneCharacterOutputTimestampIsOff() {
        assertThat(BuildClock.resolve("a", Map.of("SOURCE_DATE_EPOCH", "0"))).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aValueThatIsNoTimeSaysWhatItShouldBe() {
        assertThatThrownBy(() -> BuildClock.resolve(null, Map.of("SOURCE_DATE_EPOCH", "yesterday")))
                .hasMessageContaining("SOURCE_DATE_EPOCH 'yesterday' is neither");
    }
}
