package org.quire.batch;

import java.util.Locale;

/**
 * Counts in words, singular or plural as the number asks: "1 word", "1,082 words", "1 story",
 * for what the command line and the Maven goal print.
 */
public final class Plural {
    private Plural() {
    }

    public static String of(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }

    /** For nouns that take an s: {@code of(1, "word")} is "1 word". */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }
}
