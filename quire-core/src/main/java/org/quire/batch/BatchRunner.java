package org.quire.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.quire.Quire;

/**
 * The batch engine behind both the Maven goal and the command line: finds the stories in the
 * inputs, builds them on {@code jobs} threads, each isolated from the others, skips those whose
 * inputs have not changed since the last build, and writes {@code quire-report.json}.
 */
public final class BatchRunner {
    /** Told of progress as it happens, from the building threads. */
    public interface Listener {
        default void found(int stories) {
        }

        default void started(FoundStory story) {
        }

        default void finished(StoryResult result) {
        }
    }

    private final Quire quire;
    private final int jobs;
    private final boolean force;
    private final ArchiveLimits limits;

    public BatchRunner(Quire quire, int jobs, boolean force, ArchiveLimits limits) {
        this.quire = quire;
        this.jobs = Math.max(1, jobs);
        this.force = force;
        this.limits = limits;
    }

    public BatchResult run(List<Path> inputs, Path output, Listener listener) throws IOException {
        Path scratch = Files.createTempDirectory("quire-unpacked-");
        try {
            StoryFinder finder = new StoryFinder(scratch, limits);
            List<FoundStory> stories = finder.find(inputs);
            listener.found(stories.size());
            Manifest manifest = Manifest.load(output);
            List<StoryResult> results = buildAll(stories, output, manifest, listener);
            manifest.save();
            BatchResult result = new BatchResult(results, finder.refused(), finder.files());
            JsonReport.write(result, output);
            return result;
        } finally {
            deleteTree(scratch);
        }
    }

    private List<StoryResult> buildAll(List<FoundStory> stories, Path output, Manifest manifest, Listener listener)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<StoryResult>> futures = new ArrayList<>();
            for (FoundStory story : stories) {
                futures.add(pool.submit(() -> {
                    listener.started(story);
                    StoryResult result = buildOne(story, output, manifest);
                    listener.finished(result);
                    return result;
                }));
            }
            List<StoryResult> results = new ArrayList<>();
            for (Future<StoryResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a story's build crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private StoryResult buildOne(FoundStory story, Path output, Manifest manifest) {
        long start = System.nanoTime();
        List<Path> editions = quire.editions(output.resolve(story.outputFolder()), story.baseName());
        String fingerprint;
        try {
            fingerprint = InputHash.of(story.source(), quire.templateFolders(), quire.fingerprint(story.source()));
        } catch (IOException | RuntimeException e) {
            return BatchSteps.crashed(story, e, elapsed(start));
        }
        if (!force && manifest.unchanged(story.key(), fingerprint) && BatchSteps.allPresent(editions)) {
            return BatchSteps.skipped(story, editions, elapsed(start));
        }
        manifest.forget(story.key());
        StoryResult result = BatchSteps.build(quire, story, output);
        if (result.status() == StoryResult.Status.BUILT) {
            manifest.record(story.key(), fingerprint);
        }
        return result;
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
