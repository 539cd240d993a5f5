package org.quire.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.quire.importer.Importer;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;

/**
 * The one place that decides what a file or folder is to Quire, for the build, the import, the
 * Maven goals and the up-to-date checks alike:
 *
 * <ul>
 *   <li>a folder with {@code story.yaml}: a story in chapters, whose {@link #parts} are its
 *       metadata, its chapters, its templates and its cover, and nothing else;</li>
 *   <li>a folder holding an unpacked EPUB ({@code META-INF/container.xml} or its
 *       {@code mimetype}): one story, read as the EPUB it was;</li>
 *   <li>a {@code .md} file that starts with front matter: a one-shot (the story reader decides
 *       the rest: a missing title is taken from the first heading or the file name);</li>
 *   <li>{@code .txt}, {@code .md} without front matter, {@code .html}/{@code .htm}/{@code .xhtml},
 *       {@code .epub}, {@code .docx}: a story in another format, imported; but not a read-me,
 *       licence, change log, notes, sources or stats file, and not one imported already (a Quire
 *       story of the same name beside it, {@code foo.md} or {@code foo/} next to {@code foo.txt},
 *       that really came from it: see {@link ImportedAlready}; a different story of the same name
 *       is a story too);</li>
 *   <li>{@code .zip}, {@code .tar.gz}: an archive, read as if unpacked;</li>
 *   <li>a JPEG or PNG: a cover when a one-shot names it, else skipped;</li>
 *   <li>anything else, hidden files, links, {@code target/}: skipped, with the reason.</li>
 * </ul>
 *
 * A file named as an input is taken for what its format says whatever its name: only files met
 * in a folder are judged by their names.
 */
public final class StoryFiles {
    /** What a path is. */
    public enum Kind { STORY_FOLDER, ONE_SHOT, FOREIGN, ARCHIVE, FOLDER, PICTURE, TEMPLATES, SKIPPED }

    /**
     * A path's kind, and for skipped paths why.
     *
     * @param format for {@link Kind#FOREIGN}, the format it is imported from ({@code text}, {@code html}…)
     */
    public record Verdict(Kind kind, String format, String reason) {
        /** A story to build or import. */
        public boolean isStory() {
            return kind == Kind.STORY_FOLDER || kind == Kind.ONE_SHOT || kind == Kind.FOREIGN;
        }
    }

    /**
     * A file inside a story's folder, and whether the story reads it.
     *
     * @param what what it is to the story, or why it is not read
     */
    public record Part(Path file, boolean read, String what) {
    }

    /** Base names of files that travel with stories but are none: read-mes, licences, notes, a corpus's lists. */
    private static final Set<String> NOT_STORIES = Set.of("readme", "license", "licence", "copying", "changelog",
            "changes", "history", "notice", "authors", "contributing", "notes", "todo", "sources", "stats");

    private StoryFiles() {
    }

    /** What {@code path}, met while searching a folder, is. */
    public static Verdict of(Path path) throws IOException {
        Verdict verdict = kind(path);
        if (verdict.kind() != Kind.FOREIGN || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return verdict;
        }
        String name = path.getFileName().toString();
        String base = name.replaceFirst("\\.[^.]*$", "");
        if (NOT_STORIES.contains(base.toLowerCase(Locale.ROOT))) {
            return skipped("a read-me, licence, notes or list file, not a story (name it as an input to import it)");
        }
        Path folder = path.toAbsolutePath().getParent();
        Path oneShot = folder.resolve(base + ".md");
        if (!oneShot.getFileName().toString().equals(name) && Files.isRegularFile(oneShot, LinkOption.NOFOLLOW_LINKS)
                && startsWithFrontMatter(oneShot)) {
            Optional<String> how = ImportedAlready.from(path, oneShot);
            if (how.isPresent()) {
                return skipped("imported already as " + oneShot.getFileName() + how.get() + ", which is built instead");
            }
        }
        Path storyFolder = folder.resolve(base);
        if (Files.isRegularFile(storyFolder.resolve(StoryReader.STORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> how = ImportedAlready.from(path, storyFolder);
            if (how.isPresent()) {
                return skipped("imported already as the story folder " + base + "/" + how.get() + ", which is built instead");
            }
        }
        return verdict;
    }

    /** What {@code path}, named as an input, is: its name does not matter. */
    public static Verdict named(Path path) throws IOException {
        return kind(path);
    }

    private static Verdict kind(Path path) throws IOException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isSymbolicLink(path)) {
            return skipped("a link; links are not followed");
        }
        if (name.startsWith(".")) {
            return skipped("a hidden file");
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(path.resolve(StoryReader.STORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
                return new Verdict(Kind.STORY_FOLDER, "quire", "");
            }
            if (Importer.isUnpackedEpub(path)) {
                return new Verdict(Kind.FOREIGN, "epub", "");
            }
            if (name.equals("templates")) {
                return new Verdict(Kind.TEMPLATES, "", "templates for the books");
            }
            if (name.equals("target")) {
                return skipped("a build folder");
            }
            return new Verdict(Kind.FOLDER, "", "");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return skipped("not a regular file");
        }
        if (lower.endsWith(".zip") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            return new Verdict(Kind.ARCHIVE, "", "");
        }
        if (lower.equals("quire-import.json") || lower.equals("quire-report.json") || lower.equals(".quire-manifest.tsv")) {
            return skipped("a report Quire wrote");
        }
        if (lower.matches(".*\\.(jpe?g|png)$")) {
            return new Verdict(Kind.PICTURE, "", "a picture no story names as its cover");
        }
        Optional<String> format = Importer.formatOf(path);
        if (format.isEmpty()) {
            return skipped(lower.matches(".*\\.(gif|webp|bmp|tiff?|svg)$") ? "a picture Quire cannot use (only JPEG and PNG)"
                    : "not a format Quire reads");
        }
        if (format.get().equals("markdown") && startsWithFrontMatter(path)) {
            return new Verdict(Kind.ONE_SHOT, "quire", "");
        }
        return new Verdict(Kind.FOREIGN, format.get(), "");
    }

    /** True for a path that {@link #named} calls a story of any format. */
    public static boolean isStory(Path path) throws IOException {
        return named(path).isStory();
    }

    /** True for a story that must be imported before the story reader can read it. */
    public static boolean isForeign(Path path) throws IOException {
        return named(path).kind() == Kind.FOREIGN;
    }

    private static Verdict skipped(String reason) {
        return new Verdict(Kind.SKIPPED, "", reason);
    }

    /** Front matter starts with a first line {@code ---} (after a byte-order mark), as {@link FrontMatter} reads it. */
    private static boolean startsWithFrontMatter(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, read, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3);
        }
        return start.startsWith("---\n") || start.startsWith("---\r\n") || start.equals("---");
    }

    /**
     * The picture a one-shot names in {@code cover:}, read by the one front-matter parser, resolved
     * beside the file; empty when it names none or cannot be read (the build reports why).
     */
    public static Optional<Path> coverOf(Path oneShot) {
        try {
            String text = SourceText.read(oneShot);
            FrontMatter parts = FrontMatter.split(oneShot, text);
            if (!parts.present()) {
                return Optional.empty();
            }
            List<Diagnostic> ignored = new ArrayList<>();
            YamlFields fields = YamlSource.parse(oneShot, parts.yaml(), parts.yamlLine(), KeyNames.ONE_SHOT, ignored);
            return fields.text("cover").map(String::strip).filter(c -> !c.isEmpty())
                    .map(c -> oneShot.toAbsolutePath().getParent().resolve(c).normalize());
        } catch (IOException | StoryException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Every file in a story's folder, and what it is to the story: {@code story.yaml}, the
     * chapters (those {@code chapters:} lists, else every {@code .md} file at the top), the
     * templates, the cover it names. Anything else is not read, and says why. In an unpacked
     * EPUB every file is part of the book.
     */
    public static List<Part> parts(Path story) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(story)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .sorted().toList();
        }
        List<Part> parts = new ArrayList<>();
        if (!Files.isRegularFile(story.resolve(StoryReader.STORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
            files.forEach(file -> parts.add(new Part(file, true, "a file of the unpacked EPUB")));
            return parts;
        }
        Path root = story.toAbsolutePath().normalize();
        Set<Path> chapters = new HashSet<>();
        Optional<Path> cover = Optional.empty();
        try {
            Path yaml = story.resolve(StoryReader.STORY_FILE);
            YamlFields fields = YamlSource.parse(yaml, SourceText.read(yaml), 1, KeyNames.STORY, new ArrayList<>());
            fields.locatedTexts("chapters").forEach(c -> chapters.add(root.resolve(c.value()).normalize()));
            cover = fields.text("cover").map(String::strip).filter(c -> !c.isEmpty()).map(c -> root.resolve(c).normalize());
        } catch (StoryException | RuntimeException e) {
            // the build reports what is wrong with story.yaml; the files are still listed
        }
        boolean listed = !chapters.isEmpty();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            String inner = root.relativize(absolute).toString().replace('\\', '/');
            String lower = inner.toLowerCase(Locale.ROOT);
            boolean topMarkdown = lower.endsWith(".md") && !inner.contains("/") && !inner.startsWith(".");
            if (Files.isSymbolicLink(file) && Links.check(root, file, "").isPresent()) {
                parts.add(new Part(file, false, "a link that leads out of the story or nowhere: never read"));
            } else if (inner.equals(StoryReader.STORY_FILE)) {
                parts.add(new Part(file, true, "the story's metadata"));
            } else if (lower.startsWith("templates/")) {
                parts.add(new Part(file, true, "a template of the story"));
            } else if (cover.isPresent() && cover.get().equals(absolute)) {
                parts.add(new Part(file, true, "the story's cover"));
            } else if (listed ? chapters.contains(absolute) : topMarkdown) {
                parts.add(new Part(file, true, "a chapter"));
            } else if (topMarkdown) {
                parts.add(new Part(file, false, "not read: story.yaml's 'chapters' does not list it"));
            } else {
                parts.add(new Part(file, false, "not read: a story folder's chapters are its .md files, its cover"
                        + " the picture story.yaml names, its templates in templates/"));
            }
        }
        return parts;
    }
}
