package org.quire.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.batch.Plural;
import org.quire.batch.StoryResult;

/** The one log line for a built book: its files and sizes, chapters, words, time. */
final class BookLine {
    private BookLine() {
    }

    /** {@code output/a.epub (9.3 KB), output/a.pdf (180.2 KB), …: 1 chapter, 1,082 words, 2.5 s} */
    static String of(StoryResult report, Path outputFolder) {
        List<String> files = new ArrayList<>();
        for (Path file : report.editions()) {
            long bytes;
            try {
                bytes = Files.size(file);
            } catch (IOException e) {
                bytes = -1;
            }
            files.add(shown(file, outputFolder) + " (" + size(bytes) + ")");
        }
        return String.format(Locale.ROOT, "%s: %s, %s, %.1f s", String.join(", ", files),
                Plural.of(report.chapters(), "chapter"), Plural.of(report.words(), "word"), report.time().toMillis() / 1000.0);
    }

    /** A file as the log names it: from the project's folder, {@code output/a.epub}. */
    static String shown(Path file, Path outputFolder) {
        Path base = outputFolder.toAbsolutePath().getParent();
        return (base == null ? file : base.relativize(file.toAbsolutePath())).toString();
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
