package org.quire.typeset.css;

import java.util.List;

/**
 * The computed style of an element (or of its {@code ::before}/{@code ::after}): every property
 * of the subset with its value resolved as far as the cascade can (CSS Cascade Level 4 §4.4).
 * Lengths are points, except fractions of the containing block's width, kept in {@link Length}.
 * Made by {@link Cascade}; never changed afterwards.
 */
public final class Style {
    public enum Display { BLOCK, INLINE, NONE, LIST_ITEM, RUN_IN, TABLE, TABLE_ROW, TABLE_CELL, TABLE_ROW_GROUP,
        TABLE_HEADER_GROUP, TABLE_CAPTION }

    /** {@code START} and {@code END} are the right and left edges of a right-to-left paragraph (CSS Text 3 §7.1). */
    public enum Align { LEFT, RIGHT, CENTER, JUSTIFY, START, END }

    /** CSS Writing Modes 3 §2.1 {@code direction}; null when neither it nor {@code dir} is given (the language decides). */
    public enum Direction { LTR, RTL }

    public enum WhiteSpace { NORMAL, PRE, PRE_WRAP, PRE_LINE, NOWRAP }

    /** Forced and avoided breaks; {@code RECTO} and {@code VERSO} include CSS's {@code right} and {@code left}. */
    public enum Break { AUTO, PAGE, RECTO, VERSO, AVOID }

    public enum VerticalAlign { BASELINE, SUPER, SUB, TOP, MIDDLE, BOTTOM, LENGTH }

    public enum Transform { NONE, UPPERCASE, LOWERCASE, CAPITALIZE }

    /** A border side: width in points (0 for none) and colour. */
    public record Border(float width, int color) {
        public static final Border NONE = new Border(0, 0);
    }

    /** {@code string-set: name content}. */
    public record StringSet(String name, List<Token> content) {
    }

    // inherited
    List<String> fontFamily = List.of("serif");
    float fontSize = 12;
    boolean italic;
    int fontWeight = 400;
    float lineHeight = 1.2f;
    boolean lineHeightFactor = true;
    Align textAlign = Align.START;
    Direction direction;
    Length textIndent = Length.ZERO;
    float letterSpacing;
    Transform transform = Transform.NONE;
    boolean hyphens;
    boolean hyphensNone;
    int hyphenLimit;
    int orphans = 2;
    int widows = 2;
    WhiteSpace whiteSpace = WhiteSpace.NORMAL;
    int color;
    String listStyle = "disc";
    /** Not inherited in CSS, but drawn through every inline descendant (CSS Text Decoration §2.1). */
    int decoration;
    // not inherited
    Display display = Display.INLINE;
    Length[] margin = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    boolean[] marginAuto = new boolean[4];
    Length[] padding = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    Border[] border = {Border.NONE, Border.NONE, Border.NONE, Border.NONE};
    Break breakBefore = Break.AUTO;
    Break breakAfter = Break.AUTO;
    boolean avoidBreakInside;
    String page;
    List<StringSet> stringSets = List.of();
    List<Token> content;
    boolean footnote;
    VerticalAlign verticalAlign = VerticalAlign.BASELINE;
    float verticalShift;
    Length width;
    Length height;
    Length maxWidth;
    int bookmarkLevel;
    List<Token> bookmarkLabel;
    boolean bookmarkOpen = true;
    Integer pageReset;

    public static final int UNDERLINE = 1;
    public static final int LINE_THROUGH = 2;
    /** Sides, as CSS lists them. */
    public static final int TOP = 0;
    public static final int RIGHT = 1;
    public static final int BOTTOM = 2;
    public static final int LEFT = 3;

    Style() {
    }

    /** A copy carrying the inherited properties only: the starting point of a child's style. */
    Style inherit() {
        Style child = new Style();
        child.fontFamily = fontFamily;
        child.fontSize = fontSize;
        child.italic = italic;
        child.fontWeight = fontWeight;
        child.lineHeight = lineHeight;
        child.lineHeightFactor = lineHeightFactor;
        child.textAlign = textAlign;
        child.direction = direction;
        child.textIndent = textIndent;
        child.letterSpacing = letterSpacing;
        child.transform = transform;
        child.hyphens = hyphens;
        child.hyphensNone = hyphensNone;
        child.hyphenLimit = hyphenLimit;
        child.orphans = orphans;
        child.widows = widows;
        child.whiteSpace = whiteSpace;
        child.color = color;
        child.listStyle = listStyle;
        child.decoration = decoration;
        return child;
    }

    public List<String> fontFamily() { return fontFamily; }
    public float fontSize() { return fontSize; }
    public boolean italic() { return italic; }
    public boolean bold() { return fontWeight >= 600; }
    /** The distance between baselines, in points. */
    public float lineHeight() { return lineHeightFactor ? lineHeight * fontSize : lineHeight; }
    public Align textAlign() { return textAlign; }
    /** The base direction set by {@code direction} or {@code dir}, or null (the language decides). */
    public Direction direction() { return direction; }
    public Length textIndent() { return textIndent; }
    public float letterSpacing() { return letterSpacing; }
    public Transform transform() { return transform; }
    /** {@code hyphens: auto}. */
    public boolean hyphens() { return hyphens; }
    /** {@code hyphens: none}: not even at soft hyphens. */
    public boolean hyphensNone() { return hyphensNone; }
    /** {@code hyphenate-limit-lines}, 0 for no limit. */
    public int hyphenLimit() { return hyphenLimit; }
    public int orphans() { return orphans; }
    public int widows() { return widows; }
    public WhiteSpace whiteSpace() { return whiteSpace; }
    public int color() { return color; }
    public String listStyle() { return listStyle; }
    public int decoration() { return decoration; }
    public Display display() { return display; }
    public Length margin(int side) { return margin[side]; }
    public boolean marginAuto(int side) { return marginAuto[side]; }
    public Length padding(int side) { return padding[side]; }
    public Border border(int side) { return border[side]; }
    public Break breakBefore() { return breakBefore; }
    public Break breakAfter() { return breakAfter; }
    public boolean avoidBreakInside() { return avoidBreakInside; }
    /** The named page ({@code page}), or null for {@code auto}. */
    public String page() { return page; }
    public List<StringSet> stringSets() { return stringSets; }
    /** {@code content} of a pseudo-element, null for none. */
    public List<Token> content() { return content; }
    /** {@code float: footnote}. */
    public boolean footnote() { return footnote; }
    public VerticalAlign verticalAlign() { return verticalAlign; }
    /** For {@link VerticalAlign#LENGTH}: the shift up, in points. */
    public float verticalShift() { return verticalShift; }
    /** Null for auto. */
    public Length width() { return width; }
    public Length height() { return height; }
    public Length maxWidth() { return maxWidth; }
    /** 0 for none. */
    public int bookmarkLevel() { return bookmarkLevel; }
    public List<Token> bookmarkLabel() { return bookmarkLabel; }
    public boolean bookmarkOpen() { return bookmarkOpen; }
    /** {@code counter-reset: page N}: the number of the page this element starts on, or null for none. */
    public Integer pageReset() { return pageReset; }
}
