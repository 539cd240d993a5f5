package org.quire.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.quire.batch.BatchRunner;
import org.quire.batch.FoundStory;
import org.quire.batch.StoryResult;

/**
 * Shows a batch as it runs: on a terminal, one progress bar redrawn in place (done/total, the
 * story being built, time left); elsewhere (CI logs, pipes), one line per finished story.
 */
final class Progress implements BatchRunner.Listener {
    private static final int BAR = 24;
    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String current = "";

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void found(int stories) {
        total = stories;
        out.println("Found " + stories + " stor" + (stories == 1 ? "y" : "ies"));
    }

    @Override
    public void started(FoundStory story) {
        current = story.shown();
        if (terminal) {
            draw();
        }
    }

    @Override
    public synchronized void finished(StoryResult result) {
        int finished = done.incrementAndGet();
        if (terminal) {
            out.print("\r\033[K");
            if (result.status() == StoryResult.Status.FAILED) {
                result.errors().forEach(error -> out.println(error));
            }
            draw();
            if (finished == total) {
                out.print("\r\033[K");
            }
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s %s (%.1f s)%n", finished, total,
                    result.status().name().toLowerCase(Locale.ROOT), result.story().shown(), result.time().toMillis() / 1000.0);
            result.errors().forEach(error -> out.println("  " + error));
        }
        out.flush();
    }

    private synchronized void draw() {
        int finished = done.get();
        int filled = total == 0 ? BAR : finished * BAR / total;
        double elapsed = (System.nanoTime() - start) / 1e9;
        String eta = finished == 0 ? "--:--" : clock(elapsed / finished * (total - finished));
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        out.print("\r\033[K[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + finished + "/" + total
                + "  ETA " + eta + "  " + name);
        out.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
