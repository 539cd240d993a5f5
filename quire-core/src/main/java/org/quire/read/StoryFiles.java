package org.quire.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quire.importer.Importer;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;

/**
 * The one place that decides what a file or folder is to Quire, for the build, the import, the
 * Maven goals and the up-to-date checks alike:
 *
 * <ul>
 *   <li>a folder with {@code story.yaml}: a story in chapters;</li>
 *   <li>a {@code .md} file that starts with front matter: a one-shot (the story reader decides
 *       the rest: a missing title is taken from the first heading or the file name);</li>
 *   <li>{@code .txt}, {@code .md} without front matter, {@code .html}/{@code .htm}, {@code .epub},
 *       {@code .docx}: a story in another format, imported;</li>
 *   <li>{@code .zip}, {@code .tar.gz}: an archive, read as if unpacked;</li>
 *   <li>a JPEG or PNG: a cover when a one-shot beside it names it, else skipped;</li>
 *   <li>anything else, hidden files, links, {@code target/}, read-me and licence files: skipped,
 *       with the reason.</li>
 * </ul>
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

    private static final Set<String> NOT_STORIES = Set.of("readme", "license", "licence", "copying", "changelog",
            "notice", "authors", "contributing");

    private StoryFiles() {
    }

    public static Verdict of(Path path) throws IOException {
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
        if (NOT_STORIES.contains(lower.replaceFirst("\\.[^.]*$", ""))) {
            return skipped("a read-me or licence, not a story");
        }
        if (format.get().equals("markdown") && startsWithFrontMatter(path)) {
            return new Verdict(Kind.ONE_SHOT, "quire", "");
        }
        return new Verdict(Kind.FOREIGN, format.get(), "");
    }

    /** True for a path that {@link #of} calls a story of any format. */
    public static boolean isStory(Path path) throws IOException {
        return of(path).isStory();
    }

    /** True for a story that must be imported before the story reader can read it. */
    public static boolean isForeign(Path path) throws IOException {
        return of(path).kind() == Kind.FOREIGN;
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
}
