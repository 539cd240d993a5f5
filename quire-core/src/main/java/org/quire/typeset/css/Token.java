package org.quire.typeset.css;

import java.util.List;
import java.util.Locale;

/**
 * One component of a CSS value (CSS Syntax Level 3 §4, reduced to what the subset needs): an
 * identifier, a string, a number with an optional unit or {@code %}, a hash colour, a comma, a
 * slash, or a function with its arguments.
 */
public record Token(Kind kind, String text, double number, List<Token> arguments) {
    public enum Kind { IDENT, STRING, NUMBER, HASH, COMMA, SLASH, FUNCTION, DELIM }

    static Token ident(String text) {
        return new Token(Kind.IDENT, text, 0, List.of());
    }

    static Token string(String text) {
        return new Token(Kind.STRING, text, 0, List.of());
    }

    /** @param unit the unit in lower case, {@code %}, or empty for a plain number */
    static Token number(double value, String unit) {
        return new Token(Kind.NUMBER, unit, value, List.of());
    }

    static Token function(String name, List<Token> arguments) {
        return new Token(Kind.FUNCTION, name.toLowerCase(Locale.ROOT), 0, List.copyOf(arguments));
    }

    static Token of(Kind kind, String text) {
        return new Token(kind, text, 0, List.of());
    }

    public boolean isIdent(String name) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(name);
    }

    /** For a number: its unit ({@code pt}, {@code em}, {@code %}…), empty when it has none. */
    public String unit() {
        return kind == Kind.NUMBER ? text : "";
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> "\"" + text + "\"";
            case NUMBER -> (number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number)) + text;
            case HASH -> "#" + text;
            case FUNCTION -> text + "(" + String.join(" ", arguments.stream().map(Token::toString).toList()) + ")";
            default -> text;
        };
    }
}
