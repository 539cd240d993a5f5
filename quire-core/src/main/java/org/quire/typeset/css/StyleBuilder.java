package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies declared values to a {@link Style}, computing them (CSS Cascade Level 4 §4.4). */
final class StyleBuilder {
    /** CSS Fonts Level 3 §3.5: the absolute-size keywords as factors of medium (12pt). */
    private static final String[] SIZES = {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large"};
    private static final float[] FACTORS = {3 / 5f, 3 / 4f, 8 / 9f, 1, 6 / 5f, 3 / 2f, 2};

    private final Style style;
    private final Style parent;
    private final float rootFontSize;

    StyleBuilder(Style style, Style parent, float rootFontSize) {
        this.style = style;
        this.parent = parent;
        this.rootFontSize = rootFontSize;
    }

    private Length length(Token token) {
        return Length.of(token, style.fontSize, rootFontSize);
    }

    private float points(Token token) {
        Length length = length(token);
        return length == null ? 0 : length.points();
    }

    void apply(Declaration d) {
        List<Token> v = d.value();
        Token first = v.get(0);
        String word = first.kind() == Token.Kind.IDENT ? first.text().toLowerCase(Locale.ROOT) : "";
        if (word.equals("inherit") || word.equals("initial")) {
            inheritOrReset(d.property(), word.equals("inherit"));
            return;
        }
        switch (d.property()) {
            case "font-family" -> style.fontFamily = FontFamilies.of(v);
            case "font-size" -> style.fontSize = fontSize(first);
            case "font-style" -> style.italic = !word.equals("normal");
            case "font-weight" -> style.fontWeight = switch (word) {
                case "normal" -> 400;
                case "bold" -> 700;
                case "bolder" -> parent.fontWeight >= 600 ? 900 : 700;
                case "lighter" -> parent.fontWeight >= 600 ? 400 : 100;
                default -> (int) first.number();
            };
            case "line-height" -> lineHeight(first, word);
            case "text-align" -> style.textAlign = switch (word) {
                case "right" -> Style.Align.RIGHT;
                case "end" -> Style.Align.END;
                case "center" -> Style.Align.CENTER;
                case "justify" -> Style.Align.JUSTIFY;
                case "start" -> Style.Align.START;
                default -> Style.Align.LEFT;
            };
            case "direction" -> style.direction = Style.Direction.valueOf(word.toUpperCase(Locale.ROOT));
            case "text-indent" -> style.textIndent = length(first);
            case "letter-spacing" -> style.letterSpacing = word.equals("normal") ? 0 : points(first);
            case "text-transform" -> style.transform = Style.Transform.valueOf(word.toUpperCase(Locale.ROOT));
            case "hyphens" -> {
                style.hyphens = word.equals("auto");
                style.hyphensNone = word.equals("none");
            }
            case "hyphenate-limit-lines" -> style.hyphenLimit = word.equals("no-limit") ? 0 : (int) first.number();
            case "orphans" -> style.orphans = Math.max(1, (int) first.number());
            case "widows" -> style.widows = Math.max(1, (int) first.number());
            case "white-space" -> style.whiteSpace = Style.WhiteSpace.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
            case "color" -> style.color = Colors.of(first);
            case "list-style-type", "list-style" -> {
                for (Token t : v) {
                    if (!t.isIdent("outside") && !t.isIdent("inside")) {
                        style.listStyle = t.text().toLowerCase(Locale.ROOT);
                    }
                }
            }
            case "display" -> style.display = switch (word) {
                case "inline-block" -> Style.Display.INLINE;
                case "table-footer-group" -> Style.Display.TABLE_ROW_GROUP;
                default -> Style.Display.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
            };
            case "margin" -> sides(v, style.margin, style.marginAuto);
            case "margin-top" -> side(first, style.margin, style.marginAuto, Style.TOP);
            case "margin-right" -> side(first, style.margin, style.marginAuto, Style.RIGHT);
            case "margin-bottom" -> side(first, style.margin, style.marginAuto, Style.BOTTOM);
            case "margin-left" -> side(first, style.margin, style.marginAuto, Style.LEFT);
            case "padding" -> sides(v, style.padding, null);
            case "padding-top" -> style.padding[Style.TOP] = length(first);
            case "padding-right" -> style.padding[Style.RIGHT] = length(first);
            case "padding-bottom" -> style.padding[Style.BOTTOM] = length(first);
            case "padding-left" -> style.padding[Style.LEFT] = length(first);
            case "border" -> {
                Style.Border border = border(v);
                java.util.Arrays.fill(style.border, border);
            }
            case "border-top" -> style.border[Style.TOP] = border(v);
            case "border-right" -> style.border[Style.RIGHT] = border(v);
            case "border-bottom" -> style.border[Style.BOTTOM] = border(v);
            case "border-left" -> style.border[Style.LEFT] = border(v);
            case "width" -> style.width = word.equals("auto") ? null : length(first);
            case "height" -> style.height = word.equals("auto") ? null : length(first);
            case "max-width" -> style.maxWidth = word.equals("none") ? null : length(first);
            case "break-before", "page-break-before" -> style.breakBefore = breakValue(word);
            case "break-after", "page-break-after" -> style.breakAfter = breakValue(word);
            case "break-inside", "page-break-inside" -> style.avoidBreakInside = word.startsWith("avoid");
            case "page" -> style.page = word.equals("auto") ? null : first.text();
            case "string-set" -> style.stringSets = stringSets(v);
            case "content" -> style.content = word.equals("none") || word.equals("normal") ? null : v;
            case "float" -> style.footnote = word.equals("footnote");
            case "vertical-align" -> verticalAlign(first, word);
            case "text-decoration", "text-decoration-line" -> style.decoration = switch (word) {
                case "underline" -> style.decoration | Style.UNDERLINE;
                case "line-through" -> style.decoration | Style.LINE_THROUGH;
                default -> 0;
            };
            case "bookmark-level" -> style.bookmarkLevel = word.equals("none") ? 0 : (int) first.number();
            case "bookmark-label" -> style.bookmarkLabel = v;
            case "bookmark-state" -> style.bookmarkOpen = word.equals("open");
            case "counter-reset" -> style.pageReset = word.equals("none") ? null : v.size() == 2 ? (int) v.get(1).number() : 0;
            default -> {
                // border-collapse: collapsed borders are the only table model Quire draws.
            }
        }
    }

    private void inheritOrReset(String property, boolean inherit) {
        Style source = inherit ? parent : new Style();
        switch (property) {
            case "font-size" -> style.fontSize = source.fontSize;
            case "font-family" -> style.fontFamily = source.fontFamily;
            case "font-style" -> style.italic = source.italic;
            case "font-weight" -> style.fontWeight = source.fontWeight;
            case "color" -> style.color = source.color;
            case "text-align" -> style.textAlign = source.textAlign;
            case "direction" -> style.direction = source.direction;
            case "text-indent" -> style.textIndent = source.textIndent;
            case "line-height" -> {
                style.lineHeight = source.lineHeight;
                style.lineHeightFactor = source.lineHeightFactor;
            }
            default -> {
                // Other properties keep their computed value; the subset has no use for more.
            }
        }
    }


    private float fontSize(Token token) {
        if (token.kind() == Token.Kind.IDENT) {
            String word = token.text().toLowerCase(Locale.ROOT);
            if (word.equals("smaller")) {
                return parent.fontSize / 1.2f;
            }
            if (word.equals("larger")) {
                return parent.fontSize * 1.2f;
            }
            for (int i = 0; i < SIZES.length; i++) {
                if (SIZES[i].equals(word)) {
                    return 12 * FACTORS[i];
                }
            }
        }
        Length length = Length.of(token, parent.fontSize, rootFontSize);
        return length == null ? parent.fontSize : length.of(parent.fontSize);
    }

    private void lineHeight(Token first, String word) {
        if (word.equals("normal")) {
            style.lineHeight = 1.2f;
            style.lineHeightFactor = true;
        } else if (first.kind() == Token.Kind.NUMBER && first.unit().isEmpty()) {
            style.lineHeight = (float) first.number();
            style.lineHeightFactor = true;
        } else {
            Length length = length(first);
            style.lineHeight = length.of(style.fontSize);
            style.lineHeightFactor = false;
        }
    }

    private void sides(List<Token> v, Length[] into, boolean[] auto) {
        int[][] map = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
        int[] pick = map[v.size() - 1];
        for (int side = 0; side < 4; side++) {
            side(v.get(pick[side]), into, auto, side);
        }
    }

    private void side(Token token, Length[] into, boolean[] auto, int side) {
        boolean isAuto = token.isIdent("auto");
        into[side] = isAuto ? Length.ZERO : length(token);
        if (auto != null) {
            auto[side] = isAuto;
        }
    }

    private Style.Border border(List<Token> v) {
        float width = 0.75f;
        int color = style.color;
        boolean none = false;
        for (Token t : v) {
            if (Property.length(t)) {
                width = points(t);
            } else if (t.isIdent("thin")) {
                width = 0.5f;
            } else if (t.isIdent("medium")) {
                width = 1;
            } else if (t.isIdent("thick")) {
                width = 2;
            } else if (t.isIdent("none") || t.isIdent("hidden")) {
                none = true;
            } else if (Property.color(t)) {
                color = Colors.of(t);
            }
        }
        return none || width <= 0 ? Style.Border.NONE : new Style.Border(width, color);
    }

    private static Style.Break breakValue(String word) {
        return switch (word) {
            case "always", "page" -> Style.Break.PAGE;
            case "right", "recto" -> Style.Break.RECTO;
            case "left", "verso" -> Style.Break.VERSO;
            case "avoid", "avoid-page" -> Style.Break.AVOID;
            default -> Style.Break.AUTO;
        };
    }

    private static List<Style.StringSet> stringSets(List<Token> v) {
        List<Style.StringSet> sets = new ArrayList<>();
        if (v.size() == 1 && v.get(0).isIdent("none")) {
            return sets;
        }
        String name = null;
        List<Token> content = new ArrayList<>();
        for (Token t : v) {
            if (t.kind() == Token.Kind.COMMA) {
                if (name != null) {
                    sets.add(new Style.StringSet(name, List.copyOf(content)));
                }
                name = null;
                content.clear();
            } else if (name == null) {
                name = t.text();
            } else {
                content.add(t);
            }
        }
        if (name != null) {
            sets.add(new Style.StringSet(name, List.copyOf(content)));
        }
        return List.copyOf(sets);
    }

    private void verticalAlign(Token first, String word) {
        if (first.kind() == Token.Kind.NUMBER) {
            style.verticalAlign = Style.VerticalAlign.LENGTH;
            Length length = Length.of(first, style.fontSize, rootFontSize);
            style.verticalShift = length.of(style.lineHeight());
        } else {
            style.verticalAlign = Style.VerticalAlign.valueOf(word.toUpperCase(Locale.ROOT).replace("TEXT-", ""));
        }
    }
}
