package org.quire.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.quire.BookReport;
import org.quire.Quire;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * The batch engine's steps one at a time, for an engine that schedules the stories itself
 * (quire-spark spreads them over a cluster): find the stories, fingerprint one, build one, keep
 * the manifest, write the report. {@link BatchRunner} is these steps on a thread pool, so a story
 * is found, named, skipped, built and reported the same way whichever engine runs it.
 */
public final class BatchSteps {
    private BatchSteps() {
    }

    /** The stories in some inputs, and every file met, as the command line finds them. */
    public record Found(List<FoundStory> stories, List<Diagnostic> refused, List<FoundFile> files) {
        public Found {
            stories = List.copyOf(stories);
            refused = List.copyOf(refused);
            files = List.copyOf(files);
        }
    }

    /**
     * Finds the stories in {@code inputs}, unpacking archives under {@code scratch} (which the
     * caller deletes once every story is built).
     *
     * @throws java.nio.file.NoSuchFileException an input does not exist
     */
    public static Found find(List<Path> inputs, Path scratch, ArchiveLimits limits) throws IOException {
        StoryFinder finder = new StoryFinder(scratch, limits);
        List<FoundStory> stories = finder.find(inputs);
        return new Found(stories, finder.refused(), finder.files());
    }

    /** The fingerprint of everything the editions of {@code story} depend on (see the manifest). */
    public static String fingerprint(Quire quire, FoundStory story) throws IOException {
        return InputHash.of(story.source(), quire.templateFolders(), quire.fingerprint(story.source()));
    }

    /** A story whose editions are up to date and were not built again. */
    public static StoryResult skipped(FoundStory story, List<Path> editions, Duration time) {
        return new StoryResult(story, StoryResult.Status.SKIPPED, editions, 0, 0, time, List.of(), List.of());
    }

    /**
     * Builds {@code story} into {@code output} (its editions go to the story's own folder under it).
     * Never throws for a fault of the story: a broken story is a {@link StoryResult.Status#FAILED}
     * result whose errors name their {@code file:line}, so one story never stops the others.
     */
    public static StoryResult build(Quire quire, FoundStory story, Path output) {
        long start = System.nanoTime();
        try {
            BookReport report = quire.build(story.source(), output.resolve(story.outputFolder()), story.baseName());
            return new StoryResult(story, StoryResult.Status.BUILT, report.files(), report.chapters(), report.words(),
                    elapsed(start), report.warnings().stream().map(d -> shown(story, d)).toList(), List.of());
        } catch (StoryException e) {
            List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).map(d -> shown(story, d)).toList();
            List<Diagnostic> warnings = e.diagnostics().stream().filter(d -> !d.isError()).map(d -> shown(story, d)).toList();
            return new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, elapsed(start), warnings, errors);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One story's fault never stops the others; it is reported with its cause. (Markdown
            // nested a thousand levels deep overflows the parser's stack.)
            return crashed(story, e, elapsed(start));
        }
    }

    /** A story that could not be read or written for {@code cause}, reported as failed with the cause in words. */
    public static StoryResult crashed(FoundStory story, Throwable cause, Duration time) {
        return new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, time, List.of(),
                List.of(Diagnostic.error("IO", Location.of(story.source()), Failure.describe("could not build", cause))));
    }

    /** True when every edition of a story is on disk. */
    public static boolean allPresent(List<Path> editions) {
        return editions.stream().allMatch(Files::isRegularFile);
    }

    /**
     * The manifest of an output folder ({@code .quire-manifest.tsv}), loaded, so that another
     * engine skips the stories the command line built and the other way round.
     */
    public static Ledger ledger(Path outputFolder) throws IOException {
        return new Ledger(Manifest.load(outputFolder));
    }

    /** The manifest's file name in the output folder. */
    public static String manifestFile() {
        return Manifest.FILE;
    }

    /** The report's file name in the output folder. */
    public static String reportFile() {
        return JsonReport.FILE;
    }

    /** Writes {@code quire-report.json} for the whole run into {@code outputFolder}, atomically. */
    public static void writeReport(BatchResult result, Path outputFolder) throws IOException {
        JsonReport.write(result, outputFolder);
    }

    /** A diagnostic about a file unpacked from an archive names the file inside the archive. */
    static Diagnostic shown(FoundStory story, Diagnostic diagnostic) {
        Location at = diagnostic.location();
        return new Diagnostic(diagnostic.severity(), diagnostic.code(),
                new Location(story.shownPath(at.file()), at.line(), at.column()), diagnostic.message());
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** What the last builds made from which inputs: story key to fingerprint. Safe to share between threads. */
    public static final class Ledger {
        private final Manifest manifest;

        private Ledger(Manifest manifest) {
            this.manifest = manifest;
        }

        /** True when {@code key} was last built from inputs with this fingerprint. */
        public boolean unchanged(String key, String fingerprint) {
            return manifest.unchanged(key, fingerprint);
        }

        /** The fingerprint {@code key} was last built from, or null when it was never built or failed. */
        public String fingerprint(String key) {
            return manifest.fingerprint(key);
        }

        public void record(String key, String fingerprint) {
            manifest.record(key, fingerprint);
        }

        public void forget(String key) {
            manifest.forget(key);
        }

        /** Writes the manifest back to its output folder. */
        public void save() throws IOException {
            manifest.save();
        }
    }
}
