package org.quire.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts words in Markdown for the import report: runs of letters and digits, apostrophes inside. */
final class WordCount {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    private WordCount() {
    }

    static int of(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
