package org.quire.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/** A {@link Diagnostic} as it travels from an executor back to the driver (paths are not serializable). */
record Problem(String severity, String code, String file, int line, int column, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Problem of(Diagnostic d) {
        Location at = d.location();
        return new Problem(d.severity().name(), d.code(), at.file().toString(), at.line(), at.column(), d.message());
    }

    Diagnostic diagnostic() {
        return new Diagnostic(Diagnostic.Severity.valueOf(severity), code, new Location(Path.of(file), line, column), message);
    }
}
