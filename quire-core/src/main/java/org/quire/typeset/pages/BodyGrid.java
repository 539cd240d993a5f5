package org.quire.typeset.pages;

/**
 * Where the space of a page with footnotes goes: its text is not stretched to meet the notes,
 * which stand at the foot whatever the text's depth, so the slack goes above their rule (trial 1,
 * finding 6: leading stretched between paragraphs put such pages out of register with the
 * pages beside them). A gap (a scene break's, a heading's) that leaves the next line off the
 * grid of a full page is narrowed onto it, within what its glue may shrink, or widened onto it,
 * within the slack: the lines after it stand level with those of the facing page.
 */
final class BodyGrid {
    private BodyGrid() {
    }

    /**
     * What each glue of items {@code [from, to)} gains (negative: gives up), by its index less
     * {@code from}, for lines painted from depth {@code top} to land on multiples of {@code lead}.
     *
     * @param slack how much deeper than as set the text may end (negative: how much shallower it must)
     * @return null when the gaps cannot give up what the page is over by: the page is then squeezed as a whole
     */
    static float[] extras(java.util.List<VItem> items, int from, int to, float top, float lead, float slack) {
        float[] extra = new float[to - from];
        float y = top;
        int gapStart = -1;
        for (int i = from; i < to; i++) {
            VItem item = items.get(i);
            if (item instanceof VItem.Glue glue) {
                y += glue.height();
                if (gapStart < 0 && (glue.stretch() > 0 || glue.shrink() > 0)) {
                    gapStart = i;
                }
            } else if (item instanceof VItem.Line || item instanceof VItem.Box) {
                if (gapStart >= 0 && lead > 0 && !between(items, i, to)) {
                    float moved = land(items, extra, from, gapStart, i, y, lead, slack);
                    slack -= moved;
                    y += moved;
                    gapStart = -1;
                }
                y += item.height();
            }
        }
        return slack < -0.01f ? null : extra;
    }

    /** Moves the line at {@code at} onto the grid by the gap's glue {@code [gap, at)}; returns by how much. */
    private static float land(java.util.List<VItem> items, float[] extra, int from, int gap, int at, float y, float lead,
                              float slack) {
        float down = (float) Math.floor(y / lead + 1e-3) * lead;
        float up = (float) Math.ceil(y / lead - 1e-3) * lead;
        float shrink = 0;
        float stretch = 0;
        for (int k = gap; k < at; k++) {
            if (items.get(k) instanceof VItem.Glue glue) {
                shrink += glue.shrink();
                stretch += glue.stretch();
            }
        }
        float move = y - down <= shrink + 0.01f ? down - y : up - y <= slack + 0.01f && stretch > 0 ? up - y : 0;
        if (Math.abs(move) > 0.001f) {
            for (int k = gap; k < at; k++) {
                if (items.get(k) instanceof VItem.Glue glue) {
                    extra[k - from] = move * (move < 0 ? glue.shrink() / shrink : glue.stretch() / stretch);
                }
            }
        }
        return move;
    }

    /**
     * Whether the item at {@code at} is a line between two gaps (a scene break's mark, a one-line
     * heading): it is left where it falls, and the line after the second gap lands on the grid.
     */
    private static boolean between(java.util.List<VItem> items, int at, int to) {
        VItem item = items.get(at);
        if (item instanceof VItem.Line line && line.line() < line.paragraph().lineCount() - 1) {
            return false;
        }
        for (int k = at + 1; k < to; k++) {
            VItem next = items.get(k);
            if (next instanceof VItem.Glue glue) {
                return glue.stretch() > 0 || glue.shrink() > 0;
            }
            if (next instanceof VItem.Line || next instanceof VItem.Box) {
                return false;
            }
        }
        return false;
    }
}
