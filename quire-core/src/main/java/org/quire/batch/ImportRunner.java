package org.quire.batch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.quire.importer.ImportedStory;
import org.quire.importer.Importer;
import org.quire.importer.NoteSettings;
import org.quire.importer.SourceWriter;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;
import org.quire.model.Story;
import org.quire.read.StoryFiles;
import org.quire.write.TemporaryFiles;
import org.quire.read.StoryReader;

/**
 * The {@code import} command behind the command line and {@code quire:import}: finds stories in
 * the inputs as a build does, writes each as Quire source into the output folder (mirroring the
 * input tree), never overwrites a story unless forced, and writes {@code quire-import.json}.
 */
public final class ImportRunner {
    private final Importer importer;
    private final boolean force;
    private final ArchiveLimits limits;
    private final int jobs;

    /** An import on every core. */
    public ImportRunner(NoteSettings notes, boolean force, ArchiveLimits limits) {
        this(notes, force, limits, Runtime.getRuntime().availableProcessors());
    }

    /** An import of {@code jobs} stories at once; each is read, written and read back on its own. */
    public ImportRunner(NoteSettings notes, boolean force, ArchiveLimits limits, int jobs) {
        this.importer = new Importer(notes);
        this.force = force;
        this.limits = limits;
        this.jobs = Math.max(1, jobs);
    }

    public ImportResult run(List<Path> inputs, Path output) throws IOException {
        Path scratch = TemporaryFiles.folder(Path.of(System.getProperty("java.io.tmpdir")), "unpacked");
        try {
            StoryFinder finder = new StoryFinder(scratch, limits);
            List<FoundStory> stories = finder.find(inputs);
            List<ImportResult.Entry> entries = importAll(stories, output);
            ImportResult result = new ImportResult(entries, finder.refused(), finder.files());
            Files.createDirectories(output);
            ImportReport.write(result, output);
            return result;
        } finally {
            TemporaryFiles.delete(scratch);
        }
    }

    /**
     * Imports on {@code jobs} threads; the finder gave every story its own output name, so no two
     * write the same file. The entries keep the order the stories were found in.
     */
    private List<ImportResult.Entry> importAll(List<FoundStory> stories, Path output) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(jobs);
        try {
            List<java.util.concurrent.Future<ImportResult.Entry>> futures = new ArrayList<>();
            for (FoundStory story : stories) {
                futures.add(pool.submit(() -> importOne(story, output.resolve(story.outputFolder()))));
            }
            List<ImportResult.Entry> entries = new ArrayList<>();
            for (java.util.concurrent.Future<ImportResult.Entry> future : futures) {
                entries.add(future.get());
            }
            return entries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a story's import crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ImportResult.Entry importOne(FoundStory story, Path folder) {
        try {
            StoryFiles.Verdict verdict = StoryFiles.named(story.source());
            if (verdict.kind() != StoryFiles.Kind.FOREIGN) {
                boolean archiveRoot = story.unpackedFrom() != null && story.source().equals(story.unpackedFrom().folder());
                Path target = folder.resolve(archiveRoot ? story.baseName() : story.source().getFileName().toString());
                copy(story.source(), target);
                return new ImportResult.Entry(story.shown(), "quire", ImportResult.Status.COPIED, target, 0, 0,
                        List.of(), List.of());
            }
            ImportedStory imported = importer.read(story.source());
            SourceWriter.Written written = SourceWriter.write(imported, folder, story.baseName(), force);
            // Read back by the one story reader: the counts are the build's, and a source the
            // build could not read is caught here, at the files the writer will edit.
            Story read;
            try {
                read = new StoryReader().read(written.source());
            } catch (StoryException e) {
                List<Diagnostic> warnings = new ArrayList<>(imported.warnings().stream().map(d -> shown(story, d)).toList());
                e.diagnostics().stream().filter(d -> !d.isError()).forEach(warnings::add);
                return new ImportResult.Entry(story.shown(), imported.format(), ImportResult.Status.FAILED,
                        written.source(), 0, 0, warnings, e.diagnostics().stream().filter(Diagnostic::isError).toList());
            }
            List<Diagnostic> warnings = new ArrayList<>();
            story.renamed().ifPresent(warnings::add); // same.txt beside a different same.md: written as same-2.md
            imported.warnings().stream().map(d -> shown(story, d)).forEach(warnings::add);
            warnings.addAll(read.warnings());
            return new ImportResult.Entry(story.shown(), imported.format(), ImportResult.Status.IMPORTED,
                    written.source(), read.chapters().size(), read.words(), warnings, List.of());
        } catch (FileAlreadyExistsException e) {
            return failed(story, Diagnostic.error("IMPORT-EXISTS", Location.of(Path.of(e.getFile())),
                    "a story is already there; it was not overwritten (use --force to replace it)"), ImportResult.Status.EXISTS);
        } catch (StoryException e) {
            return new ImportResult.Entry(story.shown(), "", ImportResult.Status.FAILED, null, 0, 0,
                    e.diagnostics().stream().filter(d -> !d.isError()).map(d -> shown(story, d)).toList(),
                    e.diagnostics().stream().filter(Diagnostic::isError).map(d -> shown(story, d)).toList());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(story, Diagnostic.error("IO", Location.of(story.shownPath(story.source())),
                    Failure.describe("could not import", e)), ImportResult.Status.FAILED);
        }
    }

    private static ImportResult.Entry failed(FoundStory story, Diagnostic error, ImportResult.Status status) {
        return new ImportResult.Entry(story.shown(), "", status, null, 0, 0, List.of(), List.of(error));
    }

    private static Diagnostic shown(FoundStory story, Diagnostic diagnostic) {
        Location at = diagnostic.location();
        return new Diagnostic(diagnostic.severity(), diagnostic.code(),
                new Location(story.shownPath(at.file()), at.line(), at.column()), diagnostic.message());
    }

    /**
     * A Quire story is copied as it is, file by file; links were never followed to find it. A
     * one-shot's cover goes beside it; neither replaces a file already there without
     * {@code --force} (another story's cover may have the same name).
     */
    private void copy(Path source, Path target) throws IOException {
        Optional<Path> cover = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS) ? Optional.empty()
                : StoryFiles.coverOf(source).filter(c -> Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS));
        Optional<Path> coverTarget = cover.map(c -> target.resolveSibling(c.getFileName()));
        for (Path existing : coverTarget.isPresent() ? List.of(target, coverTarget.get()) : List.of(target)) {
            if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !force) {
                throw new FileAlreadyExistsException(existing.toString());
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            TemporaryFiles.deleteTree(target);
        }
        Files.createDirectories(target.getParent());
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
            if (cover.isPresent()) {
                Files.copy(cover.get(), coverTarget.get(), StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            }
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }
}
