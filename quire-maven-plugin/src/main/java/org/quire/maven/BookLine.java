package org.quire.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.quire.BookReport;

/** The one log line for a built book: file, size, chapters, words, time. */
final class BookLine {
    private BookLine() {
    }

    static String of(BookReport report, Path file, Path outputFolder) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        Path shown = outputFolder.toAbsolutePath().getParent() == null ? file
                : outputFolder.toAbsolutePath().getParent().relativize(file.toAbsolutePath());
        return String.format(Locale.ROOT, "%s (%s, %d chapter%s, %,d words, %.1f s)", shown, size(bytes),
                report.chapters(), report.chapters() == 1 ? "" : "s", report.words(),
                report.time().toMillis() / 1000.0);
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
