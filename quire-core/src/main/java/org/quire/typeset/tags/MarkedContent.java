package org.quire.typeset.tags;

/** A marked-content sequence: the page it is on (counted within its part of the book until assembly) and its MCID. */
public record MarkedContent(int page, int mcid) {
}
