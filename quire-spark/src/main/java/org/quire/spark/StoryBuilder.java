package org.quire.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.quire.Quire;
import org.quire.batch.BatchSteps;
import org.quire.batch.FoundStory;
import org.quire.batch.StoryResult;

/**
 * Builds one story on an executor, as the command line's batch engine builds it: skipped when
 * its fingerprint matches the manifest and its editions are there, else built by
 * {@link BatchSteps#build}, which turns a broken story into a failed result rather than an
 * exception: Spark's task retries are left for lost executors.
 */
final class StoryBuilder {
    private final JobSpec job;
    private final String attempt;

    /** @param attempt names this task attempt in temporary files, so two attempts never share one */
    StoryBuilder(JobSpec job, String attempt) {
        this.job = job;
        this.attempt = attempt;
    }

    StoryOutcome build(StoryTask task) {
        long start = System.nanoTime();
        Quire quire = job.options().quire();
        Path scratch = null;
        UnaryOperator<String> shown = UnaryOperator.identity();
        FoundStory story = task.found(Path.of(task.source()));
        try {
            if (task.remote() || task.packed() != null || !job.output().isLocal()) {
                scratch = Files.createTempDirectory("quire-spark-story-");
            }
            if (task.packed() != null) {
                story = PackedStory.unpack(task, scratch);
            } else if (task.remote()) {
                RemoteStory copy = RemoteStory.fetch(task, scratch, job.conf().get());
                story = copy.story();
                shown = copy.shown();
            }
            String fingerprint = BatchSteps.fingerprint(quire, story);
            Path root = job.output().isLocal() ? job.output().localRoot() : scratch.resolve("out");
            List<Path> editions = quire.editions(root.resolve(story.outputFolder()), story.baseName());
            List<String> relative = editions.stream().map(e -> root.relativize(e).toString().replace('\\', '/')).toList();
            if (!job.force() && fingerprint.equals(task.previous()) && job.output().allExist(relative)) {
                return StoryOutcome.of(task.index(), BatchSteps.skipped(story, editions, elapsed(start)), root, shown, null);
            }
            if (task.taken() != null) {
                // Checked on the driver, which keeps the manifest: not Quire's file to replace.
                return StoryOutcome.of(task.index(), BatchSteps.failed(story, List.of(task.taken().diagnostic()), elapsed(start)),
                        root, shown, null);
            }
            StoryResult result = BatchSteps.build(quire, story, root);
            // Hashed where they were written, before an upload and before the scratch copy goes.
            StoryOutcome outcome = StoryOutcome.of(task.index(), result, root, shown, fingerprint);
            if (!job.output().isLocal() && result.status() == StoryResult.Status.BUILT) {
                for (Path edition : result.editions()) {
                    job.output().put(edition, root.relativize(edition).toString().replace('\\', '/'), attempt);
                }
            }
            return outcome;
        } catch (IOException | RuntimeException e) {
            return crashed(task, story, e, start, shown);
        } finally {
            deleteTree(scratch);
        }
    }

    private static StoryOutcome crashed(StoryTask task, FoundStory story, Exception e, long start,
                                        UnaryOperator<String> shown) {
        try {
            return StoryOutcome.of(task.index(), BatchSteps.crashed(story, e, elapsed(start)), Path.of(""), shown, null);
        } catch (IOException never) {
            throw new IllegalStateException("a failed story has no edition to hash", never);
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A scratch copy left in the executor's temporary folder harms no book; the OS clears it.
        }
    }
}
