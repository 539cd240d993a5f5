package org.quire.typeset.flow;

/**
 * Something that takes no room but happens at a place in the flow.
 *
 * @param kind what happens
 * @param name an anchor's id, a string's name, or a bookmark's label
 * @param value a string's value; for a bookmark, "open" or "closed"
 * @param number a bookmark's level; for a break, the {@link org.quire.typeset.css.Style.Break} ordinal;
 *     for a page counter reset, the number of the page it falls on
 */
public record Mark(Kind kind, String name, String value, int number) implements Block {
    public enum Kind { ANCHOR, STRING, BOOKMARK, BREAK, KEEP, PAGE_RESET }

    public static Mark anchor(String id) {
        return new Mark(Kind.ANCHOR, id, null, 0);
    }

    public static Mark string(String name, String value) {
        return new Mark(Kind.STRING, name, value, 0);
    }

    public static Mark bookmark(String label, int level, boolean open) {
        return new Mark(Kind.BOOKMARK, label, open ? "open" : "closed", level);
    }

    public static Mark pageBreak(org.quire.typeset.css.Style.Break kind) {
        return new Mark(Kind.BREAK, null, null, kind.ordinal());
    }

    /** {@code counter-reset: page}: the page this falls on is page {@code number}, and the next ones count on from it. */
    public static Mark pageReset(int number) {
        return new Mark(Kind.PAGE_RESET, "page", null, number);
    }

    /** No page may break here (after a heading, or {@code break-after: avoid}). */
    public static Mark keep() {
        return new Mark(Kind.KEEP, null, null, 0);
    }
}
