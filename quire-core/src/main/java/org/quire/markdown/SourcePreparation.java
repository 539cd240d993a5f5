package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown the way fiction writers type it, before flexmark parses it. Each rewrite keeps
 * the writer's words; none touches code (backtick spans and fences, tilde fences with a language)
 * or the inside of an HTML comment. Where a paragraph break is added, {@link Prepared#originalLine}
 * maps every line back to the line the writer typed, for diagnostics.
 *
 * <ul>
 *   <li>A line of three or more {@code ~} alone is a scene break; so is a line of {@code ---}
 *       or {@code ===} right under text, which CommonMark would take for a heading's underline.</li>
 *   <li>Pasted text starts each paragraph with a tab and no blank line between them, and dialogue
 *       in many languages starts each line with a dash: each such line starts a paragraph.</li>
 *   <li>In verse (a line that ends with a hard break), spaces and tabs that indent the next line
 *       stay, as no-break spaces.</li>
 *   <li>A line such as {@code [Author's Note]: Thanks} or {@code [1]: https://…} is text, not a
 *       link reference definition that would vanish.</li>
 *   <li>An HTML comment that is never closed would hide the rest of the chapter: it is printed,
 *       and reported ({@link Prepared#unclosedComments}).</li>
 *   <li>Lines stacked on purpose (a status window, a chat log) keep their breaks: see
 *       {@link StackedLines}.</li>
 *   <li>Inside a line: see {@link ProseText}.</li>
 * </ul>
 */
final class SourcePreparation {
    private static final Pattern TILDE_BREAK = Pattern.compile("^ {0,3}~{3,}[ \\t]*$");
    /**
     * A line of separator symbols writers put between scenes: ~*~*~, *~*~*, * ~ *, _-_-_, -=-=-,
     * o0o0o. Markdown would take their asterisks and underscores for emphasis.
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            "^ {0,3}(?:(?:[*~_=+#\u2022\u00B7\u00B0.\\-\u2013\u2014][ \\t]*){3,}|[oO0]{5,}|(?:[oO0][ \\t]*){3,}[ \\t]*)$");
    /** A year or other large number that starts a paragraph is not a list item: "1984. That was the year". */
    private static final Pattern NUMBER_NOT_LIST = Pattern.compile("^( {0,3})(\\d{3,9})([.)])([ \\t])");
    private static final Pattern TILDE_FENCE = Pattern.compile("^ {0,3}(~{3,})[ \\t]*[^~\\s][^~]*$");
    private static final Pattern BACKTICK_FENCE = Pattern.compile("^ {0,3}(`{3,})[^`]*$");
    private static final Pattern DASH_RULE = Pattern.compile("^ {0,3}-{3,}[ \\t]*$");
    /** A line CommonMark would take for a link reference definition (§4.7) and drop from the text. */
    private static final Pattern REFERENCE_LINE = Pattern.compile("^( {0,3})\\[(?!\\^)([^\\]]+)\\]:[ \\t]*(\\S*).*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t].*");
    private static final Pattern DIALOGUE_DASH = Pattern.compile("^ {0,3}[\u2014\u2013\u2015][ \\t\u00A0].*");
    /** A GFM table's delimiter row: cells of hyphens with optional colons, with at least one pipe. */
    /**
     * A line that opens with {@code >>} and closes it with {@code <<} is quoted speech typed the
     * German way ({@code >>Komm her!<<}) or a game's system line ({@code >>SYSTEM: Quest failed<<}),
     * not a quotation nested twice: the marks stay as typed.
     */
    private static final Pattern ANGLE_SPEECH = Pattern.compile("^( {0,3})>>(?=.*<<)");
    /** Scene breaks and note definitions in a text pasted with every line indented (CommonMark allows 3 spaces). */
    private static final Pattern INDENTED = Pattern.compile("^(?: {4,}|[ ]{0,3}\\t)[ \\t]*(?=\\S)");
    private static final Pattern SCENE_BREAK = Pattern.compile("(?:[*_-][ \\t]*){3,}");
    private static final Pattern NOTE_DEFINITION = Pattern.compile("\\[\\^[^\\]\\s]+\\]:");
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "^ {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");

    /**
     * The prepared text, and for each of its lines (from 0) the line of the original text
     * (from 0) it comes from; lines of HTML comments that never close, as original lines.
     */
    record Prepared(String text, int[] originalLine, List<Integer> unclosedComments) {
        int originalLine(int preparedLine) {
            return preparedLine < originalLine.length ? originalLine[preparedLine] : preparedLine;
        }
    }

    /**
     * Languages whose dialogue starts each line with a dash, often typed as a hyphen: "- Да, -
     * сказал он.", "- Bonjour, dit-il." (Imprimerie nationale, Lexique des règles typographiques;
     * RAE, Ortografía 3.4.5). English has no such dialogue, so there "- " stays a list item.
     */
    private static final java.util.Set<String> DASH_DIALOGUE = java.util.Set.of("ru", "uk", "be", "bg", "sr", "mk",
            "fr", "es", "ca", "pt", "it", "pl", "hu", "el", "ro", "sv", "fi", "hr", "sl");
    /** Spanish and Catalan set the dialogue dash close to the words: "—Hola —dijo." */
    private static final java.util.Set<String> CLOSED_DASH = java.util.Set.of("es", "ca");
    private static final Pattern HYPHEN_DIALOGUE = Pattern.compile("^( {0,3})-[ \\t](?=\\S)");

    private final ProseLine prose;
    private final boolean dashDialogue;
    private final String dialogueDash;

    SourcePreparation(Quotes quotes, String languageTag) {
        this.prose = new ProseLine(new ProseText(quotes.usesGuillemets()));
        String language = java.util.Locale.forLanguageTag(languageTag).getLanguage();
        this.dashDialogue = DASH_DIALOGUE.contains(language);
        this.dialogueDash = CLOSED_DASH.contains(language) ? "\u2014" : "\u2014 ";
    }

    Prepared prepare(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int lastClose = markdown.lastIndexOf("-->");
        List<String> out = new ArrayList<>(lines.length + 8);
        List<Integer> origin = new ArrayList<>(lines.length + 8);
        List<Integer> unclosed = new ArrayList<>();
        String fence = null;
        boolean inComment = false;
        boolean proseBefore = false; // whether the line before was prose, outside code and comments
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = dialogue(lines[i]);
            String previous = i > 0 ? dialogue(lines[i - 1]) : "";
            boolean wasProse = proseBefore;
            proseBefore = false;
            if (fence == null && !inComment && previous.isBlank()) {
                line = unindented(line, i + 1 == lines.length || lines[i + 1].isBlank());
            }
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
            } else if (!inComment && (BACKTICK_FENCE.matcher(line).matches() || TILDE_FENCE.matcher(line).matches())) {
                Matcher opening = BACKTICK_FENCE.matcher(line);
                fence = opening.matches() ? opening.group(1) : tildes(line);
            } else if (!inComment && (TILDE_BREAK.matcher(line).matches() || separator(line))) {
                line = "* * *";
            } else if (!inComment && DASH_RULE.matcher(line).matches() && !previous.isBlank()) {
                line = "* * *"; // under text, --- would make the text a heading
            } else {
                String next = i + 1 < lines.length ? lines[i + 1] : "";
                if (!inComment && (startsParagraph(line, previous) || startsTable(line, next, previous))) {
                    out.add("");
                    origin.add(i);
                }
                line = verseIndent(line, previous);
                // Word's manual line break (a vertical tab) and the Unicode line separator: a line break.
                line = line.replace("\u000B", "<br>").replace("\u2028", "<br>");
                line = NUMBER_NOT_LIST.matcher(line).replaceFirst("$1$2\\\\$3$4");
                line = ANGLE_SPEECH.matcher(line).replaceFirst("$1\\\\>\\\\>");
                line = referenceAsText(line);
                if (!inComment && wasProse && !out.isEmpty() && !out.get(out.size() - 1).isBlank()
                        && !hardBreak(previous) && StackedLines.pair(lines[i - 1], lines[i])) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "<br>");
                }
                boolean startsInComment = inComment;
                ProseLine.Result result = prose.rewrite(line, inComment, offset, lastClose);
                line = result.text();
                inComment = result.inComment();
                proseBefore = !startsInComment && !inComment;
                if (result.unclosedComment()) {
                    unclosed.add(i);
                }
            }
            out.add(line);
            origin.add(i);
            offset += lines[i].length() + 1;
        }
        return new Prepared(String.join("\n", out), origin.stream().mapToInt(Integer::intValue).toArray(), unclosed);
    }

    /** In a language whose dialogue starts with a dash, a line starting "- " is dialogue, not a list item. */
    private String dialogue(String line) {
        return dashDialogue ? HYPHEN_DIALOGUE.matcher(line).replaceFirst("$1" + dialogueDash) : line;
    }

    /**
     * With indented code blocks off, a text pasted with every line indented is prose; its scene
     * breaks and note definitions must count too, where CommonMark would want at most 3 spaces.
     * A note definition starts after a blank line; a scene break stands alone between blank
     * lines, so that the indented lines of a shape poem stay as they are.
     */
    private static String unindented(String line, boolean aloneBeforeBlank) {
        Matcher indent = INDENTED.matcher(line);
        if (!indent.lookingAt()) {
            return line;
        }
        String rest = line.substring(indent.end());
        if (NOTE_DEFINITION.matcher(rest).lookingAt()) {
            return rest;
        }
        boolean sceneBreak = SCENE_BREAK.matcher(rest).matches() || TILDE_BREAK.matcher(rest).matches() || separator(rest);
        return sceneBreak && aloneBeforeBlank ? rest : line;
    }

    /**
     * A separator line, but not a table's delimiter row or a lone "..." or "---" (handled as
     * such). A line of "===" is a separator too, even right under text: writers type it between
     * scenes far more often than as CommonMark's heading underline (§4.3), and # makes headings.
     */
    private static boolean separator(String line) {
        String symbols = line.strip();
        return SEPARATOR.matcher(line).matches() && !symbols.matches("[-. ]+") && !symbols.matches("[*_]{3,}|[*_ ]+");
    }

    private static String tildes(String line) {
        Matcher matcher = TILDE_FENCE.matcher(line);
        matcher.matches();
        return matcher.group(1);
    }

    /** A tab-indented line, or a line of dialogue after a dash, directly under prose starts a paragraph. */
    private static boolean startsParagraph(String line, String previous) {
        if (previous.isBlank() || LIST_ITEM.matcher(previous).matches() || previous.stripLeading().startsWith(">")
                || previous.stripLeading().startsWith("|") || previous.stripLeading().startsWith("<")
                || hardBreak(previous)) {
            return false;
        }
        boolean tabbed = line.startsWith("\t") && !line.isBlank();
        return tabbed || DIALOGUE_DASH.matcher(line).matches();
    }

    /** GFM lets a table's header row follow a line of text directly; flexmark wants a blank line between. */
    private static boolean startsTable(String line, String next, String previous) {
        return !previous.isBlank() && !previous.contains("|") && line.contains("|")
                && next.contains("|") && DELIMITER_ROW.matcher(next).matches();
    }

    /**
     * Whether a line ends in a hard line break (CommonMark §6.7: two spaces or a backslash), on
     * one line: a line holding another line terminator (CR, NEL, U+2028, U+2029) does not count.
     */
    static boolean hardBreak(String line) {
        if (!line.endsWith("  ") && !line.endsWith("\\")) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Verse: after a hard line break, the spaces and tabs that indent a line are kept as no-break spaces. */
    private static String verseIndent(String line, String previous) {
        if (!hardBreak(previous) || previous.isBlank()) {
            return line;
        }
        int i = 0;
        StringBuilder indent = new StringBuilder();
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            indent.append(line.charAt(i) == '\t' ? "\u00A0\u00A0\u00A0\u00A0" : "\u00A0");
            i++;
        }
        return i == 0 || i == line.length() ? line : indent + line.substring(i);
    }

    /**
     * A line {@code [label]: …} is the writer's text: a note to readers ({@code [Author's Note]:
     * Thanks}) or a list of sources ({@code [1]: https://… "where I read it"}). As a link
     * reference definition (CommonMark §4.7) it would vanish, with its address and title, so
     * Quire reads none: reference-style links print as typed.
     */
    private static String referenceAsText(String line) {
        Matcher reference = REFERENCE_LINE.matcher(line);
        return reference.matches() ? reference.group(1) + "&#91;" + line.substring(reference.group(1).length() + 1) : line;
    }
}
