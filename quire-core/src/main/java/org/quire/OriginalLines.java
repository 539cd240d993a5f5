package org.quire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.importer.SourceWriter;

/**
 * Names the writer's own file in a problem found in the Quire source imported from it: a
 * problem in a chapter file written into the private folder is reported at the original file,
 * at the line the text came from when its reader kept lines (plain text, Markdown), else at the
 * line where that chapter starts there; a problem in front matter written from the text (a
 * chapter's notes) is placed by finding its first words again in the writer's text file.
 */
final class OriginalLines {
    private static final long MAX_SEARCH = 64L * 1024 * 1024;
    private static final int PROBE = 40;
    private static final int MIN_PROBE = 8;
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
        boolean frontMatter = true;
        for (Path chapter : written.chapters().keySet()) {
            if (chapter.toAbsolutePath().equals(file)) {
                line = written.originalLine(chapter, diagnostic.location().line());
                frontMatter = diagnostic.location().line() < written.bodyLines().getOrDefault(chapter, 1);
            }
        }
        if (frontMatter && diagnostic.location().line() > 0) {
            line = inOriginal(file, diagnostic.location().line()).orElse(line);
        }
        return new Diagnostic(diagnostic.severity(), diagnostic.code(), Location.of(original, line),
                diagnostic.message());
    }

    /**
     * Where a line of the written front matter (a note, a summary) stands in the writer's own
     * text file: the first line there holding its first words. Readers keep the lines of a
     * chapter's text only; a note's words are found again instead. Empty for other formats.
     */
    private Optional<Integer> inOriginal(Path file, int line) {
        try {
            if (Files.size(original) > MAX_SEARCH || !original.getFileName().toString().matches("(?i).*\\.(txt|md|markdown)")) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (line > lines.size()) {
                return Optional.empty();
            }
            String probe = lines.get(line - 1).replaceFirst("^\\s*(?:-\\s+)?(?:[\\w-]+:\\s*)?(?:[|>][-+]?\\s*)?", "")
                    .replaceAll("^['\"]|['\"]$", "").replace("''", "'").replaceAll("\\\\(?=\\p{Punct})", "").strip();
            probe = probe.substring(0, Math.min(probe.length(), PROBE));
            if (probe.length() < MIN_PROBE) {
                return Optional.empty();
            }
            String[] text = new String(Files.readAllBytes(original), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < text.length; i++) {
                if (text[i].contains(probe)) {
                    return Optional.of(i + 1);
                }
            }
        } catch (IOException e) {
            // The line stays where the chapter starts: a place, if not the exact one.
        }
        return Optional.empty();
    }
}
