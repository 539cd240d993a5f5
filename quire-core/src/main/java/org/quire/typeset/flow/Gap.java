package org.quire.typeset.flow;

/**
 * Vertical space in points. Discardable space (collapsed margins) vanishes at the top of a
 * page after a break the layout chose; fixed space (padding, a margin after a forced break,
 * CSS Fragmentation §5.2) stays.
 */
public record Gap(float height, boolean discardable) implements Block {
}
