package org.quire.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.quire.batch.BatchResult;
import org.quire.batch.BatchSteps;
import org.quire.batch.StoryResult;

/** What a run prints at its end: every failed story with its errors, what was skipped or refused, the counts. */
final class Report {
    private Report() {
    }

    static void print(BatchResult result, String output, long nanos, PrintStream out) {
        for (StoryResult story : result.stories()) {
            if (story.status() == StoryResult.Status.FAILED) {
                out.println(story.story().shown() + ": failed");
                story.errors().forEach(e -> out.println("  " + e));
            }
        }
        // No input is passed over without a word, as the command line says it.
        result.skipped().forEach(skipped -> out.println("skipped: " + skipped.shown() + ": " + skipped.what()));
        result.refused().forEach(refused -> out.println("refused: " + refused));
        // Books of stories gone or now failing, removed as the command line removes them.
        result.stale().forEach(out::println);
        long warnings = result.stories().stream().mapToLong(s -> s.warnings().size()).sum();
        double seconds = nanos / 1e9;
        // As the command line words it: stories not built again are up to date; "skipped" is for
        // the files printed above as passed over.
        int skippedFiles = result.skipped().size();
        out.printf(Locale.ROOT, "%d stories: %d built, %d up to date, %d failed%s, %d warnings in %.1f s (%.1f stories/s)%n",
                result.stories().size(), result.count(StoryResult.Status.BUILT), result.count(StoryResult.Status.SKIPPED),
                result.count(StoryResult.Status.FAILED), skippedFiles == 0 ? "" : ", " + skippedFiles + " files skipped",
                warnings, seconds, result.stories().size() / Math.max(seconds, 1e-3));
        out.println("Books in " + output + "; every story's warnings and errors in "
                + Locations.child(output, BatchSteps.reportFile()));
    }
}
