package org.quire.typeset.css;

import java.util.List;
import org.quire.model.Location;

/** {@code property: value} as written, with where it was written. The property is in lower case. */
public record Declaration(String property, List<Token> value, boolean important, Location at) {
    public Declaration {
        value = List.copyOf(value);
    }

    @Override
    public String toString() {
        return property + ": " + String.join(" ", value.stream().map(Token::toString).toList());
    }
}
