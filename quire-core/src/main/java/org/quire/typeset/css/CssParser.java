package org.quire.typeset.css;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Reads a stylesheet of Quire's print subset: style rules, {@code @page} rules with margin
 * boxes and {@code @footnote}, and {@code @media print}. Anything else is a warning naming the
 * file and line (code {@code CSS-UNSUPPORTED}); a syntax error skips the rule it is in (code
 * {@code CSS-SYNTAX}), as CSS error recovery does (CSS Syntax Level 3 §2.2).
 */
public final class CssParser {
    private final String text;
    private final Path source;
    private final int firstLine;
    private final List<Diagnostic> warnings;
    private int at;
    private int line;

    private CssParser(String text, Path source, int firstLine, List<Diagnostic> warnings) {
        this.text = text;
        this.source = source;
        this.firstLine = firstLine;
        this.warnings = warnings;
        this.line = firstLine;
    }

    /**
     * @param source the file named in warnings
     * @param firstLine the line of {@code source} where {@code css} starts (1 for a whole file)
     * @param order where these rules come in the cascade: later sheets win ties
     */
    public static StyleSheet parse(String css, Path source, int firstLine, int order, List<Diagnostic> warnings) {
        CssParser parser = new CssParser(css, source, firstLine, warnings);
        StyleSheet sheet = new StyleSheet(order);
        parser.rules(sheet, false);
        return sheet;
    }

    private Location here() {
        return Location.of(source, line);
    }

    void warn(String code, Location where, String message) {
        warnings.add(Diagnostic.warning(code, where, message));
    }

    private void rules(StyleSheet sheet, boolean nested) {
        while (true) {
            skipBlank();
            if (at >= text.length()) {
                return;
            }
            char c = text.charAt(at);
            if (c == '}') {
                at++;
                if (nested) {
                    return;
                }
                warn("CSS-SYNTAX", here(), "a '}' without its '{' is skipped");
                continue;
            }
            if (c == '@') {
                atRule(sheet);
            } else {
                Location where = here();
                String prelude = until('{');
                if (at >= text.length()) {
                    warn("CSS-SYNTAX", where, "a rule without '{' at the end of the stylesheet is skipped");
                    return;
                }
                at++;
                List<Declaration> declarations = declarations();
                sheet.addRule(prelude.strip(), declarations, where, this);
            }
        }
    }

    private void atRule(StyleSheet sheet) {
        Location where = here();
        at++;
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
            at++;
        }
        String name = text.substring(start, at).toLowerCase(Locale.ROOT);
        String prelude = untilAny("{;").strip();
        boolean block = at < text.length() && text.charAt(at) == '{';
        at = Math.min(text.length(), at + 1);
        switch (name) {
            case "page" -> {
                if (block) {
                    page(sheet, prelude, where);
                }
            }
            case "media" -> {
                String media = prelude.toLowerCase(Locale.ROOT);
                if (block && (media.contains("print") || media.contains("all")) && !media.contains("not ")) {
                    rules(sheet, true);
                } else if (block) {
                    skipBlock(); // a medium other than print never applies to a printed book
                }
            }
            default -> {
                warn("CSS-UNSUPPORTED", where, "@" + name + " is not part of Quire's print stylesheet subset; it is ignored"
                        + (name.equals("font-face") ? " (put TrueType fonts in the theme's fonts/ folder instead)" : ""));
                if (block) {
                    skipBlock();
                }
            }
        }
    }

    private void page(StyleSheet sheet, String prelude, Location where) {
        List<Declaration> declarations = new ArrayList<>();
        Map<String, List<Declaration>> boxes = new LinkedHashMap<>();
        while (true) {
            skipBlank();
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (c == '}') {
                at++;
                break;
            }
            if (c == '@') {
                Location boxAt = here();
                at++;
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
                    at++;
                }
                String box = text.substring(start, at).toLowerCase(Locale.ROOT);
                until('{');
                at = Math.min(text.length(), at + 1);
                List<Declaration> inside = declarations();
                if (PageRule.BOXES.contains(box)) {
                    boxes.computeIfAbsent(box, k -> new ArrayList<>()).addAll(inside);
                } else {
                    warn("CSS-UNSUPPORTED", boxAt, "@" + box + " is not a page-margin box Quire draws; it is ignored");
                }
            } else {
                declaration(declarations);
            }
        }
        sheet.addPage(prelude, declarations, boxes, where, this);
    }

    /** Declarations up to the closing brace, which is consumed. */
    private List<Declaration> declarations() {
        List<Declaration> declarations = new ArrayList<>();
        while (true) {
            skipBlank();
            if (at >= text.length()) {
                return declarations;
            }
            if (text.charAt(at) == '}') {
                at++;
                return declarations;
            }
            declaration(declarations);
        }
    }

    private void declaration(List<Declaration> into) {
        Location where = here();
        String raw = untilAny(";}");
        if (at < text.length() && text.charAt(at) == ';') {
            at++;
        }
        int colon = raw.indexOf(':');
        if (raw.isBlank()) {
            return;
        }
        if (colon < 0) {
            warn("CSS-SYNTAX", where, "'" + raw.strip() + "' is not a declaration (property: value); it is skipped");
            return;
        }
        String property = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = raw.substring(colon + 1).strip();
        boolean important = false;
        if (value.toLowerCase(Locale.ROOT).endsWith("!important")) {
            important = true;
            value = value.substring(0, value.length() - "!important".length()).strip();
        }
        try {
            into.add(new Declaration(property, ValueTokenizer.tokens(value), important, where));
        } catch (IllegalArgumentException e) {
            warn("CSS-SYNTAX", where, "the value of " + property + " cannot be read (" + e.getMessage() + "); it is skipped");
        }
    }

    private void skipBlock() {
        int depth = 1;
        while (at < text.length() && depth > 0) {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                skipString(c);
                continue;
            }
            if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
                skipComment();
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\n') {
                line++;
            }
            at++;
        }
    }

    private String until(char stop) {
        return untilAny(String.valueOf(stop));
    }

    /** The text up to one of {@code stops} outside strings, comments and parentheses (not consumed), comments removed. */
    private String untilAny(String stops) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (depth == 0 && stops.indexOf(c) >= 0) {
                break;
            }
            if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
                skipComment();
                out.append(' ');
                continue;
            }
            if (c == '"' || c == '\'') {
                int start = at;
                skipString(c);
                out.append(text, start, at);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n') {
                line++;
            }
            out.append(c);
            at++;
        }
        return out.toString();
    }

    private void skipString(char quote) {
        at++;
        while (at < text.length() && text.charAt(at) != quote) {
            if (text.charAt(at) == '\\') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '\n') {
                line++;
            }
            at++;
        }
        at = Math.min(text.length(), at + 1);
    }

    private void skipComment() {
        int end = text.indexOf("*/", at + 2);
        int stop = end < 0 ? text.length() : end + 2;
        for (int i = at; i < stop; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        at = stop;
    }

    private void skipBlank() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
                skipComment();
            } else if (Character.isWhitespace(c) || c == ';') {
                if (c == '\n') {
                    line++;
                }
                at++;
            } else if (text.startsWith("<!--", at) || text.startsWith("-->", at)) {
                at += text.startsWith("<!--", at) ? 4 : 3;
            } else {
                return;
            }
        }
    }

    int firstLine() {
        return firstLine;
    }
}
