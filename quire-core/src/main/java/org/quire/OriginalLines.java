package org.quire;

import java.nio.file.Path;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.importer.SourceWriter;

/**
 * Names the writer's own file in a problem found in the Quire source imported from it: a
 * problem in a chapter file written into the private folder is reported at the original file,
 * at the line the text came from when its reader kept lines (plain text, Markdown), else at the
 * line where that chapter starts there.
 */
final class OriginalLines {
    private final Path scratch;
    private final Path original;
    private final SourceWriter.Written written;

    OriginalLines(Path scratch, Path original, SourceWriter.Written written) {
        this.scratch = scratch.toAbsolutePath();
        this.original = original;
        this.written = written;
    }

    Diagnostic map(Diagnostic diagnostic) {
        Path file = diagnostic.location().file().toAbsolutePath();
        if (!file.startsWith(scratch)) {
            return diagnostic;
        }
        int line = 0;
        for (Path chapter : written.chapters().keySet()) {
            if (chapter.toAbsolutePath().equals(file)) {
                line = written.originalLine(chapter, diagnostic.location().line());
            }
        }
        return new Diagnostic(diagnostic.severity(), diagnostic.code(), Location.of(original, line),
                diagnostic.message());
    }
}
