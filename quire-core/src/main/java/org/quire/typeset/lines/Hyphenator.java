package org.quire.typeset.lines;

/**
 * Where a word may be hyphenated. Implementations are safe to share between threads.
 */
public interface Hyphenator {
    /** Never hyphenates: for languages without patterns, and for text styled {@code hyphens: manual}. */
    Hyphenator NONE = word -> new int[0];

    /**
     * The positions {@code i} (in chars, ascending, between 1 and {@code word.length() - 1})
     * where {@code word}, a run of letters, may break as {@code word[0, i)} + hyphen + {@code word[i, n)}.
     */
    int[] points(String word);
}
