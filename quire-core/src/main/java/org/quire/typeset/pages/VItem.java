package org.quire.typeset.pages;

import java.util.List;
import org.quire.typeset.flow.Mark;
import org.quire.typeset.flow.TextBlock;
import org.quire.typeset.lines.SetParagraph;

/**
 * An item of a galley, the vertical list a unit's pages are cut from (The TeXbook, ch. 15):
 * lines and other boxes, glue between them, penalties where a page may (or may not) end, and
 * marks that take no room. Heights are in points.
 */
public sealed interface VItem {
    /** Room it takes on the page. */
    float height();

    /**
     * A line of a paragraph.
     *
     * @param top the distance from the line box's top to its baseline
     * @param notes ids of the footnotes called on the line
     * @param marker the list marker drawn left of the line, or null
     */
    record Line(SetParagraph paragraph, int line, float x, float height, float top, List<String> notes,
                TextBlock.Marker marker) implements VItem {
        public boolean endsWithHyphen() {
            return paragraph.endsWithHyphen(line);
        }
    }

    /**
     * Something drawn as a whole: a picture, a rule, a table row (with the footnotes its cells call).
     *
     * @param head what is drawn above it when it starts a page (a table's header rows), or null
     */
    record Box(float height, Drawable drawable, List<String> notes, Box head) implements VItem {
        public Box(float height, Drawable drawable, List<String> notes) {
            this(height, drawable, notes, null);
        }
    }

    /**
     * Space between boxes. Discardable glue vanishes where a page breaks; a page may break at it
     * when a box comes before it and {@code breakable} holds.
     */
    record Glue(float height, float stretch, float shrink, boolean discardable, boolean breakable) implements VItem {
    }

    /**
     * A place to break, at a cost: {@link #NEVER} forbids it, a forced break ({@code forced}) makes it.
     *
     * @param side for a forced break: the page it must lead to (PAGE, RECTO or VERSO)
     */
    record Penalty(int cost, boolean forced, org.quire.typeset.css.Style.Break side) implements VItem {
        public static final int NEVER = 1_000_000;

        @Override
        public float height() {
            return 0;
        }
    }

    /** An anchor, a running string or a bookmark, placed where it falls. */
    record Marker(Mark mark) implements VItem {
        @Override
        public float height() {
            return 0;
        }
    }
}
