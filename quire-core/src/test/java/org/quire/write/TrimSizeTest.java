package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrimSizeTest {
    private static final double MM_PER_PT = 25.4 / 72;

    private static double measureInEms(TrimSize trim) {
        return trim.measure() / (trim.fontSize() * MM_PER_PT);
    }

    @Test
    void smallBookPagesKeepTheirProportionalMargins() {
        TrimSize a5 = TrimSize.parse("a5");
        assertThat(a5.measure()).isCloseTo(148 * 0.77, within(0.01));
        assertThat(a5.inner()).isCloseTo(148 * 0.135, within(0.01));
        assertThat(a5.outer()).isCloseTo(148 * 0.095, within(0.01));
    }

    @Test
    void a4AndLetterCapTheLineAt33EmsAndWidenTheMargins() {
        for (String name : new String[] {"a4", "letter"}) {
            TrimSize trim = TrimSize.parse(name);
            assertThat(measureInEms(trim)).as(name).isCloseTo(33, within(0.01));
            assertThat(trim.inner() + trim.measure() + trim.outer()).as(name).isCloseTo(trim.width(), within(0.01));
            assertThat(trim.inner()).as(name).isGreaterThan(trim.outer());
        }
        // Before the cap an A4 line was 38 ems of 12 pt type, about 90 characters.
        assertThat(TrimSize.parse("a4").measure()).isLessThan(210 * 0.77);
    }

    @Test
    void everyNamedSizeKeepsALineBetween26And33Ems() {
        for (String name : new String[] {"a5", "a4", "letter", "6x9in", "5x8in", "5.5x8.5in"}) {
            assertThat(measureInEms(TrimSize.parse(name))).as(name).isBetween(26.0, 33.001);
        }
    }

    @Test
    void customSizesTakeUnitsAndRejectNonBookPages() {
        assertThat(TrimSize.parse("13 x 20 cm")).isEqualTo(new TrimSize(130, 200));
        assertThat(TrimSize.parse("6x9in").width()).isCloseTo(152.4, within(1e-9));
        assertThatThrownBy(() -> TrimSize.parse("tabloid")).hasMessageContaining("use a5");
        assertThatThrownBy(() -> TrimSize.parse("20x20mm")).hasMessageContaining("not a book page");
    }
}
