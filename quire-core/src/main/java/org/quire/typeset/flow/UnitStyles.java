package org.quire.typeset.flow;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.quire.typeset.css.Cascade;
import org.quire.typeset.css.Style;

/**
 * The computed styles of a unit's elements (CSS Cascade §4), worked out before anything is built,
 * and its footnotes' elements by id, so that a call finds its note wherever in the unit the note
 * is. Shared by the unit's flow and the nested flows of its notes and cells.
 */
final class UnitStyles {
    private final Cascade cascade;
    private final Map<XElement, Style> styles = new IdentityHashMap<>();
    private final Map<String, XElement> notes = new HashMap<>();

    UnitStyles(Cascade cascade) {
        this.cascade = cascade;
    }

    /** Computes the styles of a subtree and finds its footnotes. */
    void prepare(XElement element, Style parentStyle) {
        Style style = cascade.compute(element, parentStyle, null);
        styles.put(element, style);
        if (style.footnote() && element.attribute("id") != null) {
            notes.put(element.attribute("id"), element);
        }
        for (Object child : element.children()) {
            if (child instanceof XElement e) {
                prepare(e, style);
            }
        }
    }

    /** The element's computed style (computed now if it was not prepared). */
    Style of(XElement element, Style parent) {
        Style style = styles.get(element);
        return style != null ? style : cascade.compute(element, parent, null);
    }

    /** The prepared style of a note's element. */
    Style of(XElement element) {
        return styles.get(element);
    }

    /** The element of footnote {@code id}, or null when no note of the unit has that id. */
    XElement note(String id) {
        return notes.get(id);
    }
}
