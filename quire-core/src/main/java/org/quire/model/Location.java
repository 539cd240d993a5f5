package org.quire.model;

import java.nio.file.Path;
import java.util.Objects;

/** A place in a source file; {@code line} and {@code column} are 1-based, 0 when unknown. */
public record Location(Path file, int line, int column) {
    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location of(Path file, int line) {
        return new Location(file, line, 0);
    }

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    /** {@code path:line:col}, {@code path:line} or {@code path}, as compilers print it. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file.toString());
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }
}
