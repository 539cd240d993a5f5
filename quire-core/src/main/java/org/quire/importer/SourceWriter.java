package org.quire.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ImportedStory} as Quire source: a one-shot as {@code <name>.md} with front
 * matter (and its cover as {@code <name>-cover.jpg} beside it), a story in chapters as a folder
 * {@code <name>/} with {@code story.yaml}, one {@code NN-slug.md} per chapter with its own front
 * matter, and {@code cover.jpg}. Nothing is ever overwritten unless asked.
 */
public final class SourceWriter {
    /**
     * The YAML comment, after {@code # }, that opens a one-shot's front matter and a story's
     * {@code story.yaml}, followed by the file name the story was imported from: so a build of
     * the folder knows the {@code foo.txt} beside {@code foo.md} is its source, passed over, and
     * not a different story of the same name (org.quire.read.ImportedAlready).
     */
    public static final String MARK = "imported by Quire from ";

    /**
     * What was written.
     *
     * @param source the one-shot file or story folder, to be read by the story reader
     * @param files every file written
     * @param chapters for each chapter file, the chapter written into it
     * @param bodyLines for each chapter file, the line its chapter's text starts on (1-based)
     */
    public record Written(Path source, List<Path> files, Map<Path, ImportedChapter> chapters,
                          Map<Path, Integer> bodyLines) {
        /**
         * The line of the original file that {@code line} of the written {@code file} came from:
         * exactly for text whose reader kept its lines, else where its chapter starts there.
         */
        public int originalLine(Path file, int line) {
            ImportedChapter chapter = chapters.get(file);
            if (chapter == null) {
                return 0;
            }
            return chapter.originalLine(line - bodyLines.getOrDefault(file, 1) + 1);
        }
    }

    /** The story's path as it would be written into {@code folder}: {@code name.md} or {@code name/}. */
    public static Path target(ImportedStory story, Path folder, String name) {
        return story.oneShot() ? folder.resolve(name + ".md") : folder.resolve(name);
    }

    /**
     * Writes {@code story} into {@code folder} under {@code name}.
     *
     * @param overwrite replace a story of the same name; without it an existing one is an error
     * @throws java.nio.file.FileAlreadyExistsException the story exists and {@code overwrite} is false
     */
    public static Written write(ImportedStory story, Path folder, String name, boolean overwrite) throws IOException {
        Path target = target(story, folder, name);
        List<Path> taken = new ArrayList<>(List.of(target));
        if (story.oneShot() && story.cover().isPresent()) {
            taken.add(folder.resolve(name + "-cover." + story.cover().get().extension()));
        }
        for (Path path : taken) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
                throw new java.nio.file.FileAlreadyExistsException(path.toString(), null,
                        "a file of that name is already there; use --force to replace it");
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            delete(target);
        }
        Files.createDirectories(folder);
        return story.oneShot() ? oneShot(story, folder, name) : chapters(story, target);
    }

    private static Written oneShot(ImportedStory story, Path folder, String name) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>(story.metadata());
        List<Path> files = new ArrayList<>();
        if (story.cover().isPresent()) {
            Path cover = folder.resolve(name + "-cover." + story.cover().get().extension());
            Files.write(cover, story.cover().get().bytes());
            metadata.put("cover", cover.getFileName().toString());
            files.add(cover);
        }
        ImportedChapter chapter = story.chapters().get(0);
        Path file = folder.resolve(name + ".md");
        String front = frontMatter(mark(story) + YamlWriter.write(metadata));
        write(file, front + chapter.body().strip() + "\n");
        files.add(0, file);
        return new Written(file, files, Map.of(file, chapter), Map.of(file, lineCount(front) + 1));
    }

    private static Written chapters(ImportedStory story, Path target) throws IOException {
        Files.createDirectories(target);
        Map<String, Object> metadata = new LinkedHashMap<>(story.metadata());
        List<Path> files = new ArrayList<>();
        Map<Path, ImportedChapter> written = new LinkedHashMap<>();
        Map<Path, Integer> lines = new LinkedHashMap<>();
        if (story.cover().isPresent()) {
            Path cover = target.resolve("cover." + story.cover().get().extension());
            Files.write(cover, story.cover().get().bytes());
            metadata.put("cover", cover.getFileName().toString());
            files.add(cover);
        }
        Path yaml = target.resolve("story.yaml");
        write(yaml, mark(story) + YamlWriter.write(metadata));
        files.add(0, yaml);
        int digits = Math.max(2, String.valueOf(story.chapters().size()).length());
        int number = 0;
        for (ImportedChapter chapter : story.chapters()) {
            number++;
            String slug = Slugs.of(chapter.title().isBlank() ? "chapter" : chapter.title());
            // Locale.ROOT: under ar-EG "%02d" writes ٠١, and the chapter files would sort by the wrong digits.
            Path file = target.resolve(String.format(java.util.Locale.ROOT, "%0" + digits + "d-%s.md", number, slug));
            Map<String, Object> front = new LinkedHashMap<>();
            put(front, "title", chapter.title());
            put(front, "summary", chapter.summary());
            put(front, "notes", chapter.notes());
            put(front, "end_notes", chapter.endNotes());
            String header = front.isEmpty() ? "" : frontMatter(YamlWriter.write(front));
            write(file, header + chapter.body().strip() + "\n");
            files.add(file);
            written.put(file, chapter);
            lines.put(file, lineCount(header) + 1);
        }
        return new Written(target, files, written, lines);
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (!value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static String frontMatter(String yaml) {
        return "---\n" + yaml + "---\n";
    }

    /** {@code # imported by Quire from foo.txt}: a file name of one line (no line break can end the comment early). */
    private static String mark(ImportedStory story) {
        Path name = story.origin().getFileName();
        return name == null ? "" : "# " + MARK + name.toString().replaceAll("[\\r\\n]+", " ") + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void delete(Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);
            return;
        }
        try (var walk = Files.walk(target)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
