package org.quire.typeset.flow;

import org.quire.typeset.tags.StructNode;

/**
 * Where a link goes: an element of the book ({@code #id}) or a web address. One object per
 * {@code <a href>}, shared by all its runs, so its rectangles on each line belong to one
 * {@code Link} structure element.
 *
 * @param description the link's text, for the annotation's {@code /Contents} (PDF/UA-1 §7.18.5)
 */
public record LinkTarget(String href, StructNode node, String description) {
    /** The id an internal link points to, or null for a web address. */
    public String internalId() {
        return href.startsWith("#") ? href.substring(1) : null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
