package org.quire.write;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Keeps a word longer than any measure (a web address, a keysmash) inside the text block. Prose
 * breaks such a word where it must ({@code overflow-wrap: break-word} in print.css); a table cell
 * cannot, since CSS 2.1's automatic table layout (§17.5.2.2) would then make every column one
 * letter wide. So a table holding such a word is laid out at the full measure with equal columns
 * (the fixed layout of §17.5.2.1), where the word breaks inside its own cell.
 */
final class LongWords {
    /** A run of this many characters without a space is longer than a narrow column. */
    static final int LONG = 24;
    private static final Pattern RUN = Pattern.compile("[^\\s]{" + LONG + ",}");

    private LongWords() {
    }

    static void fitTables(Element root) {
        for (Element table : root.select("table")) {
            if (RUN.matcher(table.text()).find()) {
                table.addClass("fixed-layout");
            }
        }
    }
}
