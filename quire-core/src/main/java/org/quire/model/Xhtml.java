package org.quire.model;

import java.util.Objects;

/**
 * A well-formed XHTML fragment (markup, not text): the output of the markdown stage.
 *
 * <p>Templates print it unescaped; everything else they print is escaped.
 */
public record Xhtml(String markup) {
    public static final Xhtml EMPTY = new Xhtml("");

    public Xhtml {
        Objects.requireNonNull(markup, "markup");
    }

    public boolean isEmpty() {
        return markup.isBlank();
    }
}
