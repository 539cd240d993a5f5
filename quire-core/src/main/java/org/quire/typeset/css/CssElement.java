package org.quire.typeset.css;

/** What selectors need of an element of the document being styled. */
public interface CssElement {
    /** The local name, in lower case. */
    String name();

    /** An attribute's value, or null when the element has none. */
    String attribute(String name);

    CssElement parent();

    /** The element before this one among its parent's element children, or null. */
    CssElement previousSibling();

    /** The element after this one among its parent's element children, or null. */
    CssElement nextSibling();
}
