package org.quire.model;

import java.util.Objects;

/** The series a story belongs to; {@code part} is 0 when the story does not say. */
public record Series(String name, int part) {
    public Series {
        Objects.requireNonNull(name, "name");
    }
}
