package org.quire.model;

import java.util.Locale;
import java.util.Set;

/**
 * Which languages are written right to left: the languages and scripts whose character order
 * Unicode's CLDR gives as right-to-left. HTML's {@code dir}, the EPUB's page progression, the
 * base direction of a PDF paragraph no {@code dir} or {@code direction} sets (UAX #9's paragraph
 * level, HL1) and the PDF's reading order ({@code /Direction /R2L}) all follow it.
 */
public final class WritingDirection {
    private static final Set<String> LANGUAGES = Set.of(
            "ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr", "arc", "ku-arab");
    private static final Set<String> SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm");

    private WritingDirection() {
    }

    /** Whether a BCP 47 language tag ({@code he}, {@code fa-IR}, {@code az-Arab}) names a right-to-left language or script. */
    public static boolean rightToLeft(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        return LANGUAGES.contains(locale.getLanguage()) || SCRIPTS.contains(locale.getScript());
    }
}
