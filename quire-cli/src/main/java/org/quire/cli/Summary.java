package org.quire.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.quire.batch.BatchResult;
import org.quire.batch.StoryResult;

/** The table printed at the end of a batch: one row per story, then the totals. */
final class Summary {
    private Summary() {
    }

    static void print(BatchResult result, PrintStream out) {
        int width = Math.max(5, result.stories().stream().mapToInt(s -> s.story().shown().length()).max().orElse(5));
        width = Math.min(width, 60);
        String row = "%-" + width + "s  %-7s  %8s  %8s  %8s%n";
        out.printf(Locale.ROOT, row, "story", "status", "chapters", "words", "seconds");
        long words = 0;
        for (StoryResult story : result.stories()) {
            String name = story.story().shown();
            if (name.length() > width) {
                name = "…" + name.substring(name.length() - width + 1);
            }
            out.printf(Locale.ROOT, row, name, story.status().name().toLowerCase(Locale.ROOT),
                    story.chapters(), String.format(Locale.ROOT, "%,d", story.words()),
                    String.format(Locale.ROOT, "%.1f", story.time().toMillis() / 1000.0));
            words += story.words();
        }
        result.skipped().forEach(skipped -> out.println("skipped: " + skipped.shown() + ": " + skipped.what()));
        result.refused().forEach(refused -> out.println("refused: " + refused));
        out.printf(Locale.ROOT, "%d built, %d skipped, %d failed, %,d words%s%n",
                result.count(StoryResult.Status.BUILT), result.count(StoryResult.Status.SKIPPED),
                result.count(StoryResult.Status.FAILED), words,
                result.refused().isEmpty() ? "" : ", " + result.refused().size() + " refused (inputs or archive entries, above)");
    }
}
