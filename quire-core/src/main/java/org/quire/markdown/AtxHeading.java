package org.quire.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ATX heading line ({@code ## The Storm}, CommonMark 0.31 §4.2): its level and its text, the
 * closing run of {@code #} removed. One reading for every place that looks for a story's or a
 * chapter's heading before the Markdown stage runs.
 *
 * @param level 1 to 6
 */
public record AtxHeading(int level, String text) {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");

    /** The heading {@code line} is, if it is one with text. */
    public static Optional<AtxHeading> of(String line) {
        Matcher matcher = HEADING.matcher(line);
        if (!matcher.matches() || matcher.group(2).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AtxHeading(matcher.group(1).length(), matcher.group(2).strip()));
    }
}
