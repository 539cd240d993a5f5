package org.quire.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.quire.batch.ArchiveLimits;
import org.quire.batch.BatchResult;
import org.quire.batch.BatchRunner;
import org.quire.batch.ShutdownGuard;
import org.quire.batch.StaleFile;
import org.quire.batch.StoryResult;
import org.quire.BuildClock;
import org.quire.Format;
import org.quire.Quire;
import org.quire.importer.NoteSettings;
import org.quire.model.Diagnostic;
import org.quire.write.PdfOptions;
import org.quire.write.TrimSize;

/**
 * Builds every story under {@code storiesDirectory} (folders searched to any depth, archives
 * included) into {@code outputDirectory}, on all cores, skipping stories that have not changed.
 * A bad story fails the build only after the others are built.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractMojo {
    /** The folder of stories: one-shot {@code .md} files and folders with a {@code story.yaml}. */
    @Parameter(property = "quire.storiesDirectory", defaultValue = "${project.basedir}/stories", required = true)
    File storiesDirectory;

    /** Templates and stylesheets that override the built-in theme by file name (used when it exists). */
    @Parameter(property = "quire.templatesDirectory", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    /** Where the books are written, as {@code <slug>.epub} and {@code <slug>.pdf}. */
    @Parameter(property = "quire.outputDirectory", defaultValue = "${project.basedir}/output", required = true)
    File outputDirectory;

    /** The editions to write, comma-separated: {@code epub}, {@code pdf}. */
    @Parameter(property = "quire.formats", defaultValue = "epub,pdf")
    String formats;

    /** The PDF's page size: a5, 6x9in, 5x8in, letter, a4, or a size like 130x200mm. */
    @Parameter(property = "quire.pdf.trimSize", defaultValue = "a5")
    String pdfTrimSize;

    /** Start each chapter of the PDF on a right-hand page. */
    @Parameter(property = "quire.pdf.rectoChapters", defaultValue = "true")
    boolean pdfRectoChapters;

    /** Tag the PDF and declare PDF/UA-1 (accessible PDF). */
    @Parameter(property = "quire.pdf.ua", defaultValue = "true")
    boolean pdfUa;

    /** Make the PDF conform to PDF/A-2u (archival). */
    @Parameter(property = "quire.pdf.a", defaultValue = "true")
    boolean pdfA;

    /** Give every book a cover (generated from cover.ftlx unless the story names a picture). */
    @Parameter(property = "quire.covers", defaultValue = "true")
    boolean covers = true;

    /** How many stories to build at once; 0 means one per processor core. */
    @Parameter(property = "quire.jobs", defaultValue = "0")
    int jobs;

    /** Rebuild every story, even those whose inputs have not changed since the last build. */
    @Parameter(property = "quire.force", defaultValue = "false")
    boolean force;

    /** A folder of TrueType fonts (Family-Regular.ttf, -Italic, -Bold, -BoldItalic) to set the PDF in. */
    @Parameter(property = "quire.pdf.fontsDirectory")
    File pdfFontsDirectory;

    /**
     * How author's notes are found in plain-text stories: guess, edges (first and last paragraphs)
     * or none, for every story, followed by {@code file=mode} entries for single stories:
     * {@code guess,seed.txt=edges}.
     */
    @Parameter(property = "quire.notes", defaultValue = "guess")
    String notes = "guess";

    /** Skips the goal. */
    @Parameter(property = "quire.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when a story has warnings (unknown keys, removed HTML…), after writing it. */
    @Parameter(property = "quire.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** The time stamped into the books, for reproducible builds (ISO-8601 or seconds since 1970). */
    @Parameter(property = "quire.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Quire (quire.skip is true)");
            return;
        }
        Quire quire = Failures.settings(() -> Quire.builder()
                .templates(templatesDirectory.toPath())
                .clock(BuildClock.resolve(outputTimestamp, System.getenv()))
                .formats(parseFormats())
                .pdf(pdfOptions())
                .covers(covers)
                .notes(NoteSettings.parse(notes))
                .build());
        if (!storiesDirectory.isDirectory()) {
            throw new MojoFailureException("No stories folder at " + storiesDirectory
                    + "; create it or set storiesDirectory (quire.storiesDirectory)");
        }
        BatchResult result;
        // Ctrl-C stops the batch cleanly: what finished is kept, the temporaries are removed.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            result = Failures.io(() -> new BatchRunner(quire, jobs, force, ArchiveLimits.DEFAULT)
                            .run(List.of(storiesDirectory.toPath()), outputDirectory.toPath(), new BatchRunner.Listener() {
                                @Override
                                public void finished(StoryResult story) {
                                    logFinished(story);
                                }
                            }),
                    "cannot build the stories in " + storiesDirectory + " into " + outputDirectory);
        }
        if (result.stories().isEmpty()) {
            getLog().warn("No stories in " + storiesDirectory + "; add <slug>.md files or folders with story.yaml");
        }
        result.skipped().forEach(file -> getLog().info("Skipped " + file.shown() + ": " + file.what()));
        for (StaleFile stale : result.stale()) {
            if (stale.removed()) {
                getLog().info("Removed " + BookLine.shown(stale.file(), outputDirectory.toPath()) + ": " + stale.reason());
            } else {
                getLog().warn("Kept " + BookLine.shown(stale.file(), outputDirectory.toPath()) + ": " + stale.reason()
                        + "; it was changed since Quire wrote it, so it is yours now");
            }
        }
        Failures.check(result, failOnWarnings);
    }

    /** Called from the building threads; Maven's log is thread-safe. Each problem is logged once, under its story. */
    private void logFinished(StoryResult story) {
        story.warnings().forEach(warning -> getLog().warn(warning.toString()));
        story.errors().forEach(error -> getLog().error(error.toString()));
        switch (story.status()) {
            case BUILT -> getLog().info(BookLine.of(story, outputDirectory.toPath()));
            case SKIPPED -> getLog().info(story.story().shown() + " is up to date (quire.force rebuilds it)"
                    + (story.warnings().isEmpty() ? "" : "; the warnings above are from its last build"));
            case FAILED -> getLog().error(story.story().shown() + " failed with " + story.errors().size()
                    + (story.errors().size() == 1 ? " error" : " errors"));
        }
    }

    private PdfOptions pdfOptions() {
        PdfOptions options = PdfOptions.DEFAULT.withTrim(TrimSize.parse(pdfTrimSize))
                .withRectoChapters(pdfRectoChapters).withStandards(pdfUa, pdfA);
        return pdfFontsDirectory == null ? options : options.withFonts(pdfFontsDirectory.toPath());
    }

    private Set<Format> parseFormats() {
        return Arrays.stream(formats.split(","))
                .filter(name -> !name.isBlank())
                .map(Format::parse)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Format.class)));
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
