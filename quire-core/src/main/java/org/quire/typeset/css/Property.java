package org.quire.typeset.css;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The properties of Quire's print stylesheet subset, each with the values it accepts. The README
 * lists them; a property outside this list, or a value it does not accept, is a warning.
 */
public enum Property {
    FONT_FAMILY("font-family", true, v -> !v.isEmpty() && v.stream().allMatch(t -> t.kind() == Token.Kind.IDENT
            || t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.COMMA)),
    FONT_SIZE("font-size", true, v -> single(v, t -> length(t) || keyword(t, "xx-small", "x-small", "small", "medium",
            "large", "x-large", "xx-large", "smaller", "larger"))),
    FONT_STYLE("font-style", true, keywords("normal", "italic", "oblique")),
    FONT_WEIGHT("font-weight", true, v -> single(v, t -> keyword(t, "normal", "bold", "bolder", "lighter")
            || (t.kind() == Token.Kind.NUMBER && t.unit().isEmpty()))),
    LINE_HEIGHT("line-height", true, v -> single(v, t -> length(t) || keyword(t, "normal")
            || (t.kind() == Token.Kind.NUMBER && t.unit().isEmpty()))),
    TEXT_ALIGN("text-align", true, keywords("left", "right", "center", "justify", "start", "end")),
    TEXT_INDENT("text-indent", true, v -> single(v, Property::length)),
    DIRECTION("direction", true, keywords("ltr", "rtl")),
    LETTER_SPACING("letter-spacing", true, v -> single(v, t -> length(t) || keyword(t, "normal"))),
    TEXT_TRANSFORM("text-transform", true, keywords("none", "uppercase", "lowercase", "capitalize")),
    HYPHENS("hyphens", true, keywords("auto", "manual", "none")),
    HYPHENATE_LIMIT_LINES("hyphenate-limit-lines", true, v -> single(v, t -> keyword(t, "no-limit")
            || (t.kind() == Token.Kind.NUMBER && t.unit().isEmpty()))),
    ORPHANS("orphans", true, Property::integer),
    WIDOWS("widows", true, Property::integer),
    WHITE_SPACE("white-space", true, keywords("normal", "pre", "pre-wrap", "pre-line", "nowrap")),
    COLOR("color", true, v -> single(v, Property::color)),
    LIST_STYLE_TYPE("list-style-type", true, keywords("disc", "circle", "square", "decimal", "lower-alpha",
            "upper-alpha", "lower-roman", "upper-roman", "none")),
    LIST_STYLE("list-style", true, keywords("disc", "circle", "square", "decimal", "lower-alpha",
            "upper-alpha", "lower-roman", "upper-roman", "none", "outside", "inside")),
    DISPLAY("display", false, keywords("block", "inline", "none", "list-item", "run-in", "inline-block",
            "table", "table-row", "table-cell", "table-row-group", "table-header-group", "table-footer-group", "table-caption")),
    MARGIN("margin", false, v -> between(v, 1, 4, t -> length(t) || keyword(t, "auto"))),
    MARGIN_TOP("margin-top", false, v -> single(v, t -> length(t) || keyword(t, "auto"))),
    MARGIN_RIGHT("margin-right", false, v -> single(v, t -> length(t) || keyword(t, "auto"))),
    MARGIN_BOTTOM("margin-bottom", false, v -> single(v, t -> length(t) || keyword(t, "auto"))),
    MARGIN_LEFT("margin-left", false, v -> single(v, t -> length(t) || keyword(t, "auto"))),
    PADDING("padding", false, v -> between(v, 1, 4, Property::length)),
    PADDING_TOP("padding-top", false, v -> single(v, Property::length)),
    PADDING_RIGHT("padding-right", false, v -> single(v, Property::length)),
    PADDING_BOTTOM("padding-bottom", false, v -> single(v, Property::length)),
    PADDING_LEFT("padding-left", false, v -> single(v, Property::length)),
    BORDER("border", false, Property::border),
    BORDER_TOP("border-top", false, Property::border),
    BORDER_RIGHT("border-right", false, Property::border),
    BORDER_BOTTOM("border-bottom", false, Property::border),
    BORDER_LEFT("border-left", false, Property::border),
    BORDER_COLLAPSE("border-collapse", false, keywords("collapse")),
    WIDTH("width", false, v -> single(v, t -> length(t) || keyword(t, "auto"))),
    HEIGHT("height", false, v -> single(v, t -> length(t) || keyword(t, "auto"))),
    MAX_WIDTH("max-width", false, v -> single(v, t -> length(t) || keyword(t, "none"))),
    BREAK_BEFORE("break-before", false, keywords("auto", "page", "left", "right", "recto", "verso", "avoid", "avoid-page")),
    BREAK_AFTER("break-after", false, keywords("auto", "page", "left", "right", "recto", "verso", "avoid", "avoid-page")),
    BREAK_INSIDE("break-inside", false, keywords("auto", "avoid", "avoid-page")),
    PAGE_BREAK_BEFORE("page-break-before", false, keywords("auto", "always", "avoid", "left", "right")),
    PAGE_BREAK_AFTER("page-break-after", false, keywords("auto", "always", "avoid", "left", "right")),
    PAGE_BREAK_INSIDE("page-break-inside", false, keywords("auto", "avoid")),
    PAGE("page", false, v -> single(v, t -> t.kind() == Token.Kind.IDENT)),
    STRING_SET("string-set", false, v -> !v.isEmpty() && v.get(0).kind() == Token.Kind.IDENT),
    CONTENT("content", false, Property::content),
    FLOAT("float", false, keywords("none", "footnote")),
    VERTICAL_ALIGN("vertical-align", false, v -> single(v, t -> length(t) || keyword(t, "baseline", "super", "sub",
            "top", "middle", "bottom", "text-top", "text-bottom"))),
    TEXT_DECORATION("text-decoration", false, keywords("none", "underline", "line-through")),
    TEXT_DECORATION_LINE("text-decoration-line", false, keywords("none", "underline", "line-through")),
    BOOKMARK_LEVEL("bookmark-level", false, v -> single(v, t -> keyword(t, "none")
            || (t.kind() == Token.Kind.NUMBER && t.unit().isEmpty()))),
    BOOKMARK_LABEL("bookmark-label", false, Property::content),
    BOOKMARK_STATE("bookmark-state", false, keywords("open", "closed")),
    /** The page counter only (CSS Paged Media §4.1, reset where the element starts, as Prince does). */
    COUNTER_RESET("counter-reset", false, v -> (v.size() == 1 && keyword(v.get(0), "none", "page"))
            || (v.size() == 2 && keyword(v.get(0), "page") && integer(v.subList(1, 2))));

    /** Descriptors of {@code @page}, its margin boxes and {@code @footnote}. */
    static final Set<String> PAGE_DESCRIPTORS = Set.of("size", "margin", "margin-top", "margin-right", "margin-bottom",
            "margin-left");

    private static final Map<String, Property> BY_NAME = new HashMap<>();

    static {
        for (Property property : values()) {
            BY_NAME.put(property.cssName, property);
        }
    }

    private final String cssName;
    private final boolean inherited;
    private final Predicate<List<Token>> accepts;

    Property(String cssName, boolean inherited, Predicate<List<Token>> accepts) {
        this.cssName = cssName;
        this.inherited = inherited;
        this.accepts = accepts;
    }

    public String cssName() {
        return cssName;
    }

    public boolean inherited() {
        return inherited;
    }

    /** The property of that name, or null when it is outside the subset. */
    public static Property named(String name) {
        return BY_NAME.get(name);
    }

    /** Whether the value is one this property accepts ({@code inherit} and {@code initial} always are). */
    public boolean accepts(List<Token> value) {
        if (value.size() == 1 && (value.get(0).isIdent("inherit") || value.get(0).isIdent("initial"))) {
            return true;
        }
        return accepts.test(value);
    }

    private static Predicate<List<Token>> keywords(String... names) {
        return v -> single(v, t -> keyword(t, names));
    }

    static boolean keyword(Token token, String... names) {
        if (token.kind() != Token.Kind.IDENT) {
            return false;
        }
        for (String name : names) {
            if (token.text().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean single(List<Token> value, Predicate<Token> test) {
        return value.size() == 1 && test.test(value.get(0));
    }

    private static boolean between(List<Token> value, int min, int max, Predicate<Token> test) {
        return value.size() >= min && value.size() <= max && value.stream().allMatch(test);
    }

    static boolean length(Token token) {
        return token.kind() == Token.Kind.NUMBER && (token.number() == 0 || Length.absolute(token.unit()) > 0
                || Set.of("em", "ex", "rem", "%").contains(token.unit()));
    }

    private static boolean integer(List<Token> value) {
        return single(value, t -> t.kind() == Token.Kind.NUMBER && t.unit().isEmpty() && t.number() == Math.rint(t.number()));
    }

    /** CSS Color 3 §4.2.1: three or six hexadecimal digits (#zzz is no colour; it once crashed the build). */
    private static final java.util.regex.Pattern HEX_COLOR = java.util.regex.Pattern.compile("[0-9a-fA-F]{3}|[0-9a-fA-F]{6}");

    static boolean color(Token token) {
        return (token.kind() == Token.Kind.HASH && HEX_COLOR.matcher(token.text()).matches())
                || (token.kind() == Token.Kind.IDENT && Colors.named(token.text()) != null)
                || (token.kind() == Token.Kind.FUNCTION && (token.text().equals("rgb")));
    }

    private static boolean border(List<Token> value) {
        return !value.isEmpty() && value.size() <= 3 && value.stream().allMatch(t -> length(t) || color(t)
                || keyword(t, "solid", "none", "thin", "medium", "thick", "hidden"));
    }

    private static boolean content(List<Token> value) {
        if (value.size() == 1 && keyword(value.get(0), "none", "normal")) {
            return true;
        }
        return !value.isEmpty() && value.stream().allMatch(t -> t.kind() == Token.Kind.STRING
                || (t.kind() == Token.Kind.FUNCTION && Set.of("attr", "counter", "leader", "target-counter", "content",
                "string").contains(t.text())));
    }
}
