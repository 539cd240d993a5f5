package org.quire.importer;

import java.util.Locale;
import java.util.Optional;

/** Language names as sites print them ("English", "Deutsch", "Español") to BCP 47 tags. */
final class Languages {
    private Languages() {
    }

    static Optional<String> tag(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            if (locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(wanted)
                    || locale.getDisplayLanguage(locale).toLowerCase(locale).equals(wanted)) {
                return Optional.of(locale.toLanguageTag());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code tag} is a well-formed BCP 47 tag Quire can set a story in (RFC 5646 §2.1). */
    static boolean wellFormed(String tag) {
        try {
            return !tag.isEmpty() && !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
    }
}
