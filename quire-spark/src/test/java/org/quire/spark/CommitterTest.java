package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.batch.BatchSteps;

/** A job stopped half-way keeps the manifest lines of the partitions that finished: a rerun skips them. */
class CommitterTest {
    @TempDir
    Path output;

    @Test
    void thePartitionsThatFinishedAreInTheManifestWhenTheJobStops() throws Exception {
        BatchSteps.Ledger ledger = BatchSteps.ledger(output);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Committer committer = new Committer(ledger, new String[] {"a", "b", "c"}, BatchSteps.Ledger::save,
                new PrintStream(log, true, StandardCharsets.UTF_8), Long.MAX_VALUE);
        committer.partitions(2);
        committer.apply(0, List.of(outcome(0, "BUILT", "f-a"), outcome(2, "FAILED", null)));
        // The job is killed here: partition 1 (story b) never reports. The driver flushes on its way out.
        committer.flush();

        BatchSteps.Ledger reloaded = BatchSteps.ledger(output);
        assertThat(reloaded.fingerprint("a")).isEqualTo("f-a");
        assertThat(reloaded.fingerprint("b")).isNull();
        assertThat(reloaded.fingerprint("c")).isNull();
        assertThat(committer.outcome(0).fingerprint()).isEqualTo("f-a");
        assertThat(committer.outcome(1)).isNull();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("partition 1/2: 2 stories, 1 built, 0 skipped, 1 failed");
    }

    @Test
    void aStoryThatFailsNowLosesItsOldLine() throws Exception {
        Files.writeString(output.resolve(BatchSteps.manifestFile()), "a\told\n");
        BatchSteps.Ledger ledger = BatchSteps.ledger(output);
        Committer committer = new Committer(ledger, new String[] {"a"}, BatchSteps.Ledger::save,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Long.MAX_VALUE);
        committer.apply(0, List.of(outcome(0, "FAILED", null)));
        committer.flush();
        assertThat(BatchSteps.ledger(output).fingerprint("a")).isNull();
    }

    @Test
    void writesTheManifestAsPartitionsFinishOnceTheIntervalHasPassed() throws Exception {
        Committer committer = new Committer(BatchSteps.ledger(output), new String[] {"a", "b"}, BatchSteps.Ledger::save,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 0);
        committer.partitions(2);
        committer.apply(0, List.of(outcome(0, "BUILT", "f-a")));
        assertThat(BatchSteps.ledger(output).fingerprint("a")).isEqualTo("f-a");
        assertThat(BatchSteps.ledger(output).fingerprint("b")).isNull();
    }

    private static StoryOutcome outcome(int index, String status, String fingerprint) {
        return new StoryOutcome(index, status, List.of(), 0, 0, 0, List.of(), List.of(), fingerprint);
    }
}
