package org.quire.typeset.flow;

import java.util.List;
import org.quire.typeset.tags.StructNode;

/** A footnote's flow, set at the foot of the page where it is called, and its {@code Note} element. */
public record Footnote(String id, List<Block> blocks, StructNode note) {
    public Footnote {
        blocks = List.copyOf(blocks);
    }
}
