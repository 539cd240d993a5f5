package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quire.render.Theme;

/** Hyphenation follows the story's language; soft hyphens mark where a line may break. */
class HyphenationTest {
    private static String breaks(String language, String text) throws Exception {
        return Hyphenation.forLanguage(Theme.builtIn(), language).orElseThrow().hyphenateText(text).replace('\u00AD', '-');
    }

    @Test
    void hyphenatesEnglishGermanFrenchAndSpanish() throws Exception {
        assertThat(breaks("en", "remember hyphenation")).isEqualTo("re-mem-ber hy-phen-ation");
        assertThat(breaks("de", "Leuchtturmwärter")).contains("-").isNotEqualTo("Leuchtturmwärter");
        assertThat(breaks("fr", "bibliothèque")).contains("-");
        assertThat(breaks("es", "biblioteca")).contains("-");
    }

    @Test
    void neverTwiceAndNeverInALanguageWithoutPatterns() throws Exception {
        String once = Hyphenation.forLanguage(Theme.builtIn(), "en").orElseThrow().hyphenateText("remember");
        assertThat(Hyphenation.forLanguage(Theme.builtIn(), "en").orElseThrow().hyphenateText(once)).isEqualTo(once);
        assertThat(Hyphenation.forLanguage(Theme.builtIn(), "fi")).isEmpty();
    }
}
