package org.quire.markdown;

import java.util.regex.Pattern;

/**
 * Elisions: a word that lost its first letters keeps an apostrophe (U+2019) where they were,
 * never an opening quote, whatever follows it. Smart-quote pairing alone turns
 * {@code rock 'n' roll} into ‘n’ and a later quote can steal the apostrophe of {@code 'tis}.
 *
 * <p>Words that are also ordinary words after a quote mark in British dialogue ({@code 'Er},
 * {@code 'Ow}, {@code 'Is}) count as elisions only in lower case ({@code told 'im and 'er}).
 */
final class Elisions {
    static final String APOSTROPHE = "\u2019";
    /** Elided words in any case: archaic, colloquial and decades. */
    private static final String ALWAYS = "tis|twas|twere|twill|twould|twon't|twouldn't|em|cause|cos|coz|cuz|til|till"
            + "|bout|nuff|fraid|scuse|spose|s'pose|kay|nother|gainst|neath|tween|twixt|cept|specially|member"
            + "|ello|allo|alf|appen|ome|ead|round|sup";
    /** H-dropped words that could start a quoted sentence: only in lower case. */
    private static final String LOWER = "im|er|is|ave|ad|as|ere|ow|ouse|ollow|urt|eart|ell|s";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}\\p{M}'\u2019])";
    private static final String AFTER = "(?![\\p{L}\\p{N}\\p{M}])";
    private static final Pattern N = Pattern.compile(BEFORE + "'([nN])'(?=[\\s,.;:!?\u2014\u2013)]|$)");
    private static final Pattern WORD = Pattern.compile(BEFORE + "'(?=(?i:" + ALWAYS + ")" + AFTER + "|(?:"
            + LOWER + ")" + AFTER + "|[nN]" + AFTER + "|\\d\\d(?:s|'s|\u2019s)?" + AFTER + ")");

    private Elisions() {
    }

    /** {@code text} with the apostrophe of every elision made U+2019; other quotes stay straight. */
    static String mark(String text) {
        String out = N.matcher(text).replaceAll(APOSTROPHE + "$1" + APOSTROPHE);
        return WORD.matcher(out).replaceAll(APOSTROPHE);
    }

    /** True when the single quote at {@code quote} in {@code text} starts an elision. */
    static boolean startsAt(String text, int quote) {
        java.util.regex.Matcher matcher = WORD.matcher(text);
        return matcher.find(quote) && matcher.start() == quote;
    }
}
