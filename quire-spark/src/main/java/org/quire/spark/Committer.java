package org.quire.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.quire.batch.BatchSteps;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Takes each partition's results on the driver as the partition finishes: records its stories in
 * the manifest and writes the manifest out (at most every few seconds, and at the end), so a job
 * that is killed or loses its driver resumes with the partitions already done skipped.
 */
final class Committer extends AbstractFunction2<Object, List<StoryOutcome>, BoxedUnit> {
    private final BatchSteps.Ledger ledger;
    private final String[] keys;
    private final StoryOutcome[] outcomes;
    private final ManifestSink sink;
    private final PrintStream out;
    private final long saveEveryNanos;
    private int partitions;
    private int done;
    private long savedAt = System.nanoTime();
    private boolean dirty;

    /** Writes the manifest where it belongs (uploads it, for an output on a remote file system). */
    interface ManifestSink {
        void save(BatchSteps.Ledger ledger) throws IOException;
    }

    /**
     * @param keys each story's manifest key, by index
     * @param saveEveryNanos the least time between two writes of the manifest (a manifest of a
     *     million lines takes a while to write)
     */
    Committer(BatchSteps.Ledger ledger, String[] keys, ManifestSink sink, PrintStream out, long saveEveryNanos) {
        this.ledger = ledger;
        this.keys = keys;
        this.outcomes = new StoryOutcome[keys.length];
        this.sink = sink;
        this.out = out;
        this.saveEveryNanos = saveEveryNanos;
    }

    @Override
    public synchronized BoxedUnit apply(Object partition, List<StoryOutcome> results) {
        int built = 0;
        int failed = 0;
        for (StoryOutcome outcome : results) {
            outcomes[outcome.index()] = outcome;
            switch (outcome.state()) {
                case BUILT -> {
                    ledger.record(keys[outcome.index()], outcome.fingerprint());
                    built++;
                }
                case FAILED -> {
                    ledger.forget(keys[outcome.index()]);
                    failed++;
                }
                case SKIPPED -> {
                }
            }
            dirty |= outcome.state() != org.quire.batch.StoryResult.Status.SKIPPED;
        }
        done++;
        out.printf("partition %d/%d: %d stories, %d built, %d skipped, %d failed%n", done, partitions, results.size(),
                built, results.size() - built - failed, failed);
        if (System.nanoTime() - savedAt >= saveEveryNanos) {
            flush();
        }
        return BoxedUnit.UNIT;
    }

    synchronized void partitions(int count) {
        partitions = count;
    }

    /** Writes the manifest now if anything changed since it was last written. */
    synchronized void flush() {
        if (!dirty) {
            return;
        }
        try {
            sink.save(ledger);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the manifest: " + e.getMessage(), e);
        }
        dirty = false;
        savedAt = System.nanoTime();
    }

    /** The outcome of story {@code index}, or null when its partition never finished. */
    synchronized StoryOutcome outcome(int index) {
        return outcomes[index];
    }
}
