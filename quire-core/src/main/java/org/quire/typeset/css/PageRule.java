package org.quire.typeset.css;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code @page} rule (CSS Paged Media Level 3): an optional page name and the pseudo-classes
 * {@code :left}, {@code :right}, {@code :first} and {@code :blank}; its descriptors ({@code size},
 * margins) and margin boxes ({@code @top-left}… and the footnote area, {@code @footnote}).
 */
public record PageRule(String name, Set<String> pseudoClasses, List<Declaration> declarations,
                       Map<String, List<Declaration>> boxes, long order) {
    /** The margin boxes Quire draws, and the footnote area. */
    public static final Set<String> BOXES = Set.of("top-left", "top-center", "top-right", "bottom-left",
            "bottom-center", "bottom-right", "footnote");

    /** CSS Paged Media §4.4 cascade order: a name counts most, then :first and :blank, then :left and :right. */
    public int specificity() {
        int first = pseudoClasses.contains("first") || pseudoClasses.contains("blank") ? 1 : 0;
        int side = pseudoClasses.contains("left") || pseudoClasses.contains("right") ? 1 : 0;
        return (name == null ? 0 : 100) + first * 10 + side;
    }

    /** Whether the rule applies to a page of that name and kind. */
    public boolean matches(String pageName, boolean left, boolean first, boolean blank) {
        if (name != null && !name.equals(pageName)) {
            return false;
        }
        return (!pseudoClasses.contains("left") || left) && (!pseudoClasses.contains("right") || !left)
                && (!pseudoClasses.contains("first") || first) && (!pseudoClasses.contains("blank") || blank);
    }
}
