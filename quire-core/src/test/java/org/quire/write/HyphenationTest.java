package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quire.render.Theme;

/** Hyphenation follows the story's language, with at least two letters before a break and three after. */
class HyphenationTest {
    private static String breaks(String language, String word) throws Exception {
        return Hyphenation.forLanguage(Theme.builtIn(), language).orElseThrow().marked(word, '-');
    }

    @Test
    void hyphenatesEnglishGermanFrenchAndSpanish() throws Exception {
        assertThat(breaks("en", "remember")).isEqualTo("re-mem-ber");
        assertThat(breaks("en", "hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(breaks("de", "Leuchtturmwärter")).contains("-").isNotEqualTo("Leuchtturmwärter");
        assertThat(breaks("fr", "bibliothèque")).contains("-");
        assertThat(breaks("es", "biblioteca")).contains("-");
    }

    @Test
    void keepsTwoLettersBeforeAndThreeAfterABreak() throws Exception {
        assertThat(breaks("en", "oddly")).doesNotStartWith("o-").doesNotEndWith("-ly");
        assertThat(Hyphenation.forLanguage(Theme.builtIn(), "en").orElseThrow().points("cat")).isEmpty();
    }

    /** Trial 1, finding 11: French broke the name "Ma-ren"; a five-letter word is never worth breaking. */
    @Test
    void neverBreaksAWordOfFiveLettersOrFewer() throws Exception {
        assertThat(breaks("fr", "Maren")).isEqualTo("Maren");
        assertThat(breaks("de", "Maren")).isEqualTo("Maren");
        assertThat(breaks("en", "women")).isEqualTo("women");
        assertThat(breaks("fr", "Marenne")).contains("-");
    }

    @Test
    void aRegionWithoutPatternsOfItsOwnTakesTheLanguagesUsualOnes() throws Exception {
        assertThat(breaks("de-CH", "Leuchtturmwärter")).isEqualTo(breaks("de", "Leuchtturmwärter"));
        assertThat(breaks("fr-CA", "bibliothèque")).isEqualTo(breaks("fr", "bibliothèque"));
    }

    @Test
    void neverInALanguageWithoutPatterns() throws Exception {
        assertThat(Hyphenation.forLanguage(Theme.builtIn(), "fi")).isEmpty();
    }
}
