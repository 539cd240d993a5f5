package org.quire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quire.write.CoverMaker;
import java.util.Set;
import org.quire.model.Story;
import org.quire.model.StoryException;
import org.quire.importer.ImportedStory;
import org.quire.importer.Importer;
import org.quire.importer.NoteMode;
import org.quire.importer.NoteSettings;
import org.quire.importer.Slugs;
import org.quire.importer.SourceWriter;
import org.quire.read.Links;
import org.quire.read.StoryFiles;
import org.quire.read.StoryReader;
import org.quire.render.Renderer;
import org.quire.render.Theme;
import org.quire.write.StagedFiles;
import org.quire.write.TemporaryFiles;
import org.quire.write.EpubWriter;
import org.quire.write.PdfOptions;
import org.quire.write.PdfWriter;
import org.quire.model.Diagnostic;

/**
 * Quire's entry point: builds the editions of one story at a time. Immutable and safe to share
 * between threads; make one with {@link #builder()}.
 *
 * <pre>{@code
 * Quire quire = Quire.builder().templates(Path.of("templates")).clock(instant).build();
 * BookReport report = quire.build(Path.of("stories/our-place.md"), Path.of("output"));
 * }</pre>
 */
public final class Quire {
    private final List<Path> templates;
    private final Instant clock;
    private final Set<Format> formats;
    private final PdfOptions pdf;
    private final boolean covers;
    private final Importer importer;
    private final java.util.Map<List<Path>, Renderer> renderers = new java.util.concurrent.ConcurrentHashMap<>();

    private Quire(Builder builder) {
        this.templates = List.copyOf(builder.templates);
        this.clock = builder.clock;
        this.formats = Set.copyOf(builder.formats);
        this.pdf = builder.pdf;
        this.covers = builder.covers;
        this.importer = new Importer(builder.notes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads, lays out and writes one story into {@code outputFolder} as {@code <slug>.epub} and {@code <slug>.pdf}.
     *
     * @throws StoryException the story or a template is wrong; nothing was written, and the
     *     books already in {@code outputFolder} stay as they were
     * @throws IOException reading or writing failed; nothing half-written is left, and no edition
     *     replaced an earlier one unless all did
     */
    public BookReport build(Path story, Path outputFolder) throws IOException, StoryException {
        return build(story, outputFolder, null);
    }

    /**
     * Like {@link #build(Path, Path)}, with the editions named {@code baseName} instead of the
     * story's slug (the batch engine keeps names unique this way).
     */
    public BookReport build(Path story, Path outputFolder, String baseName) throws IOException, StoryException {
        if (!StoryFiles.isForeign(story)) {
            return buildSource(story, story, outputFolder, baseName);
        }
        // A file in another format is imported into a private folder, never beside the writer's
        // files, and read from there by the same story reader as any Quire source.
        ImportedStory imported = importer.read(story);
        Path scratch = TemporaryFiles.folder(outputFolder, "import");
        try {
            SourceWriter.Written written = SourceWriter.write(imported, scratch, Slugs.of(imported.title()), false);
            OriginalLines lines = new OriginalLines(scratch, story, written);
            try {
                BookReport report = buildSource(written.source(), story, outputFolder,
                        baseName != null ? baseName : Slugs.of(imported.title()));
                List<Diagnostic> warnings = new ArrayList<>(imported.warnings());
                report.warnings().stream().map(lines::map).forEach(warnings::add);
                return new BookReport(story, report.slug(), report.files(), report.chapters(), report.words(),
                        report.time(), warnings);
            } catch (StoryException e) {
                List<Diagnostic> all = new ArrayList<>(imported.warnings());
                e.diagnostics().stream().map(lines::map).forEach(all::add);
                throw new StoryException(all);
            }
        } finally {
            TemporaryFiles.delete(scratch);
        }
    }

    private BookReport buildSource(Path source, Path story, Path outputFolder, String baseName)
            throws IOException, StoryException {
        long start = System.nanoTime();
        Story parsed = new StoryReader(language -> {
            if (formats.contains(Format.PDF)) {
                org.quire.write.PdfWarmUp.start(language);
            }
        }).read(source);
        Story read = baseName == null ? parsed
                : new Story(baseName, parsed.source(), parsed.metadata(), parsed.chapters(), parsed.warnings());
        List<Diagnostic> links = templateLinks(read);
        if (!links.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(read.warnings());
            all.addAll(links);
            throw new StoryException(all);
        }
        Renderer renderer = renderer(themeFolders(read));
        List<Diagnostic> warnings = new ArrayList<>(read.warnings());
        Optional<CoverMaker.Cover> cover = makesCover() ? Optional.of(new CoverMaker(renderer).make(read)) : Optional.empty();
        cover.ifPresent(c -> warnings.addAll(c.warnings()));
        // All or nothing: every edition is staged, and moved into place only when all were written.
        try (StagedFiles staged = new StagedFiles()) {
            for (Format format : Format.values()) {
                if (formats.contains(format)) {
                    staged.write(edition(outputFolder, read.slug(), format), out -> {
                        switch (format) {
                            case EPUB -> new EpubWriter(renderer).write(read, clock, cover, out);
                            case PDF -> warnings.addAll(new PdfWriter(renderer, pdf).write(read, clock, cover, out));
                        }
                    });
                }
            }
            if (cover.isPresent()) {
                staged.write(thumbnail(outputFolder, read.slug()), out -> out.write(cover.get().thumbnail()));
            }
            staged.commit();
        }
        List<Path> files = editions(outputFolder, read.slug());
        // The cover and the PDF may both warn about one character of the title: once is enough.
        return new BookReport(story, read.slug(), files, read.chapters().size(), read.words(),
                Duration.ofNanos(System.nanoTime() - start), List.copyOf(new java.util.LinkedHashSet<>(warnings)));
    }

    /** The files a build writes for a story named {@code baseName}, in {@code folder}, in writing order. */
    public List<Path> editions(Path folder, String baseName) {
        List<Path> files = new ArrayList<>();
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                files.add(edition(folder, baseName, format));
            }
        }
        if (makesCover()) {
            files.add(thumbnail(folder, baseName));
        }
        return files;
    }

    private static Path edition(Path folder, String baseName, Format format) {
        return folder.resolve(baseName + "." + format.extension());
    }

    private static Path thumbnail(Path folder, String baseName) {
        return folder.resolve(baseName + "-cover.jpg");
    }

    private boolean makesCover() {
        return covers && !formats.isEmpty();
    }

    /** Everything about this configuration that changes the bytes of a book, for up-to-date checks. */
    public String fingerprint() {
        // Not the clock: a book whose text and design did not change is up to date whenever it was made.
        return "formats=" + new java.util.TreeSet<>(formats) + " covers=" + covers + " pdf=" + pdf;
    }

    /**
     * Everything about this configuration that changes the bytes of the book of {@code story}:
     * {@link #fingerprint()}, and for a story in another format how it is imported.
     */
    public String fingerprint(Path story) throws IOException {
        return fingerprint() + (StoryFiles.isForeign(story) ? " import " + importer.fingerprint(story) : "");
    }

    /** The project's template folders, first wins. */
    public List<Path> templateFolders() {
        return templates;
    }

    /**
     * One renderer per set of template folders: FreeMarker parses and caches each template once
     * and is safe to share, so a batch of a thousand stories does not parse the theme a thousand times.
     */
    private Renderer renderer(List<Path> folders) throws IOException {
        try {
            return renderers.computeIfAbsent(folders, key -> {
                try {
                    return new Renderer(new Theme(key));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A template reached through a link that leads out of the story's folder (or, for the
     * project's templates, out of their folder) is an error at that link: FreeMarker would refuse
     * it in silence and lay the book out with the built-in theme.
     */
    private List<Diagnostic> templateLinks(Story story) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        if (Files.isDirectory(story.source())) {
            problems.addAll(Links.leavingIn(story.source(), story.source().resolve("templates"), "template"));
        }
        for (Path folder : templates) {
            problems.addAll(Links.leavingIn(folder, folder, "template"));
        }
        return problems;
    }

    /** Layered overrides: the story's own {@code templates/}, then the project's, then the built-in theme. */
    private List<Path> themeFolders(Story story) {
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(story.source())) {
            folders.add(story.source().resolve("templates"));
        }
        folders.addAll(templates);
        return folders;
    }

    /** Configures a {@link Quire}. */
    public static final class Builder {
        private final List<Path> templates = new ArrayList<>();
        private Instant clock = Instant.now();
        private Set<Format> formats = EnumSet.of(Format.EPUB, Format.PDF);
        private PdfOptions pdf = PdfOptions.DEFAULT;
        private boolean covers = true;
        private NoteSettings notes = NoteSettings.GUESS;

        /** A folder of templates overriding the built-in theme by file name; ignored when it does not exist. */
        public Builder templates(Path folder) {
            templates.add(Objects.requireNonNull(folder));
            return this;
        }

        /** Several template folders at once, first wins. */
        public Builder templatesAll(List<Path> folders) {
            folders.forEach(this::templates);
            return this;
        }

        /** The build clock; see {@link BuildClock}. */
        public Builder clock(Instant value) {
            clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder formats(Set<Format> value) {
            formats = EnumSet.copyOf(value);
            return this;
        }

        /** Page size, chapter openings, standards and fonts of the PDF edition. */
        public Builder pdf(PdfOptions value) {
            pdf = Objects.requireNonNull(value);
            return this;
        }

        /** Whether books get a cover (generated from cover.ftlx unless the story names a picture). */
        public Builder covers(boolean value) {
            covers = value;
            return this;
        }

        /** How author's notes are found in plain-text stories; see {@link NoteMode}. */
        public Builder notes(NoteMode value) {
            return notes(NoteSettings.of(value));
        }

        /** How author's notes are found in plain-text stories, story by story; see {@link NoteSettings}. */
        public Builder notes(NoteSettings value) {
            notes = Objects.requireNonNull(value);
            return this;
        }

        public Quire build() {
            return new Quire(this);
        }
    }
}
