package org.quire.maven;

import java.io.File;
import java.io.IOException;
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
import org.quire.Batch;
import org.quire.BookReport;
import org.quire.BuildClock;
import org.quire.Format;
import org.quire.Quire;
import org.quire.model.Diagnostic;
import org.quire.write.PdfOptions;
import org.quire.write.TrimSize;

/** Builds every story in {@code storiesDirectory} into its editions in {@code outputDirectory}. */
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

    /** A folder of TrueType fonts (Family-Regular.ttf, -Italic, -Bold, -BoldItalic) to set the PDF in. */
    @Parameter(property = "quire.pdf.fontsDirectory")
    File pdfFontsDirectory;

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
                .build());
        List<Path> stories = Failures.io(() -> Quire.findStories(storiesDirectory.toPath()),
                "cannot list the stories in " + storiesDirectory + " (storiesDirectory)");
        if (stories.isEmpty()) {
            getLog().warn("No stories in " + storiesDirectory + "; add <slug>.md files or folders with story.yaml");
        }
        Path output = outputDirectory.toPath();
        Batch.Result result = new Batch(quire).build(stories, output, this::logBuilt, failure ->
                failure.diagnostics().forEach(d -> getLog().error(d.toString())));
        Failures.check(result, failOnWarnings);
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

    private void logBuilt(BookReport report) {
        report.warnings().forEach(warning -> getLog().warn(warning.toString()));
        getLog().info(BookLine.of(report, outputDirectory.toPath()));
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
