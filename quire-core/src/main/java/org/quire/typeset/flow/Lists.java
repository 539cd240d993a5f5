package org.quire.typeset.flow;

import org.quire.typeset.css.Style;
import org.quire.typeset.lines.TextStyle;

/** List item markers from {@code list-style-type} (CSS Lists Level 3 §3). */
final class Lists {
    private Lists() {
    }

    /** The marker of a list item, or null for {@code none}. */
    static TextBlock.Marker marker(XElement item, Style style, InlineTag tag, TextStyle textStyle) {
        String text = switch (style.listStyle()) {
            case "none" -> null;
            case "circle" -> "\u25E6";
            case "square" -> "\u25AA";
            case "disc" -> "\u2022";
            default -> counter(style.listStyle(), ordinal(item)) + ".";
        };
        return text == null ? null : new TextBlock.Marker(text, textStyle, tag, 0.5f * style.fontSize());
    }

    /** The item's number: its {@code value}, or its place after the list's {@code start}. */
    static int ordinal(XElement item) {
        String value = item.attribute("value");
        if (value != null && value.strip().matches("-?\\d+")) {
            return Integer.parseInt(value.strip());
        }
        int n = 0;
        for (XElement e = item; e != null; e = e.previousSibling()) {
            if (e.name().equals("li")) {
                n++;
            }
        }
        String start = item.parent() == null ? null : item.parent().attribute("start");
        int first = start != null && start.strip().matches("-?\\d+") ? Integer.parseInt(start.strip()) : 1;
        return first + n - 1;
    }

    static String counter(String type, int n) {
        return switch (type) {
            case "lower-alpha" -> alpha(n, 'a');
            case "upper-alpha" -> alpha(n, 'A');
            case "lower-roman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upper-roman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    private static String alpha(int n, char base) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        StringBuilder out = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            out.insert(0, (char) (base + k % 26));
            k /= 26;
        }
        return out.toString();
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int k = n;
        for (int i = 0; i < values.length; i++) {
            while (k >= values[i]) {
                out.append(numerals[i]);
                k -= values[i];
            }
        }
        return out.toString();
    }
}
