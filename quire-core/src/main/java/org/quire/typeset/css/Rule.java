package org.quire.typeset.css;

import java.util.List;

/**
 * A style rule with one selector (a selector list becomes one rule per selector).
 *
 * @param order the rule's place in the cascade: the stylesheet's order, then source order
 */
public record Rule(Selector selector, List<Declaration> declarations, long order) {
    public Rule {
        declarations = List.copyOf(declarations);
    }
}
