package org.quire.write;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A printed book's page size in millimetres: a named size or {@code WxH} with a unit. */
public record TrimSize(double width, double height) {
    private static final Map<String, TrimSize> NAMED = Map.of(
            "a5", new TrimSize(148, 210),
            "a4", new TrimSize(210, 297),
            "letter", new TrimSize(215.9, 279.4),
            "6x9in", new TrimSize(152.4, 228.6),
            "5x8in", new TrimSize(127, 203.2),
            "5.5x8.5in", new TrimSize(139.7, 215.9));
    private static final Pattern CUSTOM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*x\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt)");

    public TrimSize {
        if (width < 50 || height < 50 || width > 1000 || height > 1000) {
            throw new IllegalArgumentException("a page of " + width + " x " + height + " mm is not a book page");
        }
    }

    /** {@code a5}, {@code a4}, {@code letter}, {@code 6x9in}, {@code 5x8in}, or a size like {@code 130x200mm}. */
    public static TrimSize parse(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        TrimSize named = NAMED.get(name);
        if (named != null) {
            return named;
        }
        Matcher matcher = CUSTOM.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("trim size '" + text
                    + "' is not known; use a5, 6x9in, 5x8in, letter, a4 or a size like 130x200mm");
        }
        double unit = switch (matcher.group(3)) {
            case "cm" -> 10;
            case "in" -> 25.4;
            case "pt" -> 25.4 / 72;
            default -> 1;
        };
        return new TrimSize(Double.parseDouble(matcher.group(1)) * unit, Double.parseDouble(matcher.group(2)) * unit);
    }

    /** Millimetres in a PostScript point (1/72 in). */
    private static final double MM_PER_PT = 25.4 / 72;
    /**
     * The longest line, in ems of the body type: 33 em holds about 66 characters of a Latin text
     * face, the upper end of the 45–75 a reader takes in comfortably (Bringhurst, The Elements of
     * Typographic Style, 2.1.2). Below it the side margins are 23% of the width; a wider page
     * (A4, letter) gives the rest to its margins instead of lengthening the line.
     */
    private static final double MAX_MEASURE_EM = 33;
    /** The share of the side margins that goes to the gutter: binding eats into it. */
    private static final double GUTTER_SHARE = 0.135 / (0.135 + 0.095);

    /** The width of the text block (the measure), in millimetres. */
    public double measure() {
        return Math.min(width * 0.77, fontSize() * MAX_MEASURE_EM * MM_PER_PT);
    }

    /** The inner margin (gutter), in millimetres: the wider side margin, as binding eats into it. */
    public double inner() {
        return (width - measure()) * GUTTER_SHARE;
    }

    /** The outer margin, in millimetres: it holds the reader's thumbs. */
    public double outer() {
        return width - measure() - inner();
    }

    double top() {
        return height * 0.075;
    }

    double bottom() {
        return height * 0.095;
    }

    /** The body type size in points: larger pages take larger type (the measure is capped as well). */
    public double fontSize() {
        return width < 160 ? 10.5 : width < 190 ? 11 : 12;
    }

    /** As a record prints itself (see {@link PdfOptions#toString()}), written out. */
    @Override
    public String toString() {
        return "TrimSize[width=" + width + ", height=" + height + "]";
    }
}
