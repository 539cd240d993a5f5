package org.quire.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a stretch of prose (outside code and comments) so that CommonMark reads it as the words
 * typed: words in braces, text in angle brackets, guillemets, elisions and emoticons. Every rewrite
 * is an escape or an entity: the text printed is the text typed.
 */
final class ProseText {
    /** Braces that hold only {@code .class}, {@code #id} and {@code key=value}: the attributes syntax. */
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "\\{\\s*(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}]+))(?:\\s+(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}]+)))*\\s*}");
    private static final Pattern BRACES = Pattern.compile("\\{[^{}\\n]*}");
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)((?:\\s[^<>]*?)?)\\s*/?>");
    /**
     * An underscore between two symbols is part of an emoticon ({@code ^_^}, {@code -_-},
     * {@code >_<}), never emphasis.
     */
    private static final Pattern EMOTICON_UNDERSCORE = Pattern.compile("(?<=[^\\p{L}\\p{N}\\s\\\\_])_(?=[^\\p{L}\\p{N}\\s_])");

    private final boolean guillemets;

    ProseText(boolean guillemets) {
        this.guillemets = guillemets;
    }

    String rewrite(String text) {
        if (text.indexOf('_') >= 0) {
            text = EMOTICON_UNDERSCORE.matcher(text).replaceAll(Matcher.quoteReplacement("\\_"));
        }
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
            // {#1} or {#hashtag} alone is a rank or a tag the writer typed; attributes need a class or a key.
            boolean attributes = ATTRIBUTES.matcher(group).matches() && group.matches(".*(?:[{\\s]\\.[\\w-]|=).*");
            out.append(attributes ? group : "&#123;" + group.substring(1));
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
