package org.quire.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.batch.BatchRunner;
import org.quire.batch.FoundStory;
import org.quire.batch.Plural;
import org.quire.batch.StoryResult;
import org.quire.model.Diagnostic;

/**
 * Shows a batch as it runs. On a terminal: one progress bar redrawn in place, fitted to its
 * width, with the stories being built; each story with warnings or errors is printed above it as
 * it finishes (every story with {@code --verbose}). In a log (CI, a pipe): one line per story,
 * its warnings and errors under it. With {@code --quiet}: nothing.
 */
final class Progress implements BatchRunner.Listener {
    private final PrintStream out;
    private final Screen screen;
    private final Arguments.Verbosity verbosity;
    private final int jobs;
    private final long start = System.nanoTime();
    private final Map<FoundStory, String> building = new LinkedHashMap<>();
    private int done;
    private int total;
    private boolean drawn;

    Progress(PrintStream out, Screen screen, Arguments.Verbosity verbosity, int jobs) {
        this.out = out;
        this.screen = screen;
        this.verbosity = verbosity;
        this.jobs = jobs;
    }

    @Override
    public synchronized void found(int stories) {
        total = stories;
        if (verbosity != Arguments.Verbosity.QUIET) {
            out.println("Found " + Plural.of(stories, "story", "stories")
                    + (stories > 1 ? ", building " + Math.min(jobs, stories) + " at a time" : ""));
        }
    }

    @Override
    public synchronized void started(FoundStory story) {
        building.put(story, shortName(story.shown()));
        draw();
    }

    @Override
    public synchronized void finished(StoryResult result) {
        building.remove(result.story());
        done++;
        if (verbosity == Arguments.Verbosity.QUIET) {
            return;
        }
        boolean problems = !result.warnings().isEmpty() || !result.errors().isEmpty();
        if (screen.terminal()) {
            clear();
            if (problems || verbosity == Arguments.Verbosity.VERBOSE) {
                out.println(result.story().shown() + ": " + outcome(result));
                diagnostics(result);
            }
            draw();
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s %s (%.1f s%s)%n", done, total, status(result), result.story().shown(),
                    result.time().toMillis() / 1000.0, counts(result).isEmpty() ? "" : ", " + counts(result));
            diagnostics(result);
        }
        out.flush();
    }

    /** Takes the bar off the screen, before the summary or a message. */
    synchronized void end() {
        clear();
        out.flush();
    }

    private void diagnostics(StoryResult result) {
        for (Diagnostic diagnostic : result.errors()) {
            out.println("  " + diagnostic);
        }
        for (Diagnostic diagnostic : result.warnings()) {
            out.println("  " + diagnostic);
        }
    }

    private void draw() {
        if (!screen.terminal() || verbosity == Arguments.Verbosity.QUIET || done == total) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.print("\r\033[K" + ProgressBar.line(done, total, new ArrayList<>(building.values()), seconds, screen.width()));
        out.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            out.print("\r\033[K");
            drawn = false;
        }
    }

    static String status(StoryResult result) {
        return result.status().name().toLowerCase(Locale.ROOT);
    }

    /** "built, 2 warnings", "failed, 1 error", "skipped (up to date), 1 warning from its last build". */
    static String outcome(StoryResult result) {
        String status = result.status() == StoryResult.Status.SKIPPED ? "skipped (up to date)" : status(result);
        String counts = counts(result);
        String from = result.status() == StoryResult.Status.SKIPPED && !result.warnings().isEmpty() ? " from its last build" : "";
        return status + (counts.isEmpty() ? "" : ", " + counts + from);
    }

    private static String counts(StoryResult result) {
        List<String> counts = new ArrayList<>();
        if (!result.errors().isEmpty()) {
            counts.add(Plural.of(result.errors().size(), "error"));
        }
        if (!result.warnings().isEmpty()) {
            counts.add(Plural.of(result.warnings().size(), "warning"));
        }
        return String.join(", ", counts);
    }

    /** The story's own name: the last part of its path ({@code in/shelf/saga} → {@code saga}). */
    static String shortName(String shown) {
        String path = shown.replace('\\', '/').replaceAll("/+$", "");
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
