package org.quire.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.quire.Quire;
import org.quire.write.TemporaryFiles;

/**
 * The batch engine behind both the Maven goal and the command line: finds the stories in the
 * inputs, builds them on {@code jobs} threads, each isolated from the others, skips those whose
 * inputs have not changed since the last build, and keeps {@code quire-report.json} and the
 * manifest as each story finishes. Interrupting the thread that called {@link #run} stops the
 * batch: what finished is kept, and the next run resumes there.
 */
public final class BatchRunner {
    /** How long the stories being built may take to notice a stop before the run ends without them. */
    private static final long STOP_WAIT_SECONDS = 10;

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

    /** @param jobs stories built at once; 0 or less means one per processor core */
    public BatchRunner(Quire quire, int jobs, boolean force, ArchiveLimits limits) {
        this.quire = quire;
        this.jobs = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        this.force = force;
        this.limits = limits;
    }

    /**
     * Builds every story in {@code inputs} into {@code output}.
     *
     * @throws BatchInterruptedException the calling thread was interrupted; what finished is recorded
     * @throws IOException an input does not exist, another run holds the output folder, or the
     *     manifest or report cannot be written
     */
    public BatchResult run(List<Path> inputs, Path output, Listener listener) throws IOException {
        long start = System.nanoTime();
        try (OutputFolder folder = OutputFolder.open(output)) {
            Path scratch = TemporaryFiles.folder(folder.root(), "unpacked");
            try {
                StoryFinder finder = new StoryFinder(scratch, limits, folder.root());
                List<FoundStory> stories = finder.find(inputs);
                listener.found(stories.size());
                BatchRun run = new BatchRun(quire, force, folder, Manifest.load(folder.root()),
                        new BatchSteps.Found(stories, finder.refused(), finder.files(), finder.incomplete()), origin -> origin, start);
                buildAll(run, listener);
                return run.finish(inputs);
            } finally {
                TemporaryFiles.delete(scratch);
            }
        } catch (IOException e) {
            if (e instanceof BatchInterruptedException || !Thread.currentThread().isInterrupted()) {
                throw e;
            }
            // Stopped while finding the stories: nothing was built.
            throw new BatchInterruptedException(new BatchResult(List.of(), 0, List.of(), List.of(), List.of(),
                    output, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    private void buildAll(BatchRun run, Listener listener) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
        CompletionService<StoryResult> done = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < run.size(); i++) {
            int index = i;
            done.submit(() -> run.build(index, listener));
        }
        try {
            for (int i = 0; i < run.size(); i++) {
                done.take().get();
            }
        } catch (InterruptedException e) {
            stop(pool, run);
            BatchResult partial;
            try {
                partial = run.finish(null);
            } finally {
                Thread.currentThread().interrupt();
            }
            throw new BatchInterruptedException(partial);
        } catch (ExecutionException e) {
            // A listener or the manifest failed: the batch stops, keeping what finished.
            boolean interrupted = stop(pool, run);
            try {
                run.finish(null);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new IOException("the build stopped: " + Failure.describe("a story could not be recorded", e.getCause()),
                    e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Starts no more stories, interrupts those being built and waits a little for them to let go
     * of their temporary files; clears this thread's interrupt so the manifest and report can be
     * written, and says whether it was set.
     */
    private static boolean stop(ExecutorService pool, BatchRun run) {
        run.stop();
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        return interrupted;
    }

    /** Building threads never keep the JVM alive after the run is over. */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "quire-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
