package org.quire.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.quire.Quire;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * One run of the batch engine over the stories found: builds each (or skips it when its inputs
 * have not changed), and the moment it finishes records it in the manifest and the report and
 * removes the files it no longer writes. Called from the building threads.
 */
final class BatchRun {
    private static final long REPORT_EVERY = 1_000_000_000L;
    private final Quire quire;
    private final boolean force;
    private final OutputFolder folder;
    private final Manifest manifest;
    private final List<FoundStory> stories;
    private final BatchSteps.Found found;
    private final List<Diagnostic> refused;
    private final List<FoundFile> files;
    private final UnaryOperator<String> origins;
    private final long start;
    private final StoryResult[] results;
    private final List<StaleFile> stale = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private long reported;

    /**
     * @param quire builds the stories; null when another engine builds them and only reports
     *     here ({@link #finished})
     * @param origins names a story's origin as the manifest keeps it (another engine may read
     *     its stories from copies)
     */
    BatchRun(Quire quire, boolean force, OutputFolder folder, Manifest manifest, BatchSteps.Found found,
             UnaryOperator<String> origins, long start) {
        this.quire = quire;
        this.force = force;
        this.folder = folder;
        this.manifest = manifest;
        this.found = found;
        this.stories = found.stories();
        this.refused = found.refused();
        this.files = found.files();
        this.origins = origins;
        this.start = start;
        this.results = new StoryResult[stories.size()];
    }

    int size() {
        return stories.size();
    }

    /** No story starts after this; those being built are abandoned unless they finish. */
    void stop() {
        stopping.set(true);
    }

    /** Builds story {@code index} and records it; null when the run was stopped before it finished. */
    StoryResult build(int index, BatchRunner.Listener listener) throws IOException {
        if (stopping.get()) {
            return null;
        }
        FoundStory story = stories.get(index);
        listener.started(story);
        StoryBuild built = new StoryBuild(quire, force, manifest, folder.root(), story).run(found.problems(story));
        if (built.result() == null || built.result().status() == StoryResult.Status.FAILED && stopped()) {
            return null; // interrupted: not a failure of the story, and its books stay as they were
        }
        List<ManifestEntry.WrittenFile> written = new ArrayList<>();
        if (built.result().status() == StoryResult.Status.BUILT) {
            for (Path edition : built.result().editions()) {
                written.add(new ManifestEntry.WrittenFile(relative(edition), OutputFolder.sha256(edition)));
            }
        }
        finished(index, built.result(), built.fingerprint(), written);
        listener.finished(built.result());
        return built.result();
    }

    /**
     * Records story {@code index} the moment it finished, wherever it was built: its manifest
     * block, the files it no longer writes removed, the report.
     *
     * @param written for a story built, the files it wrote (relative paths, SHA-256)
     */
    void finished(int index, StoryResult result, String fingerprint, List<ManifestEntry.WrittenFile> written)
            throws IOException {
        record(stories.get(index), result, fingerprint, written);
        results[index] = result;
        report();
    }

    private boolean stopped() {
        return stopping.get() || Thread.currentThread().isInterrupted();
    }

    private void record(FoundStory story, StoryResult result, String fingerprint, List<ManifestEntry.WrittenFile> written)
            throws IOException {
        Optional<ManifestEntry> previous = manifest.previous(story.key());
        switch (result.status()) {
            case BUILT -> {
                manifest.record(new ManifestEntry(story.key(), fingerprint, origins.apply(origin(story)), result.chapters(),
                        result.words(), written, result.warnings()));
                if (previous.isPresent()) {
                    Set<String> kept = written.stream().map(ManifestEntry.WrittenFile::path).collect(Collectors.toSet());
                    stale.addAll(folder.removeStale(previous.get(), kept, manifest, "no longer built with these options"));
                }
            }
            case FAILED -> {
                if (previous.isPresent()) {
                    stale.addAll(folder.removeStale(previous.get(), Set.of(), manifest,
                            "its story now fails (errors above), and a book must match its story"));
                }
                manifest.forget(story.key());
            }
            case SKIPPED -> {
                // its entry stands as it is
            }
        }
    }

    /**
     * Ends the run: when every story finished, removes the books of stories gone from the
     * inputs; then compacts the manifest and writes the report's last form.
     *
     * @param inputs the run's inputs, or null when it was stopped (nothing is then taken for gone)
     */
    BatchResult finish(List<Path> inputs) throws IOException {
        if (inputs != null) {
            removeGone(inputs);
            folder.pruneEmptyFolders();
        }
        manifest.compact();
        BatchResult result = result();
        JsonReport.write(result, folder.root(), inputs != null ? "complete" : "interrupted");
        return result;
    }

    /**
     * A story is gone when its origin lies under one of this run's inputs and no story found
     * came from there; stories built from other inputs into the same folder are left alone.
     */
    private void removeGone(List<Path> inputs) throws IOException {
        Set<String> keys = stories.stream().map(FoundStory::key).collect(Collectors.toSet());
        Set<String> found = stories.stream().map(s -> origins.apply(origin(s))).collect(Collectors.toSet());
        List<Path> roots = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (ManifestEntry entry : manifest.previousEntries()) {
            Path origin = Path.of(entry.originFile());
            if (keys.contains(entry.key()) || found.contains(entry.origin()) || roots.stream().noneMatch(origin::startsWith)
                    || manifest.get(entry.key()).isEmpty()) {
                continue;
            }
            stale.addAll(folder.removeStale(entry, Set.of(), manifest, "its story " + shown(origin) + " is gone"));
            manifest.forget(entry.key());
        }
    }

    BatchResult result() {
        List<StoryResult> done = Arrays.stream(results).filter(Objects::nonNull).toList();
        // Stories finish in any order; the list is read by people and written to the report, so
        // it is sorted by path (a story's files stay together, and the report is reproducible).
        List<StaleFile> removed;
        synchronized (stale) {
            removed = stale.stream().sorted(java.util.Comparator.comparing(StaleFile::file)).toList();
        }
        return new BatchResult(done, stories.size(), refused, files, removed,
                folder.root(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The report as it stands, at most once a second while stories finish; a failure waits for the last write. */
    private synchronized void report() {
        long now = System.nanoTime();
        if (now - reported < REPORT_EVERY) {
            return;
        }
        reported = now;
        try {
            JsonReport.write(result(), folder.root(), "running");
        } catch (IOException e) {
            // the run's last write reports it
        }
    }

    String relative(Path file) {
        return folder.relative(file);
    }

    /** Where a story was read from: its path, or its archive's path and its path inside. */
    static String origin(FoundStory story) {
        if (story.unpackedFrom() == null) {
            return story.source().toAbsolutePath().normalize().toString();
        }
        Path inner = story.unpackedFrom().folder().toAbsolutePath().relativize(story.source().toAbsolutePath());
        return story.unpackedFrom().archive().toAbsolutePath().normalize() + "!/" + inner.toString().replace('\\', '/');
    }

    private static String shown(Path origin) {
        Path here = Path.of("").toAbsolutePath();
        return origin.startsWith(here) ? here.relativize(origin).toString() : origin.toString();
    }

    /** A diagnostic about a file unpacked from an archive names the file inside the archive. */
    static Diagnostic shown(FoundStory story, Diagnostic diagnostic) {
        Location at = diagnostic.location();
        return new Diagnostic(diagnostic.severity(), diagnostic.code(),
                new Location(story.shownPath(at.file()), at.line(), at.column()), diagnostic.message());
    }
}
