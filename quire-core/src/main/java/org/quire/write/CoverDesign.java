package org.quire.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.quire.model.Metadata;

/**
 * A story's own cover look, derived from its metadata and nothing else: a palette and a pattern
 * chosen by a hash of title, authors and fandoms, so a shelf of stories is not a row of twins and
 * every build of one story draws the same cover.
 */
final class CoverDesign {
    /** Background, panel, ink and two accents: dark grounds with light panels read well as thumbnails. */
    private static final String[][] PALETTES = {
        {"#1d3557", "#f1faee", "#1d3557", "#457b9d", "#a8dadc"},
        {"#2b2d42", "#edf2f4", "#2b2d42", "#ef233c", "#8d99ae"},
        {"#264653", "#f4f1de", "#264653", "#2a9d8f", "#e9c46a"},
        {"#5f0f40", "#fff3e6", "#5f0f40", "#9a031e", "#fb8b24"},
        {"#003049", "#fdf0d5", "#003049", "#c1121f", "#669bbc"},
        {"#3d405b", "#f4f1de", "#3d405b", "#e07a5f", "#81b29a"},
        {"#14213d", "#ffffff", "#14213d", "#fca311", "#e5e5e5"},
        {"#22333b", "#f2f4f3", "#22333b", "#a9927d", "#5e503f"},
        {"#4a1942", "#fdf6ec", "#4a1942", "#c33c54", "#ee6352"},
        {"#0b3d20", "#f6f4e8", "#0b3d20", "#5c946e", "#c9a227"},
        {"#432818", "#fff8e8", "#432818", "#bb9457", "#99582a"},
        {"#10002b", "#f8f0fb", "#240046", "#7b2cbf", "#c77dff"}};
    private static final String[] PATTERNS = {"circles", "diamonds", "stripes", "dots", "squares"};
    /** The cover is laid out on a 450 x 720 pt page and rasterised at 256 dpi: 1600 x 2560 px. */
    static final double WIDTH_PT = 450;
    static final double HEIGHT_PT = 720;

    private CoverDesign() {
    }

    static Map<String, Object> of(Metadata metadata) {
        Random random = new Random(seed(metadata));
        String[] palette = PALETTES[random.nextInt(PALETTES.length)];
        String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
        Map<String, Object> cover = new LinkedHashMap<>();
        cover.put("background", palette[0]);
        cover.put("panel", palette[1]);
        cover.put("ink", palette[2]);
        cover.put("accent", palette[3]);
        cover.put("accent2", palette[4]);
        cover.put("pattern", pattern);
        cover.put("shapes", shapes(pattern, random, palette));
        cover.put("titleSize", titleSize(metadata.title()));
        cover.put("width", WIDTH_PT);
        cover.put("height", HEIGHT_PT);
        return cover;
    }

    private static long seed(Metadata metadata) {
        String key = metadata.title() + "\u0000" + String.join(",", metadata.authors()) + "\u0000"
                + String.join(",", metadata.fandoms());
        byte[] hash = PdfStamp.sha256(key.getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (hash[i] & 0xFF);
        }
        return seed;
    }

    /** Decorative shapes around the title panel, in points, as CSS boxes the template places. */
    private static List<Map<String, Object>> shapes(String pattern, Random random, String[] palette) {
        List<Map<String, Object>> shapes = new ArrayList<>();
        int count = pattern.equals("stripes") ? 9 : pattern.equals("dots") ? 40 : 14;
        for (int i = 0; i < count; i++) {
            double size = switch (pattern) {
                case "dots" -> 8 + random.nextInt(18);
                case "stripes" -> 10 + random.nextInt(40);
                default -> 40 + random.nextInt(150);
            };
            double x = pattern.equals("stripes") ? -20 : random.nextInt((int) WIDTH_PT) - size / 2;
            double y = pattern.equals("stripes") ? i * (HEIGHT_PT / count) + random.nextInt(20) : random.nextInt((int) HEIGHT_PT) - size / 2;
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("x", pt(x));
            shape.put("y", pt(y));
            shape.put("width", pt(pattern.equals("stripes") ? WIDTH_PT + 40 : size));
            shape.put("height", pt(size));
            shape.put("radius", pattern.equals("circles") || pattern.equals("dots") ? pt(size / 2) : "0");
            shape.put("rotate", pattern.equals("diamonds") ? "45" : pattern.equals("stripes") ? String.valueOf(random.nextInt(7) - 3) : "0");
            shape.put("colour", palette[3 + random.nextInt(2)]);
            shapes.add(shape);
        }
        return shapes;
    }

    /**
     * The largest title size, in points, at which the title fits the panel (about 330 pt wide,
     * 300 pt tall for the title): long titles wrap and shrink instead of running off the cover.
     */
    static int titleSize(String title) {
        // Widths in em of the bold face the title is set in, so a word is never broken to fit.
        double longestWord = 0.5;
        for (String word : title.split("\\s+")) {
            longestWord = Math.max(longestWord, PdfFonts.boldEmWidth(word));
        }
        double total = Math.max(0.5, PdfFonts.boldEmWidth(title));
        for (int size = 52; size > 12; size--) {
            double lineEms = TITLE_WIDTH / size;
            int lines = (int) Math.ceil(total / lineEms * 1.15);
            if (longestWord <= lineEms && lines * size * 1.2 <= 300) {
                return size;
            }
        }
        return 12;
    }

    /** The title's measure on the panel, in points (the panel's 360 less its margins, with room to spare). */
    private static final double TITLE_WIDTH = 300;

    private static String pt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
