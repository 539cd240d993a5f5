package org.quire.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.quire.Quire;
import org.quire.model.Diagnostic;

/**
 * The batch engine's steps one at a time, for an engine that schedules the stories itself
 * (quire-spark spreads them over a cluster): find the stories, fingerprint one, build one all or
 * nothing, and {@link #open open} the output folder to record each story as it finishes in the
 * same manifest journal and report as {@link BatchRunner}, which is these steps on a thread pool.
 * So a story is found, named, skipped, built, recorded and reported the same way whichever engine
 * runs it, and either engine's next run resumes the other's.
 */
public final class BatchSteps {
    private BatchSteps() {
    }

    /**
     * The stories in some inputs, and every file met, as the command line finds them.
     *
     * @param incomplete by story source, the errors that stop a story before its build (an
     *     entry of its archive refused: a book would miss a chapter)
     */
    public record Found(List<FoundStory> stories, List<Diagnostic> refused, List<FoundFile> files,
                        Map<Path, List<Diagnostic>> incomplete) {
        public Found {
            stories = List.copyOf(stories);
            refused = List.copyOf(refused);
            files = List.copyOf(files);
            incomplete = Map.copyOf(incomplete);
        }

        public Found(List<FoundStory> stories, List<Diagnostic> refused, List<FoundFile> files) {
            this(stories, refused, files, Map.of());
        }

        /** The errors that stop {@code story} before its build, as the command line fails it; empty for most. */
        public List<Diagnostic> problems(FoundStory story) {
            return incomplete.getOrDefault(story.source(), List.of());
        }
    }

    /**
     * Finds the stories in {@code inputs}, unpacking archives under {@code scratch} (which the
     * caller deletes once every story is built); the output folder, when it lies in an input, is
     * passed over as the command line passes it over.
     *
     * @throws java.nio.file.NoSuchFileException an input does not exist
     */
    public static Found find(List<Path> inputs, Path scratch, ArchiveLimits limits, Path output) throws IOException {
        StoryFinder finder = new StoryFinder(scratch, limits, output);
        List<FoundStory> stories = finder.find(inputs);
        return new Found(stories, finder.refused(), finder.files(), finder.incomplete());
    }

    /** The fingerprint of everything the editions of {@code story} depend on (see the manifest). */
    public static String fingerprint(Quire quire, FoundStory story) throws IOException {
        return InputHash.of(story.source(), quire.templateFolders(), quire.fingerprint(story.source()));
    }

    /**
     * Builds {@code story} into its folder under {@code output}, all or nothing: its editions are
     * staged and moved into place only when every one was written. Never throws for a fault of
     * the story: a broken story is a {@link StoryResult.Status#FAILED} result whose errors name
     * their {@code file:line}, so one story never stops the others.
     */
    public static StoryResult build(Quire quire, FoundStory story, Path output) {
        return StoryBuild.build(quire, story, output);
    }

    /** A story whose editions are up to date and were not built again; {@link Run#finished} adds its last build's counts. */
    public static StoryResult skipped(FoundStory story, List<Path> editions, Duration time) {
        return new StoryResult(story, StoryResult.Status.SKIPPED, editions, 0, 0, time, List.of(), List.of());
    }

    /**
     * A story that fails unbuilt with {@code errors}: the OUTPUT-TAKEN error {@link Run#prepare}
     * gave, or those {@link Found#problems} names.
     */
    public static StoryResult failed(FoundStory story, List<Diagnostic> errors, Duration time) {
        return new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, time, List.of(), errors);
    }

    /** A story that could not be read or written for {@code cause}, reported as failed with the cause in words. */
    public static StoryResult crashed(FoundStory story, Throwable cause, Duration time) {
        return StoryBuild.crashed(story, cause, time);
    }

    /** A file's SHA-256 in lower-case hex, as the manifest keeps each edition's. */
    public static String sha256(Path file) throws IOException {
        return OutputFolder.sha256(file);
    }

    /** The manifest's file name in the output folder. */
    public static String manifestFile() {
        return Manifest.FILE;
    }

    /** The report's file name in the output folder. */
    public static String reportFile() {
        return JsonReport.FILE;
    }

    /**
     * Takes {@code output} for a run over {@code found}, as {@link BatchRunner} takes it: the lock,
     * temporaries a killed run left swept, the manifest loaded.
     *
     * @param origins names where a story was read from, as the manifest keeps it (the identity
     *     for stories read in place; a remote story's URI for a copy)
     * @throws IOException another run is writing there, or the manifest cannot be read or written
     */
    public static Run open(Path output, Found found, UnaryOperator<String> origins) throws IOException {
        long start = System.nanoTime();
        OutputFolder folder = OutputFolder.open(output);
        try {
            Manifest manifest = Manifest.load(folder.root());
            return new Run(folder, manifest, found, new BatchRun(null, false, folder, manifest, found, origins, start));
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /**
     * A run whose stories another engine builds: each is recorded here as it finishes, in the
     * manifest journal and the report, exactly as the command line records it. Safe to share
     * between threads.
     */
    public static final class Run implements AutoCloseable {
        private final OutputFolder folder;
        private final Manifest manifest;
        private final Found found;
        private final BatchRun run;

        private Run(OutputFolder folder, Manifest manifest, Found found, BatchRun run) {
            this.folder = folder;
            this.manifest = manifest;
            this.found = found;
            this.run = run;
        }

        /** The output folder, absolute. */
        public Path root() {
            return folder.root();
        }

        /** The fingerprint story {@code key} was last built from, or null when it has no good build. */
        public String fingerprint(String key) {
            return manifest.get(key).map(ManifestEntry::fingerprint).orElse(null);
        }

        /**
         * Readies story {@code index} to be built elsewhere, as the command line readies a story
         * it does not skip: unless {@code force}, a file already where one of its {@code editions}
         * would go that Quire did not write, or that was changed since, is the story's
         * OUTPUT-TAKEN error (the story must then fail with it, through {@link BatchSteps#failed}, unless
         * it is skipped); else the files its build will write are noted in the journal first,
         * so a book moved into place by a build stopped before its story was recorded is still
         * Quire's to replace.
         *
         * @param editions the story's editions under {@link #root()}, as {@link Quire#editions} names them
         */
        public Optional<Diagnostic> prepare(int index, List<Path> editions, boolean force) throws IOException {
            FoundStory story = found.stories().get(index);
            Optional<Diagnostic> taken = force ? Optional.empty() : StoryBuild.taken(manifest, folder.root(), story, editions);
            if (taken.isEmpty()) {
                manifest.writing(story.key(), StoryBuild.relative(folder.root(), editions));
            }
            return taken;
        }

        /**
         * Records story {@code index} (of the stories found) as it finished: a story built gets
         * its manifest block, a failed one loses its entry and its old books, and the report is
         * rewritten (at most once a second). A story skipped takes its last build's counts and warnings.
         *
         * @param fingerprint for a story built, the fingerprint of its inputs
         * @param sha256 for a story built, each edition's SHA-256, in the order of its editions
         *     (which lie under {@link #root()})
         * @return the result as recorded and reported
         */
        public StoryResult finished(int index, StoryResult result, String fingerprint, List<String> sha256)
                throws IOException {
            StoryResult recorded = result;
            List<ManifestEntry.WrittenFile> written = new java.util.ArrayList<>();
            if (result.status() == StoryResult.Status.BUILT) {
                for (int i = 0; i < result.editions().size(); i++) {
                    written.add(new ManifestEntry.WrittenFile(run.relative(result.editions().get(i)), sha256.get(i)));
                }
            } else if (result.status() == StoryResult.Status.SKIPPED) {
                ManifestEntry entry = manifest.get(result.story().key()).orElse(null);
                if (entry != null) {
                    recorded = new StoryResult(result.story(), result.status(), result.editions(), entry.chapters(),
                            entry.words(), result.time(), entry.warnings(), List.of());
                }
            }
            run.finished(index, recorded, fingerprint, written);
            return recorded;
        }

        /**
         * Ends a run in which every story finished: removes the books of stories gone from
         * {@code inputs}, compacts the manifest, writes the report's last form ("complete").
         */
        public BatchResult complete(List<Path> inputs) throws IOException {
            return run.finish(inputs);
        }

        /** Ends a run that was stopped: what finished stays recorded, the report says "interrupted". */
        public BatchResult interrupted() throws IOException {
            return run.finish(null);
        }

        /** Lets go of the output folder. */
        @Override
        public void close() throws IOException {
            folder.close();
        }
    }
}
