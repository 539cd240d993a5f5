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
import org.quire.read.StoryReader;
import org.quire.render.Renderer;
import org.quire.render.Theme;
import org.quire.write.AtomicOutput;
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
    private final java.util.Map<List<Path>, Renderer> renderers = new java.util.concurrent.ConcurrentHashMap<>();

    private Quire(Builder builder) {
        this.templates = List.copyOf(builder.templates);
        this.clock = builder.clock;
        this.formats = Set.copyOf(builder.formats);
        this.pdf = builder.pdf;
        this.covers = builder.covers;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads, lays out and writes one story into {@code outputFolder} as {@code <slug>.epub} and {@code <slug>.pdf}.
     *
     * @throws StoryException the story or a template is wrong; nothing was written
     * @throws IOException reading or writing failed; nothing half-written is left
     */
    public BookReport build(Path story, Path outputFolder) throws IOException, StoryException {
        return build(story, outputFolder, null);
    }

    /**
     * Like {@link #build(Path, Path)}, with the editions named {@code baseName} instead of the
     * story's slug (the batch engine keeps names unique this way).
     */
    public BookReport build(Path story, Path outputFolder, String baseName) throws IOException, StoryException {
        long start = System.nanoTime();
        Story parsed = new StoryReader().read(story);
        Story read = baseName == null ? parsed
                : new Story(baseName, parsed.source(), parsed.metadata(), parsed.chapters(), parsed.warnings());
        Renderer renderer = renderer(themeFolders(read));
        List<Path> files = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>(read.warnings());
        Optional<CoverMaker.Cover> cover = Optional.empty();
        if (covers && !formats.isEmpty()) {
            cover = Optional.of(new CoverMaker(renderer).make(read));
            warnings.addAll(cover.get().warnings());
        }
        Optional<CoverMaker.Cover> theCover = cover;
        if (formats.contains(Format.EPUB)) {
            Path epub = outputFolder.resolve(read.slug() + ".epub");
            AtomicOutput.write(epub, out -> new EpubWriter(renderer).write(read, clock, theCover, out));
            files.add(epub);
        }
        if (formats.contains(Format.PDF)) {
            Path file = outputFolder.resolve(read.slug() + ".pdf");
            AtomicOutput.write(file, out -> warnings.addAll(new PdfWriter(renderer, pdf).write(read, clock, theCover, out)));
            files.add(file);
        }
        if (cover.isPresent()) {
            Path thumbnail = outputFolder.resolve(read.slug() + "-cover.jpg");
            byte[] small = cover.get().thumbnail();
            AtomicOutput.write(thumbnail, out -> out.write(small));
            files.add(thumbnail);
        }
        return new BookReport(story, read.slug(), files, read.chapters().size(), read.words(),
                Duration.ofNanos(System.nanoTime() - start), warnings);
    }

    /** The files a build writes for a story named {@code baseName}, in {@code folder}. */
    public List<Path> editions(Path folder, String baseName) {
        List<Path> files = new ArrayList<>();
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                files.add(folder.resolve(baseName + "." + format.extension()));
            }
        }
        if (covers && !formats.isEmpty()) {
            files.add(folder.resolve(baseName + "-cover.jpg"));
        }
        return files;
    }

    /** Everything about this configuration that changes the bytes of a book, for up-to-date checks. */
    public String fingerprint() {
        // Not the clock: a book whose text and design did not change is up to date whenever it was made.
        return "formats=" + new java.util.TreeSet<>(formats) + " covers=" + covers + " pdf=" + pdf;
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
        Renderer cached = renderers.get(folders);
        if (cached == null) {
            cached = new Renderer(new Theme(folders));
            renderers.put(folders, cached);
        }
        return cached;
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

    /** The stories directly in {@code folder}: {@code *.md} one-shots and folders with {@code story.yaml}. */
    public static List<Path> findStories(Path folder) throws IOException {
        return StoryFinder.find(folder);
    }

    /** Configures a {@link Quire}. */
    public static final class Builder {
        private final List<Path> templates = new ArrayList<>();
        private Instant clock = Instant.now();
        private Set<Format> formats = EnumSet.of(Format.EPUB, Format.PDF);
        private PdfOptions pdf = PdfOptions.DEFAULT;
        private boolean covers = true;

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

        public Quire build() {
            return new Quire(this);
        }
    }
}
