package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a declaration's value into {@link Token}s (CSS Syntax Level 3 §4.3, simplified). */
final class ValueTokenizer {
    private final String text;
    private int at;

    private ValueTokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String value) {
        ValueTokenizer tokenizer = new ValueTokenizer(value);
        List<Token> tokens = tokenizer.list(false);
        if (tokenizer.at < value.length()) {
            throw new IllegalArgumentException("unexpected '" + value.charAt(tokenizer.at) + "'");
        }
        return tokens;
    }

    private List<Token> list(boolean inFunction) {
        List<Token> out = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == ')') {
                if (!inFunction) {
                    throw new IllegalArgumentException("a ')' without '('");
                }
                at++;
                return out;
            } else if (c == '"' || c == '\'') {
                out.add(Token.string(string(c)));
            } else if (c == ',') {
                at++;
                out.add(Token.of(Token.Kind.COMMA, ","));
            } else if (c == '/') {
                at++;
                out.add(Token.of(Token.Kind.SLASH, "/"));
            } else if (c == '#') {
                at++;
                out.add(Token.of(Token.Kind.HASH, name()));
            } else if (Character.isDigit(c) || ((c == '.' || c == '-' || c == '+') && at + 1 < text.length()
                    && (Character.isDigit(text.charAt(at + 1)) || text.charAt(at + 1) == '.'))) {
                out.add(number());
            } else if (Character.isLetter(c) || c == '-' || c == '_') {
                String name = name();
                if (at < text.length() && text.charAt(at) == '(') {
                    at++;
                    out.add(Token.function(name, list(true)));
                } else {
                    out.add(Token.ident(name));
                }
            } else {
                at++;
                out.add(Token.of(Token.Kind.DELIM, String.valueOf(c)));
            }
        }
        if (inFunction) {
            throw new IllegalArgumentException("a '(' without ')'");
        }
        return out;
    }

    private String name() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-' || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private Token number() {
        int start = at;
        if (text.charAt(at) == '-' || text.charAt(at) == '+') {
            at++;
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        double value = Double.parseDouble(text.substring(start, at));
        String unit = "";
        if (at < text.length() && text.charAt(at) == '%') {
            at++;
            unit = "%";
        } else if (at < text.length() && Character.isLetter(text.charAt(at))) {
            unit = name().toLowerCase(Locale.ROOT);
        }
        return Token.number(value, unit);
    }

    /** A quoted string with CSS escapes: {@code \"}, {@code \\} and hexadecimal {@code \2014 }. */
    private String string(char quote) {
        at++;
        StringBuilder out = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (c != '\\' || at >= text.length()) {
                out.append(c);
                continue;
            }
            int hex = at;
            while (at < text.length() && at - hex < 6 && Character.digit(text.charAt(at), 16) >= 0) {
                at++;
            }
            if (at > hex) {
                out.appendCodePoint(Integer.parseInt(text.substring(hex, at), 16));
                if (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
            } else {
                out.append(text.charAt(at++));
            }
        }
        if (at >= text.length()) {
            throw new IllegalArgumentException("a string without its closing quote");
        }
        at++;
        return out.toString();
    }
}
