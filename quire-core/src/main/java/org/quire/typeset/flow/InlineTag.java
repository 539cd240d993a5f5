package org.quire.typeset.flow;

import org.quire.typeset.tags.StructNode;

/**
 * What a run of text belongs to: its structure element, the link it is part of (or null), and
 * whether it is an artifact (decoration such as a scene-break ornament, left out of the tags).
 */
public record InlineTag(StructNode node, LinkTarget link, boolean artifact) {
    public static final InlineTag ARTIFACT = new InlineTag(null, null, true);
}
