package org.quire.typeset.tags;

/**
 * An annotation (a link's rectangle) as a kid of its structure element: an {@code /OBJR}
 * (ISO 32000-1 §14.7.4.3). {@code page} counts as {@link MarkedContent#page()} does.
 */
public record AnnotationRef(int page, int index) {
}
