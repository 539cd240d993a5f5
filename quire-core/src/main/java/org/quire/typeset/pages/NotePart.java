package org.quire.typeset.pages;

/** Part of a footnote on a page: items {@code [from, to)} of the note's galley. */
public record NotePart(String id, int from, int to) {
}
