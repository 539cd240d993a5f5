package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.batch.BatchResult;
import org.quire.batch.BatchSteps;
import org.quire.batch.FoundStory;

/**
 * The driver records each story in the engine's manifest journal the moment its partition
 * reports: a job stopped half-way keeps the stories that finished, and a rerun skips them.
 */
class CommitterTest {
    @TempDir
    Path output;

    @Test
    void theStoriesOfFinishedPartitionsAreInTheManifestWhenTheJobStops() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (BatchSteps.Run run = BatchSteps.open(output, found("a", "b", "c"), o -> o)) {
            Committer committer = new Committer(run, stories("a", "b", "c"), f -> f, () -> { }, print(log), Long.MAX_VALUE);
            committer.partitions(2);
            Files.writeString(output.resolve("a.epub"), "book a");
            committer.apply(0, List.of(outcome(0, "BUILT", "f-a", List.of("a.epub"), List.of(BatchSteps.sha256(output.resolve("a.epub")))),
                    outcome(2, "FAILED", null, List.of(), List.of())));
            // The job is killed here: partition 1 (story b) never reports.
            assertThat(Files.readString(output.resolve(BatchSteps.manifestFile())))
                    .contains("story\ta\tf-a\t", "file\ta\ta.epub\t", "end\ta").doesNotContain("\tb\t", "\tc\t");
            run.interrupted();
        }
        try (BatchSteps.Run again = BatchSteps.open(output, found("a", "b", "c"), o -> o)) {
            assertThat(again.fingerprint("a")).isEqualTo("f-a");
            assertThat(again.fingerprint("b")).isNull();
            assertThat(again.fingerprint("c")).isNull();
        }
        assertThat(Files.readString(output.resolve(BatchSteps.reportFile()))).contains("\"state\": \"interrupted\"",
                "\"built\": 1,", "\"failed\": 1,");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("partition 1/2: 2 stories, 1 built, 0 up to date, 1 failed");
    }

    @Test
    void aRemoteOutputGetsTheManifestOnceTheIntervalHasPassedAndOnlyWhenItChanged() throws Exception {
        AtomicInteger uploads = new AtomicInteger();
        try (BatchSteps.Run run = BatchSteps.open(output, found("a", "b"), o -> o)) {
            Committer committer = new Committer(run, stories("a", "b"), f -> f, uploads::incrementAndGet,
                    print(new ByteArrayOutputStream()), 0);
            committer.partitions(2);
            committer.apply(0, List.of(outcome(0, "FAILED", null, List.of(), List.of())));
            assertThat(uploads).hasValue(1);
            committer.flush();
            assertThat(uploads).hasValue(1);
        }
    }

    @Test
    void aStoryThatNowFailsLosesTheBooksItsLastBuildWroteAsOnTheCommandLine() throws Exception {
        Path book = output.resolve("a.epub");
        Files.writeString(book, "book a");
        try (BatchSteps.Run run = BatchSteps.open(output, found("a"), o -> o)) {
            new Committer(run, stories("a"), f -> f, () -> { }, print(new ByteArrayOutputStream()), Long.MAX_VALUE)
                    .apply(0, List.of(outcome(0, "BUILT", "f-a", List.of("a.epub"), List.of(BatchSteps.sha256(book)))));
            run.complete(List.of());
        }
        try (BatchSteps.Run run = BatchSteps.open(output, found("a"), o -> o)) {
            new Committer(run, stories("a"), f -> f, () -> { }, print(new ByteArrayOutputStream()), Long.MAX_VALUE)
                    .apply(0, List.of(outcome(0, "FAILED", null, List.of(), List.of())));
            BatchResult result = run.complete(List.of());
            assertThat(book).doesNotExist();
            assertThat(result.stale()).singleElement().satisfies(stale -> assertThat(stale.removed()).isTrue());
            assertThat(run.fingerprint("a")).isNull();
        }
    }

    private static BatchSteps.Found found(String... keys) {
        return new BatchSteps.Found(stories(keys), List.of(), List.of());
    }

    private static List<FoundStory> stories(String... keys) {
        return java.util.Arrays.stream(keys)
                .map(k -> new FoundStory(Path.of("/in", k + ".md"), "in/" + k + ".md", Path.of(""), k, null)).toList();
    }

    private static StoryOutcome outcome(int index, String status, String fingerprint, List<String> editions,
                                        List<String> sha256) {
        return new StoryOutcome(index, status, editions, 1, 10, 0, List.of(), List.of(), fingerprint, sha256);
    }

    private static PrintStream print(ByteArrayOutputStream log) {
        return new PrintStream(log, true, StandardCharsets.UTF_8);
    }
}
