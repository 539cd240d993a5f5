package org.quire.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.quire.BookReport;
import org.quire.Quire;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * One story of a batch: skipped when its inputs have not changed since the manifest's build
 * (with that build's counts and warnings), else built; a failure of any kind is this story's
 * alone, reported with its cause.
 */
final class StoryBuild {
    private final Quire quire;
    private final boolean force;
    private final Manifest manifest;
    private final Path output;
    private final FoundStory story;
    private StoryResult result;
    private String fingerprint;

    StoryBuild(Quire quire, boolean force, Manifest manifest, Path output, FoundStory story) {
        this.quire = quire;
        this.force = force;
        this.manifest = manifest;
        this.output = output;
        this.story = story;
    }

    StoryResult result() {
        return result;
    }

    /** The fingerprint of the story's inputs; null when they could not be read. */
    String fingerprint() {
        return fingerprint;
    }

    StoryBuild run() {
        return run(List.of());
    }

    /** @param problems errors found before the build (an archive entry of the story refused): the story fails with them */
    StoryBuild run(List<Diagnostic> problems) {
        long start = System.nanoTime();
        if (!problems.isEmpty()) {
            result = new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, elapsed(start), List.of(), problems);
            return this;
        }
        Path folder = output.resolve(story.outputFolder());
        List<Path> editions = quire.editions(folder, story.baseName());
        try {
            fingerprint = InputHash.of(story.source(), quire.templateFolders(), quire.fingerprint(story.source()));
            Optional<ManifestEntry> known = manifest.get(story.key());
            if (!force && known.isPresent() && known.get().fingerprint().equals(fingerprint)
                    && editions.stream().allMatch(Files::isRegularFile)) {
                ManifestEntry entry = known.get();
                result = new StoryResult(story, StoryResult.Status.SKIPPED, editions, entry.chapters(), entry.words(),
                        elapsed(start), entry.warnings(), List.of());
                return this;
            }
            Optional<Diagnostic> taken = force ? Optional.empty() : taken(manifest, output, story, editions);
            if (taken.isPresent()) {
                result = taken(story, taken.get(), elapsed(start));
                return this;
            }
            manifest.writing(story.key(), relative(output, editions));
        } catch (IOException | RuntimeException e) {
            result = crashed(story, e, elapsed(start));
            return this;
        }
        result = build(quire, story, output);
        return this;
    }

    /**
     * Builds {@code story} into its folder under {@code output}, all or nothing; a failure of any
     * kind is a failed result, never an exception.
     */
    static StoryResult build(Quire quire, FoundStory story, Path output) {
        long start = System.nanoTime();
        try {
            BookReport report = quire.build(story.source(), output.resolve(story.outputFolder()), story.baseName());
            List<Diagnostic> warnings = new java.util.ArrayList<>();
            story.renamed().ifPresent(warnings::add); // kept in the manifest, so said again while the story is skipped
            report.warnings().stream().map(d -> BatchRun.shown(story, d)).forEach(warnings::add);
            return new StoryResult(story, StoryResult.Status.BUILT, report.files(), report.chapters(), report.words(),
                    elapsed(start), warnings, List.of());
        } catch (StoryException e) {
            List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).map(d -> BatchRun.shown(story, d)).toList();
            List<Diagnostic> warnings = e.diagnostics().stream().filter(d -> !d.isError()).map(d -> BatchRun.shown(story, d)).toList();
            return new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, elapsed(start), warnings, errors);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One story's fault never stops the others; it is reported with its cause. (Markdown
            // nested a thousand levels deep overflows the parser's stack.)
            return crashed(story, e, elapsed(start));
        }
    }

    /** A story that could not be read or written for {@code cause}: failed, with the cause in words. */
    static StoryResult crashed(FoundStory story, Throwable cause, Duration time) {
        return new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, time, List.of(),
                List.of(Diagnostic.error("IO", Location.of(story.shownPath(story.source())),
                        Failure.describe("could not build", cause))));
    }

    /** A story not built because a file where its book would go is not Quire's to replace. */
    static StoryResult taken(FoundStory story, Diagnostic taken, Duration time) {
        return new StoryResult(story, StoryResult.Status.FAILED, List.of(), 0, 0, time, List.of(), List.of(taken));
    }

    /**
     * A file already where a book of this story would go that Quire did not write there (the
     * manifest does not list it), or that was changed since: the writer's own, never replaced
     * without {@code --force}.
     */
    static Optional<Diagnostic> taken(Manifest manifest, Path output, FoundStory story, List<Path> editions)
            throws IOException {
        for (Path edition : editions) {
            if (!Files.exists(edition, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String path = relative(output, List.of(edition)).get(0);
            if (!Files.isRegularFile(edition, LinkOption.NOFOLLOW_LINKS)
                    || !manifest.replaceable(path, OutputFolder.sha256(edition))) {
                return Optional.of(Diagnostic.error("OUTPUT-TAKEN", Location.of(story.shownPath(story.source())),
                        output.resolve(path) + " is already there and is not a book Quire wrote there, or it was changed"
                                + " since; it is never replaced: move or rename it, or build with --force to replace it"));
            }
        }
        return Optional.empty();
    }

    /** Paths relative to the output folder, as the manifest keeps them. */
    static List<String> relative(Path output, List<Path> files) {
        return files.stream().map(f -> OutputFolder.relative(output, f)).toList();
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
