package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.quire.typeset.css.Token;

/**
 * Evaluates CSS {@code content} lists (CSS Generated Content for Paged Media): strings,
 * {@code attr()}, {@code content(text)} (an element's text without its footnote calls),
 * {@code target-counter(attr(href), page)} and {@code leader()}.
 */
final class Contents {
    /** A leader in generated content: its pattern (". " for dotted). */
    record Leader(String pattern) {
    }

    private Contents() {
    }

    /** Strings and {@link Leader}s, in order. */
    static List<Object> evaluate(List<Token> content, XElement element, Function<String, String> pageNumbers) {
        List<Object> out = new ArrayList<>();
        for (Token token : content) {
            if (token.kind() == Token.Kind.STRING) {
                out.add(token.text());
            } else if (token.kind() == Token.Kind.FUNCTION) {
                switch (token.text()) {
                    case "attr" -> out.add(attribute(token, element));
                    case "content" -> out.add(plainText(element));
                    case "leader" -> out.add(new Leader(leader(token)));
                    case "target-counter" -> {
                        String href = token.arguments().isEmpty() ? "" : token.arguments().get(0).kind() == Token.Kind.FUNCTION
                                ? attribute(token.arguments().get(0), element) : token.arguments().get(0).text();
                        String id = href.startsWith("#") ? href.substring(1) : href;
                        String number = pageNumbers.apply(id);
                        out.add(number == null ? "" : number);
                    }
                    default -> {
                        // counter() and string() belong to page-margin boxes; in the flow they are empty.
                    }
                }
            }
        }
        return out;
    }

    /** The text of a content list without leaders, for running strings and bookmark labels. */
    static String text(List<Token> content, XElement element) {
        StringBuilder out = new StringBuilder();
        for (Object piece : evaluate(content, element, id -> "")) {
            if (piece instanceof String text) {
                out.append(text);
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String attribute(Token function, XElement element) {
        if (function.arguments().isEmpty()) {
            return "";
        }
        return element.attribute(function.arguments().get(0).text().toLowerCase(Locale.ROOT), "");
    }

    private static String leader(Token function) {
        if (function.arguments().isEmpty()) {
            return ".";
        }
        Token argument = function.arguments().get(0);
        if (argument.kind() == Token.Kind.STRING) {
            return argument.text();
        }
        return switch (argument.text()) {
            case "dotted" -> ". ";
            case "solid" -> "_";
            case "space" -> " ";
            default -> ".";
        };
    }

    /** An element's text with white space collapsed, leaving out footnote calls (a heading's "1"). */
    static String plainText(XElement element) {
        StringBuilder out = new StringBuilder();
        plain(element, out);
        return out.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static void plain(XElement element, StringBuilder out) {
        for (Object child : element.children()) {
            if (child instanceof String text) {
                out.append(text);
            } else {
                XElement e = (XElement) child;
                if (!"doc-noteref".equals(e.attribute("role")) && !e.hasClass("footnote-ref")) {
                    plain(e, out);
                }
            }
        }
    }
}
