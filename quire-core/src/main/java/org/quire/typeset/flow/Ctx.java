package org.quire.typeset.flow;

import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * Where the flow is inside a block: the container's style, the structure element its content is
 * tagged under, its insets from the text block's edges in points, the tag its text takes (null:
 * worked out from {@code node}), the baseline shift of {@code vertical-align} and the language.
 */
record Ctx(Style style, StructNode node, float left, float right, InlineTag tag, float rise, String lang) {
    /** The same block, inside an inline element with its own style, tag and shift. */
    Ctx with(Style s, InlineTag t, float r) {
        return new Ctx(s, node, left, right, t, r, lang);
    }
}
