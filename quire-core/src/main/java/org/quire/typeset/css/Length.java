package org.quire.typeset.css;

/**
 * A computed length: points plus a fraction of a reference length (for percentages, CSS 2.1
 * §8.3: margins and padding are fractions of the containing block's width), resolved during
 * layout.
 */
public record Length(float points, float fraction) {
    public static final Length ZERO = new Length(0, 0);

    public static Length points(double points) {
        return new Length((float) points, 0);
    }

    /** The length in points, given the reference for percentages. */
    public float of(float reference) {
        return points + fraction * reference;
    }

    public boolean isZero() {
        return points == 0 && fraction == 0;
    }

    /** Points per unit of the absolute units of CSS Values Level 3 §6.2; 0 for a relative or unknown unit. */
    static double absolute(String unit) {
        return switch (unit) {
            case "pt" -> 1;
            case "px" -> 0.75;
            case "in" -> 72;
            case "cm" -> 72 / 2.54;
            case "mm" -> 72 / 25.4;
            case "q" -> 72 / 101.6;
            case "pc" -> 12;
            default -> 0;
        };
    }

    /**
     * A length token in points: absolute units, {@code em}/{@code ex}/{@code rem} of the given
     * font sizes, {@code %} as a fraction; a bare 0 is zero. Null when the token is no length.
     */
    static Length of(Token token, float fontSize, float rootFontSize) {
        if (token.kind() != Token.Kind.NUMBER) {
            return null;
        }
        double value = token.number();
        String unit = token.unit();
        double factor = absolute(unit);
        if (factor > 0) {
            return points(value * factor);
        }
        return switch (unit) {
            case "em" -> points(value * fontSize);
            case "ex" -> points(value * fontSize * 0.5);
            case "rem" -> points(value * rootFontSize);
            case "%" -> new Length(0, (float) (value / 100));
            case "" -> value == 0 ? ZERO : null;
            default -> null;
        };
    }
}
