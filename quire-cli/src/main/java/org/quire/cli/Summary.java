package org.quire.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quire.batch.BatchResult;
import org.quire.batch.FoundFile;
import org.quire.batch.Plural;
import org.quire.batch.StoryResult;
import org.quire.model.Diagnostic;

/**
 * What is printed at the end of a batch: the table of every story, then every error again (the
 * failed stories' and the refused inputs'), the warnings counted by code, the files skipped and
 * the stale books removed, the totals with the time, and where the books are. With
 * {@code --quiet}, only the errors.
 */
final class Summary {
    /** The widths of the status, chapters, words and seconds columns, with their gaps. */
    private static final int NUMBERS = 2 + 7 + 2 + 8 + 2 + 8 + 2 + 7;

    private Summary() {
    }

    static void print(BatchResult result, PrintStream out, Screen screen, Arguments.Verbosity verbosity) {
        if (verbosity == Arguments.Verbosity.QUIET) {
            result.errors().forEach(out::println);
            return;
        }
        table(result, out, screen);
        if (verbosity == Arguments.Verbosity.VERBOSE) {
            result.files().forEach(file -> out.println(file.shown() + ": " + switch (file.role()) {
                case FoundFile.STORY -> "a story (" + file.what() + ")";
                case FoundFile.SKIPPED -> "skipped, " + file.what();
                default -> file.what();
            }));
        } else {
            result.skipped().forEach(skipped -> out.println("skipped: " + skipped.shown() + ": " + skipped.what()));
        }
        List<Diagnostic> errors = result.errors();
        if (!errors.isEmpty()) {
            long failed = result.count(StoryResult.Status.FAILED);
            out.println(screen.fit("Errors (" + Plural.of(failed, "story", "stories") + " failed"
                    + (result.refused().isEmpty() ? "" : ", " + Plural.of(result.refused().size(), "input") + " refused") + "):"));
            errors.forEach(error -> out.println("  " + error));
        }
        List<Diagnostic> warnings = result.warnings();
        if (!warnings.isEmpty()) {
            long stories = result.stories().stream().filter(s -> !s.warnings().isEmpty()).count();
            out.println(screen.fit("Warnings: " + Plural.of(warnings.size(), "warning") + " in "
                    + Plural.of(stories, "story", "stories") + " (" + byCode(warnings) + "), each printed under its story"));
        }
        result.stale().forEach(stale -> out.println(screen.fit(stale.toString().replace(stale.file().toString(), shown(stale.file())))));
        long words = result.stories().stream().mapToLong(StoryResult::words).sum();
        // Stories not built again are "up to date", so "skipped" here counts the files printed as
        // "skipped:" above, and the totals never say "0 skipped" under a skipped file (trial 9).
        int skippedFiles = result.skipped().size();
        out.println(screen.fit(String.format(Locale.ROOT, "%d built, %d up to date, %d failed%s%s: %s in %.1f s",
                result.count(StoryResult.Status.BUILT), result.count(StoryResult.Status.SKIPPED),
                result.count(StoryResult.Status.FAILED),
                skippedFiles == 0 ? "" : ", " + Plural.of(skippedFiles, "file") + " skipped",
                result.refused().isEmpty() ? "" : ", " + result.refused().size() + " refused (inputs or archive entries)",
                Plural.of(words, "word"), result.time().toMillis() / 1000.0)));
        out.println(screen.fit("Books in " + shown(result.output()) + java.io.File.separator + " (report: "
                + shown(result.output().resolve("quire-report.json")) + ")"));
    }

    private static void table(BatchResult result, PrintStream out, Screen screen) {
        int longest = result.stories().stream().mapToInt(s -> ProgressBar.length(s.story().shown())).max().orElse(5);
        int width = Math.max(5, Math.min(longest, screen.terminal() ? screen.width() - 1 - NUMBERS : 60));
        String row = "%-" + width + "s  %-7s  %8s  %8s  %7s%n";
        out.printf(Locale.ROOT, row, "story", "status", "chapters", "words", "seconds");
        for (StoryResult story : result.stories()) {
            String name = story.story().shown();
            if (ProgressBar.length(name) > width) {
                name = "…" + name.substring(name.offsetByCodePoints(name.length(), -(width - 1)));
            }
            out.printf(Locale.ROOT, row, name, Progress.status(story), story.chapters(),
                    String.format(Locale.ROOT, "%,d", story.words()),
                    String.format(Locale.ROOT, "%.1f", story.time().toMillis() / 1000.0));
        }
    }

    /** "UNKNOWN-KEY 2, HTML-REMOVED 1": most frequent first. */
    private static String byCode(List<Diagnostic> warnings) {
        Map<String, Long> counts = new TreeMap<>(warnings.stream()
                .collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting())));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** A path as the writer would type it: relative to where they are, when it is below. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
