package org.quire.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a writer stacks on purpose, one under the other without a blank line: a LitRPG status
 * window ({@code <Status>} / {@code Name: Kael} / {@code [HP 45/100]}), system messages, a chat
 * log ({@code **Kael**: hi}). Markdown would join them into one line, as it joins the lines of a
 * hard-wrapped paragraph; two such lines in a row keep their break instead. Prose that starts two
 * lines running with a label, a bracket or angle-bracket text is rare enough to take the risk,
 * and no word is lost either way.
 */
final class StackedLines {
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?: {0,3}> ?)*");
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)([^<>]*)>.*");
    /** "Name: Kael", "**Kael**: hi", "Chat log:": a label of at most three words, then a colon. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:\\*\\*|__|\\*|_)?[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019_.-]*(?: [\\p{L}\\p{N}'\u2019_.-]+){0,2}"
                    + "(?:\\*\\*|__|\\*|_)?:(?:\\s.*)?");

    private StackedLines() {
    }

    /** True when {@code line} and the {@code previous} one, both as typed, are stacked lines. */
    static boolean pair(String previous, String line) {
        return stacked(previous) && stacked(line);
    }

    private static boolean stacked(String line) {
        Matcher quote = QUOTE_MARKERS.matcher(line);
        quote.lookingAt();
        String rest = line.substring(quote.end()).strip();
        if (rest.length() < 2 || rest.length() > 80) {
            return false;
        }
        if (rest.startsWith("[")) {
            return !rest.startsWith("[^"); // a note definition is not a line of a window
        }
        if (rest.startsWith("<")) {
            Matcher tag = TAG.matcher(rest);
            return !rest.startsWith("<!--") && !rest.startsWith("</")
                    && !(tag.matches() && HtmlNames.isMarkup(tag.group(1), tag.group(2)));
        }
        return rest.length() <= 60 && LABEL.matcher(rest).matches();
    }
}
