package org.quire.importer;

import java.text.Normalizer;
import java.util.Locale;

/** File names from titles: lower case, letters and digits joined by hyphens, at most 60 characters. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("['’]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "story" : slug;
    }
}
