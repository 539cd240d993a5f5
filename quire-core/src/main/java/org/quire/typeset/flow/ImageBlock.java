package org.quire.typeset.flow;

import org.quire.typeset.tags.StructNode;

/**
 * A picture: its encoded bytes ({@code jpeg} or {@code png}), size and place in points, and its
 * {@code Figure} element (which carries the alternative text). The picture may be taller than
 * the page (a cover cropped top and bottom): the page clips it.
 */
public record ImageBlock(byte[] data, String format, float left, float width, float height, StructNode figure)
        implements Block {
}
