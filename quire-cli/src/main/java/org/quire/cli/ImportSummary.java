package org.quire.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.quire.batch.FoundFile;
import org.quire.batch.ImportResult;
import org.quire.batch.Plural;

/** What {@code quire import} prints: each input and what it became, its warnings and errors, then the totals. */
final class ImportSummary {
    private ImportSummary() {
    }

    static void print(ImportResult result, Path output, PrintStream out) {
        for (ImportResult.Entry entry : result.stories()) {
            String became = switch (entry.status()) {
                case IMPORTED -> "imported from " + entry.format() + " as " + output.relativize(entry.written())
                        + " (" + Plural.of(entry.chapters(), "chapter") + ", " + Plural.of(entry.words(), "word") + ")";
                case COPIED -> "already Quire source, copied to " + output.relativize(entry.written());
                case EXISTS -> "not written: a story of that name is there (--force replaces it)";
                case FAILED -> "failed";
            };
            out.println(entry.shown() + ": " + became);
            entry.warnings().forEach(w -> out.println("  " + w));
            entry.errors().forEach(e -> out.println("  " + e));
        }
        for (FoundFile file : result.files()) {
            if (!file.role().equals(FoundFile.STORY)) {
                out.println(file.shown() + ": " + (file.role().equals(FoundFile.SKIPPED) ? "skipped, " : "") + file.what());
            }
        }
        result.refused().forEach(refused -> out.println("refused: " + refused));
        out.printf(Locale.ROOT, "%d imported, %d copied, %d not overwritten, %d failed; report in %s%n",
                result.count(ImportResult.Status.IMPORTED), result.count(ImportResult.Status.COPIED),
                result.count(ImportResult.Status.EXISTS), result.count(ImportResult.Status.FAILED),
                output.resolve("quire-import.json"));
    }
}
