package org.quire.importer;

import java.util.regex.Pattern;

/**
 * Plain text made into Markdown that Quire reads back word for word: characters that would
 * otherwise start emphasis, links, HTML, footnotes, tables, lists or headings are escaped with a
 * backslash (CommonMark 0.31 §2.4), and nothing else, so the file stays pleasant to edit.
 */
final class MarkdownText {
    /**
     * Punctuation that is markup anywhere in a line. A tilde is markup only doubled (GFM
     * strikethrough, {@code ~~}), so a writer's "~starlight" sign-off stays as typed; an
     * underscore between two letters or digits can neither open nor close emphasis (CommonMark
     * 0.31 §6.2, rules 2 and 4), so "starlight_scribe" stays as typed too.
     */
    private static final Pattern INLINE = Pattern.compile(
            "([\\\\`*\\[\\]<>|{}]|~(?=~)|(?<=~)~|(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}]))");
    /** An entity reference would be decoded (CommonMark §2.5): {@code &amp;} must stay as typed. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** Line starts that open a block: headings, quotes, lists, thematic breaks, setext underlines. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+=-])");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern LEADING_BLOCK = Pattern.compile("(?m)^(\\s*)([#>+=-])");
    private static final Pattern LEADING_ORDERED = Pattern.compile("(?m)^(\\s*)(\\d{1,9})([.)])(\\s|$)");

    private MarkdownText() {
    }

    /** One paragraph of plain text; its line breaks are kept as Markdown soft breaks. */
    static String paragraph(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line(stripped));
        }
        return out.toString();
    }

    /**
     * Text that sits inside HTML (a text node): inline markup is escaped everywhere, block
     * markup where a line may start; whitespace is left to the HTML converter.
     */
    static String inline(String text) {
        String escaped = INLINE.matcher(text).replaceAll("\\\\$1");
        escaped = ENTITY.matcher(escaped).replaceAll("\\\\&");
        escaped = LEADING_BLOCK.matcher(escaped).replaceAll("$1\\\\$2");
        return LEADING_ORDERED.matcher(escaped).replaceAll("$1$2\\\\$3$4");
    }

    /** One line of plain text with leading and trailing spaces already removed. */
    static String line(String text) {
        String escaped = INLINE.matcher(text).replaceAll("\\\\$1");
        escaped = ENTITY.matcher(escaped).replaceAll("\\\\&");
        escaped = BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
        escaped = ORDERED.matcher(escaped).replaceFirst("$1\\\\$2$3");
        return escaped;
    }
}
