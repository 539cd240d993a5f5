package org.quire.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown the way fiction writers type it, before flexmark parses it. Each rewrite keeps
 * the writer's words and the file's line numbers; none touches code (backtick spans and fences)
 * or the inside of an HTML comment.
 *
 * <ul>
 *   <li>A line of three or more {@code ~} alone is a scene break, never a code fence; a tilde
 *       fence with an info string is printed as typed. Backtick fences stay code.</li>
 *   <li>Text in angle brackets that is not HTML Quire knows ({@code <Quest accepted>},
 *       {@code <Alice>}) is escaped, so it prints as typed instead of vanishing as a tag
 *       (see {@link HtmlNames#isMarkup}).</li>
 *   <li>{@code <<} and {@code >>} become guillemets only in languages that use them, and stay as
 *       typed elsewhere.</li>
 *   <li>Words in braces ({@code {whisper}}) and a line such as {@code [Author's Note]: Thanks}
 *       are text, not attributes or a link reference definition that would vanish.</li>
 *   <li>Elisions take an apostrophe (U+2019), never an opening quote: {@code 'tis}, {@code '90s},
 *       {@code rock 'n' roll} (see {@link Elisions}).</li>
 * </ul>
 */
final class SourcePreparation {
    private static final Pattern TILDE_BREAK = Pattern.compile("^ {0,3}~{3,}[ \\t]*$");
    private static final Pattern TILDE_FENCE = Pattern.compile("^( {0,3})(~{3,})");
    private static final Pattern BACKTICK_FENCE = Pattern.compile("^ {0,3}(`{3,})[^`]*$");
    /** A line CommonMark would take for a link reference definition (§4.7) and drop from the text. */
    private static final Pattern REFERENCE_LINE = Pattern.compile("^( {0,3})\\[(?!\\^)([^\\]]+)\\]:[ \\t]*(\\S*).*$");
    /** Braces that hold only {@code .class}, {@code #id} and {@code key=value}: the attributes syntax. */
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "\\{\\s*(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}]+))(?:\\s+(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}]+)))*\\s*}");
    private static final Pattern BRACES = Pattern.compile("\\{[^{}\\n]*}");
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?: {0,3}> ?)+");
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)((?:\\s[^<>]*?)?)\\s*/?>");

    private final boolean guillemets;

    SourcePreparation(Quotes quotes) {
        this.guillemets = quotes.usesGuillemets();
    }

    String prepare(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        String fence = null;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace("`", "").isEmpty()) {
                    fence = null;
                }
            } else if (BACKTICK_FENCE.matcher(line).matches() && !inComment) {
                Matcher m = BACKTICK_FENCE.matcher(line);
                m.matches();
                fence = m.group(1);
            } else if (!inComment && TILDE_BREAK.matcher(line).matches()) {
                line = "* * *";
            } else {
                Line prepared = prose(line, inComment);
                line = prepared.text();
                inComment = prepared.inComment();
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private record Line(String text, boolean inComment) {
    }

    /** Rewrites one line of prose outside comments and code spans. */
    private Line prose(String line, boolean inComment) {
        Matcher reference = REFERENCE_LINE.matcher(line);
        if (!inComment && reference.matches() && !addressLike(reference.group(3))) {
            // "[Author's Note]: Thanks" is a note to readers, not the address of a link.
            line = reference.group(1) + "&#91;" + line.substring(reference.group(1).length() + 1);
        }
        Matcher fence = TILDE_FENCE.matcher(line);
        if (!inComment && fence.lookingAt()) {
            line = fence.group(1) + "\\" + line.substring(fence.group(1).length());
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        // Block quote markers at the start of the line are syntax, not angle brackets of the text.
        Matcher quoteMarks = QUOTE_MARKERS.matcher(line);
        int i = !inComment && quoteMarks.lookingAt() ? quoteMarks.end() : 0;
        out.append(line, 0, i);
        while (i < line.length()) {
            if (inComment) {
                int end = line.indexOf("-->", i);
                if (end < 0) {
                    out.append(line, i, line.length());
                    return new Line(out.toString(), true);
                }
                out.append(line, i, end + 3);
                i = end + 3;
                inComment = false;
            } else if (line.startsWith("<!--", i)) {
                out.append("<!--");
                i += 4;
                inComment = true;
            } else if (line.charAt(i) == '`') {
                i = codeSpan(line, i, out);
            } else if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                out.append(line, i, i + 2); // an escape the writer typed stays as it is
                i += 2;
            } else {
                int next = nextSpecial(line, i);
                out.append(text(line.substring(i, next)));
                i = next;
            }
        }
        return new Line(out.toString(), false);
    }

    private static int nextSpecial(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`' || c == '\\' || line.startsWith("<!--", i)) {
                return i == from ? i + 1 : i;
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

    private static boolean addressLike(String destination) {
        return destination.startsWith("<") || destination.matches("(?i)^(?:[a-z][a-z0-9+.-]*:|/|#|\\.|\\w[\\w-]*\\.\\w).*");
    }

    /** Prose outside code: braces, angle brackets, guillemets and elisions. */
    private String text(String text) {
        if (text.indexOf('{') >= 0) {
            text = braces(text);
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            text = angles(text);
        }
        return text.indexOf('\'') >= 0 ? Elisions.mark(text) : text;
    }

    /** Words in braces ({@code {whisper}}, sign language, telepathy) are text; only the attribute syntax is markup. */
    private static String braces(String text) {
        Matcher braces = BRACES.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int last = 0;
        while (braces.find()) {
            out.append(text, last, braces.start());
            String group = braces.group();
            out.append(ATTRIBUTES.matcher(group).matches() ? group : "&#123;" + group.substring(1));
            last = braces.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private String angles(String text) {
        // Entities rather than backslashes: they are read as text in Markdown and in an HTML block alike.
        String doubled = guillemets ? text.replace("<<", "\u00AB").replace(">>", "\u00BB")
                : text.replace("<<", "&lt;&lt;").replace(">>", "&gt;&gt;");
        Matcher tag = TAG.matcher(doubled);
        StringBuilder out = new StringBuilder(doubled.length() + 4);
        int last = 0;
        while (tag.find()) {
            if (tag.start() > 0 && doubled.charAt(tag.start() - 1) == '\\') {
                continue;
            }
            out.append(doubled, last, tag.start());
            String whole = tag.group();
            out.append(HtmlNames.isMarkup(tag.group(1), tag.group(2)) ? whole : "&lt;" + whole.substring(1));
            last = tag.end();
        }
        return out.append(doubled, last, doubled.length()).toString();
    }
}
