package org.quire.write;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Keeps every table inside the text block with its words whole where it can. Prose breaks a word
 * longer than the line where it must ({@code overflow-wrap: break-word} in print.css); a table
 * cell cannot, since CSS 2.1's automatic table layout (§17.5.2.2) would then make every column one
 * letter wide. So:
 * <ul>
 *   <li>a table whose longest words (and cell padding) would not fit the measure is set smaller,
 *       down to 60% of the text size ({@code table.compact});</li>
 *   <li>a table holding a word longer than any column, or still too wide, is laid out at the full
 *       measure (the fixed layout of §17.5.2.1), its columns in proportion to their longest words,
 *       and only then does a word break inside its own cell.</li>
 * </ul>
 */
final class LongWords {
    /** A run of this many characters without a space is longer than a narrow column. */
    static final int LONG = 24;
    /** Average advance of a letter of Noto Serif, in em (lower case runs 0.45–0.55; bold header cells wider). */
    private static final double LETTER_EM = 0.58;
    /** Room kept free: the estimate is by average letters, and cells' borders take some too. */
    private static final double SLACK = 0.9;
    private static final double POINT_MM = 25.4 / 72;
    private static final double PADDING_MM = 2 * 2.5;
    private static final double COMPACT_PADDING_MM = 2 * 1.2;
    private static final double SMALLEST = 0.6;
    private static final Pattern RUN = Pattern.compile("[^\\s]{" + LONG + ",}");

    private LongWords() {
    }

    /**
     * @param measure the text block's width, in millimetres
     * @param fontSize the text's size, in points
     */
    static void fitTables(Element root, double measure, double fontSize) {
        double room = measure * SLACK;
        for (Element table : root.select("table")) {
            int[] longest = longestWords(table);
            int letters = java.util.Arrays.stream(longest).sum();
            double letterMm = LETTER_EM * fontSize * POINT_MM;
            boolean fits = letters * letterMm + longest.length * PADDING_MM <= room;
            double scale = Math.min(1, (room - longest.length * COMPACT_PADDING_MM) / (letters * letterMm));
            if (!fits) {
                table.addClass("compact").attr("style", String.format(Locale.ROOT, "font-size: %.0f%%",
                        100 * Math.max(SMALLEST, Math.min(0.85, scale))));
            }
            if (RUN.matcher(table.text()).find() || scale < SMALLEST) {
                table.addClass("fixed-layout");
                widths(table, longest);
            }
        }
    }

    /** Each column's longest word, in letters (up to {@link #LONG}). */
    private static int[] longestWords(Element table) {
        var rows = table.select("tr");
        int columns = rows.stream().mapToInt(row -> row.select("> th, > td").size()).max().orElse(0);
        int[] longest = new int[columns];
        for (Element row : rows) {
            var cells = row.select("> th, > td");
            for (int c = 0; c < cells.size(); c++) {
                for (String word : cells.get(c).text().split("\\s+")) {
                    longest[c] = Math.max(longest[c], Math.min(word.codePointCount(0, word.length()), LONG));
                }
            }
        }
        return longest;
    }

    /** Column widths in proportion to each column's longest word, set on the first row as the fixed layout reads them. */
    private static void widths(Element table, int[] longest) {
        var first = table.selectFirst("tr");
        if (first == null) {
            return;
        }
        var cells = first.select("> th, > td");
        int total = 0;
        for (int width : longest) {
            total += Math.max(width, 3) + 2;
        }
        for (int c = 0; c < Math.min(cells.size(), longest.length); c++) {
            cells.get(c).attr("style", String.format(Locale.ROOT, "width: %.1f%%", 100.0 * (Math.max(longest[c], 3) + 2) / total));
        }
    }
}
