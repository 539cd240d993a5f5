package org.quire;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.quire.model.Diagnostic;

/** What building one story produced: its editions, its size and the warnings found. */
public record BookReport(Path source, String slug, List<Path> files, int chapters, int words,
                         Duration time, List<Diagnostic> warnings) {
    public BookReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
