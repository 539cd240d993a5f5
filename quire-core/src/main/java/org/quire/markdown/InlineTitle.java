package org.quire.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Xhtml;

/**
 * A title typed in front matter, where a writer may use emphasis as in the text
 * ({@code Songs of the *Argo*}): its plain text for the contents, bookmarks, running heads and
 * metadata, and its markup for the headings that print it.
 *
 * @param text the title without emphasis marks, with smart punctuation
 * @param markup the same with {@code <em>} and {@code <strong>}, escaped for XHTML
 */
public record InlineTitle(String text, Xhtml markup) {
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");

    static InlineTitle of(String smartened) {
        String escaped = smartened.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String markup = replace(replace(escaped, STRONG, "strong"), EMPHASIS, "em");
        String text = replace(replace(smartened, STRONG, null), EMPHASIS, null);
        return new InlineTitle(text, markup.equals(escaped) ? Xhtml.EMPTY : new Xhtml(markup));
    }

    private static String replace(String text, Pattern pattern, String tag) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (matcher.find()) {
            String inner = matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(tag == null ? inner : "<" + tag + ">" + inner + "</" + tag + ">"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
