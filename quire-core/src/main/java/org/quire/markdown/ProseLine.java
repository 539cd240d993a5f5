package org.quire.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks one line of Markdown and hands the prose in it to {@link ProseText}, leaving alone what
 * is not prose: code spans, escapes the writer typed, block quote markers and HTML comments. A
 * comment that never closes is printed as typed instead (it would hide every word after it).
 */
final class ProseLine {
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?: {0,3}> ?)+");

    /** The rewritten line; whether a comment is still open at its end; whether one that never closes opened here. */
    record Result(String text, boolean inComment, boolean unclosedComment) {
    }

    private final ProseText text;

    ProseLine(ProseText text) {
        this.text = text;
    }

    /**
     * @param offset where the line starts in the whole text
     * @param lastClose where the last {@code -->} of the whole text starts, -1 when none
     */
    Result rewrite(String line, boolean inComment, int offset, int lastClose) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        Matcher quoteMarks = QUOTE_MARKERS.matcher(line);
        int i = !inComment && quoteMarks.lookingAt() ? quoteMarks.end() : 0;
        out.append(line, 0, i);
        boolean unclosed = false;
        while (i < line.length()) {
            if (inComment) {
                // The writer's private note: dropped here, whatever form HTML allows it
                // (<!---x--->, <!-- x --->), which CommonMark would not take for a comment.
                int end = line.indexOf("-->", i);
                if (end < 0) {
                    return new Result(out.toString(), true, unclosed);
                }
                i = end + 3;
                inComment = false;
            } else if (line.startsWith("<!--", i)) {
                if (offset + i + 4 > lastClose) {
                    // Never closed: printed as typed (&#45; so that no dash is made of it).
                    out.append("&lt;!&#45;&#45;");
                    unclosed = true;
                    i += 4;
                } else if (line.startsWith("<!-->", i) || line.startsWith("<!--->", i)) {
                    i += line.startsWith("<!-->", i) ? 5 : 6; // an empty comment (HTML §13.2.5.43)
                } else {
                    inComment = true;
                    i += 4;
                }
            } else if (line.charAt(i) == '`') {
                i = codeSpan(line, i, out);
            } else if (Kaomoji.at(line, i) > i) {
                int end = Kaomoji.at(line, i); // its backslashes are arms, its underscores a mouth
                out.append(Kaomoji.escape(line.substring(i, end)));
                i = end;
            } else if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                out.append(line, i, i + 2); // an escape the writer typed stays as it is
                i += 2;
            } else {
                int next = nextSpecial(line, i);
                out.append(text.rewrite(line.substring(i, next)));
                i = next;
            }
        }
        return new Result(out.toString(), inComment, unclosed);
    }

    private static int nextSpecial(String line, int from) {
        for (int i = from + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`' || c == '\\' || c == '<' && line.startsWith("<!--", i) || c == '\u00AF' && Kaomoji.at(line, i) > i
                    || c == '_' && Kaomoji.at(line, i) > i) {
                return i;
            }
        }
        return line.length();
    }

    /** A code span ({@code `x`}, {@code ``x``}) is copied as it is; an unmatched run of backticks is text. */
    private static int codeSpan(String line, int start, StringBuilder out) {
        int run = start;
        while (run < line.length() && line.charAt(run) == '`') {
            run++;
        }
        String ticks = line.substring(start, run);
        int close = line.indexOf(ticks, run);
        while (close >= 0 && close + ticks.length() < line.length() && line.charAt(close + ticks.length()) == '`') {
            close = line.indexOf(ticks, close + ticks.length() + 1);
        }
        int end = close < 0 ? run : close + ticks.length();
        out.append(line, start, end);
        return end;
    }
}
