package org.quire.write;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.render.Theme;
import org.quire.typeset.lines.LiangHyphenator;

/**
 * Finds the hyphenation patterns for a story's language in the theme ({@code hyphenation/}):
 * {@code hyph_de_AT.dic}, then {@code hyph_de.dic}; a language without a region takes its
 * usual one (English the US patterns), as does a region without patterns of its own (de-CH takes
 * de-DE's; Portuguese takes Brazil's, the only Portuguese patterns whose licence lets Quire bundle
 * them, and right for Portugal too: both hyphenate by syllable). English, German, French, Spanish,
 * Russian, Greek, Italian, Portuguese, Polish, Dutch, Swedish, Danish and Catalan are bundled
 * (hyphenation/README.md: where each file comes from, and why others are not).
 * A language without patterns is set without hyphenation rather than with another language's.
 */
final class Hyphenation {
    private static final Map<java.nio.ByteBuffer, LiangHyphenator> PARSED = new ConcurrentHashMap<>();
    /** The region whose patterns a language without one takes: {@code de} → {@code hyph_de_DE.dic}. */
    private static final Map<String, String> DEFAULT_REGION = Map.ofEntries(Map.entry("en", "US"), Map.entry("de", "DE"),
            Map.entry("es", "ES"), Map.entry("fr", "FR"), Map.entry("ru", "RU"), Map.entry("el", "GR"),
            Map.entry("it", "IT"), Map.entry("pt", "BR"), Map.entry("pl", "PL"), Map.entry("nl", "NL"),
            Map.entry("sv", "SE"), Map.entry("da", "DK"), Map.entry("ca", "ES"));

    private Hyphenation() {
    }

    static Optional<LiangHyphenator> forLanguage(Theme theme, String languageTag) throws IOException {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        String region = locale.getCountry().isEmpty() ? DEFAULT_REGION.getOrDefault(language, "") : locale.getCountry();
        // A region without patterns of its own takes the language's usual ones (Swiss German the German).
        String usual = DEFAULT_REGION.getOrDefault(language, "");
        for (String name : new String[] {"hyph_" + language + "_" + region + ".dic", "hyph_" + language + ".dic",
                "hyph_" + language + "_" + usual + ".dic"}) {
            if (name.contains("_.")) {
                continue;
            }
            Optional<byte[]> patterns = theme.findResource("hyphenation/" + name);
            if (patterns.isPresent()) {
                return Optional.of(parse(patterns.get()));
            }
        }
        return Optional.empty();
    }

    /** Patterns take a moment to parse and never change during a run: parse each file once. */
    private static LiangHyphenator parse(byte[] patterns) throws IOException {
        java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(patterns); // equal by content, not by a hash that may collide
        try {
            // Once, even when the warm-up (PdfWarmUp) and a build ask at the same moment: the second waits.
            return PARSED.computeIfAbsent(key, k -> {
                try {
                    return new LiangHyphenator(patterns);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Languages whose books are not hyphenated, so that patterns are not missed: Chinese,
     * Japanese and Korean (their lines break between characters or at spaces, JIS X 4051 §6),
     * Thai, Lao, Khmer and Myanmar (between dictionary words). Hebrew and the languages of the
     * Arabic script are not broken at syllables in print either: their lines are justified by
     * spacing (and Arabic by kashida).
     */
    private static final java.util.Set<String> UNHYPHENATED = java.util.Set.of("zh", "ja", "ko", "th", "lo", "km", "my");

    /** Whether the practice of the language of {@code languageTag} (BCP 47) is not to hyphenate. */
    static boolean notPractised(String languageTag) {
        String language = languageTag.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return UNHYPHENATED.contains(language) || org.quire.model.WritingDirection.rightToLeft(languageTag);
    }
}
