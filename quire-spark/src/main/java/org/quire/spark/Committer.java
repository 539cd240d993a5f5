package org.quire.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.quire.batch.BatchSteps;
import org.quire.batch.FoundStory;
import org.quire.batch.StoryResult;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Takes each partition's results on the driver as the partition finishes and records every story
 * in the batch engine's run ({@link BatchSteps.Run}): its block is appended to the manifest
 * journal at once and the report rewritten, exactly as the command line records a story, so a
 * job that is killed or loses its driver resumes with the stories already done skipped. For an
 * output on a remote file system, the journal is uploaded at most every few seconds, and at the end.
 */
final class Committer extends AbstractFunction2<Object, List<StoryOutcome>, BoxedUnit> {
    private final BatchSteps.Run run;
    private final List<FoundStory> stories;
    private final UnaryOperator<String> shown;
    private final ManifestSink sink;
    private final PrintStream out;
    private final long saveEveryNanos;
    private int partitions;
    private int done;
    private long savedAt = System.nanoTime();
    private boolean dirty;

    /** Copies the manifest where it belongs (uploads it, for an output on a remote file system). */
    interface ManifestSink {
        void save() throws IOException;
    }

    /**
     * @param stories the stories found, by index, named as the writer knows them
     * @param shown names a file the driver listed as the writer knows it (a remote one by its URI)
     * @param saveEveryNanos the least time between two uploads of the manifest (a manifest of a
     *     million stories takes a while to copy)
     */
    Committer(BatchSteps.Run run, List<FoundStory> stories, UnaryOperator<String> shown, ManifestSink sink,
              PrintStream out, long saveEveryNanos) {
        this.run = run;
        this.stories = List.copyOf(stories);
        this.shown = shown;
        this.sink = sink;
        this.out = out;
        this.saveEveryNanos = saveEveryNanos;
    }

    @Override
    public synchronized BoxedUnit apply(Object partition, List<StoryOutcome> results) {
        int built = 0;
        int failed = 0;
        for (StoryOutcome outcome : results) {
            StoryResult result = outcome.result(stories.get(outcome.index()), run.root(), shown);
            try {
                run.finished(outcome.index(), result, outcome.fingerprint(), outcome.sha256());
            } catch (IOException e) {
                throw new UncheckedIOException("could not record " + result.story().shown() + ": " + e.getMessage(), e);
            }
            built += outcome.state() == StoryResult.Status.BUILT ? 1 : 0;
            failed += outcome.state() == StoryResult.Status.FAILED ? 1 : 0;
            dirty |= outcome.state() != StoryResult.Status.SKIPPED;
        }
        done++;
        out.printf("partition %d/%d: %d stories, %d built, %d up to date, %d failed%n", done, partitions, results.size(),
                built, results.size() - built - failed, failed);
        if (System.nanoTime() - savedAt >= saveEveryNanos) {
            flush();
        }
        return BoxedUnit.UNIT;
    }

    synchronized void partitions(int count) {
        partitions = count;
    }

    /** Copies the manifest where it belongs now, if anything changed since it was last copied. */
    synchronized void flush() {
        if (!dirty) {
            return;
        }
        try {
            sink.save();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the manifest: " + e.getMessage(), e);
        }
        dirty = false;
        savedAt = System.nanoTime();
    }
}
