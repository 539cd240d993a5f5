package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.List;
import org.quire.typeset.css.Style;

/**
 * The blocks of one flow as they are made, with the vertical margins between them collapsed
 * (CSS 2.1 §8.3.1): a margin waits, merging with the margins that adjoin it, until something is
 * drawn after it, and becomes a {@link Gap}. The gap may vanish at the top of a page, unless it
 * follows a forced break or opens the flow (CSS Fragmentation §5.2).
 */
final class BlockList {
    private final List<Block> blocks = new ArrayList<>();
    private float pendingMargin;
    private boolean keepMargin;
    private boolean first;

    /**
     * @param opening whether this is a unit's own flow, which opens a page (a cell's or a note's
     *                flow never starts with a forced break, and its first margin is no different)
     */
    BlockList(boolean opening) {
        this.keepMargin = opening;
        this.first = opening;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Whether nothing has been drawn yet: a break before the first block is the unit's own. */
    boolean atStart() {
        return first;
    }

    void started() {
        first = false;
    }

    /** A margin adjoining the ones waiting: the largest wins; negative ones add in (CSS 2.1 §8.3.1). */
    void collapse(float margin) {
        pendingMargin = margin >= 0 && pendingMargin >= 0 ? Math.max(pendingMargin, margin)
                : margin < 0 && pendingMargin < 0 ? Math.min(pendingMargin, margin) : pendingMargin + margin;
    }

    /** Something is drawn next: the waiting margin becomes a gap before it. */
    void flushMargin() {
        if (pendingMargin != 0) {
            blocks.add(new Gap(pendingMargin, !keepMargin));
        }
        pendingMargin = 0;
        keepMargin = false;
    }

    /** A block that is drawn, after the margin waiting before it. */
    void add(Block block) {
        flushMargin();
        blocks.add(block);
        first = false;
    }

    /** A block that takes no room (a {@link Mark}) or space already after the margin: the margin keeps waiting. */
    void place(Block block) {
        blocks.add(block);
    }

    /** A forced break: the margins before it end with the page; the next one is kept (CSS Fragmentation §5.2). */
    void pageBreak(Style.Break kind) {
        blocks.add(Mark.pageBreak(kind));
        pendingMargin = 0;
        keepMargin = true;
    }
}
