package org.quire.typeset.css;

import java.util.Locale;
import java.util.Map;

/** CSS colours as 0xRRGGBB: hash notations, {@code rgb()} and the basic named colours (CSS Color Level 3 §4.1). */
final class Colors {
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("white", 0xFFFFFF), Map.entry("gray", 0x808080),
            Map.entry("grey", 0x808080), Map.entry("silver", 0xC0C0C0), Map.entry("maroon", 0x800000),
            Map.entry("red", 0xFF0000), Map.entry("purple", 0x800080), Map.entry("fuchsia", 0xFF00FF),
            Map.entry("green", 0x008000), Map.entry("lime", 0x00FF00), Map.entry("olive", 0x808000),
            Map.entry("yellow", 0xFFFF00), Map.entry("navy", 0x000080), Map.entry("blue", 0x0000FF),
            Map.entry("teal", 0x008080), Map.entry("aqua", 0x00FFFF), Map.entry("dimgray", 0x696969),
            Map.entry("darkgray", 0xA9A9A9), Map.entry("lightgray", 0xD3D3D3));

    private Colors() {
    }

    static Integer named(String name) {
        return NAMED.get(name.toLowerCase(Locale.ROOT));
    }

    /** The colour of a token {@link Property#color accepts}. */
    static int of(Token token) {
        if (token.kind() == Token.Kind.HASH) {
            String hex = token.text();
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            return Integer.parseInt(hex, 16);
        }
        if (token.kind() == Token.Kind.FUNCTION) {
            int rgb = 0;
            for (Token part : token.arguments()) {
                if (part.kind() == Token.Kind.NUMBER) {
                    double value = part.unit().equals("%") ? part.number() * 2.55 : part.number();
                    rgb = (rgb << 8) | (int) Math.max(0, Math.min(255, Math.round(value)));
                }
            }
            return rgb;
        }
        Integer named = named(token.text());
        return named == null ? 0 : named;
    }
}
