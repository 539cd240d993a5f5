package org.quire.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.quire.markdown.MarkdownConverter;
import org.quire.model.Chapter;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.Metadata;
import org.quire.model.Story;
import org.quire.model.StoryException;

/**
 * The read stage: a story file or folder in, a {@link Story} out. Every problem found in the
 * story is collected, so one failed build lists them all.
 *
 * <p>A one-shot is {@code <slug>.md} with the story's metadata as front matter. A multi-chapter
 * story is a folder {@code <slug>/} holding {@code story.yaml} and chapter files, read in the
 * order of its {@code chapters:} list or else in natural file-name order.
 */
public final class StoryReader {
    public static final String STORY_FILE = "story.yaml";

    private final java.util.function.Consumer<String> languageRead;

    public StoryReader() {
        this(language -> { });
    }

    /**
     * @param languageRead told the story's language (BCP 47) as soon as the front matter is read,
     *     before the chapters are converted, so that a caller can prepare for it meanwhile
     */
    public StoryReader(java.util.function.Consumer<String> languageRead) {
        this.languageRead = languageRead;
    }

    public Story read(Path source) throws IOException, StoryException {
        List<Diagnostic> sink = new ArrayList<>();
        Story story = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)
                ? readFolder(source, sink) : readOneShot(source, sink);
        if (sink.stream().anyMatch(Diagnostic::isError)) {
            throw new StoryException(sink);
        }
        return story;
    }

    /** True when {@code path} looks like a story this reader takes: a {@code .md} file or a folder with {@code story.yaml}. */
    public static boolean isStory(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return Files.isRegularFile(path.resolve(STORY_FILE), LinkOption.NOFOLLOW_LINKS);
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && path.getFileName().toString().endsWith(".md");
    }

    private Story readOneShot(Path file, List<Diagnostic> sink) throws IOException, StoryException {
        String text = SourceText.read(file);
        FrontMatter parts = FrontMatter.split(file, text);
        if (!parts.present()) {
            throw new StoryException(Diagnostic.error("NO-FRONT-MATTER", Location.of(file, 1),
                    "a one-shot starts with its metadata between '---' lines, at least '---', 'title: My Story', '---'"));
        }
        YamlFields fields = YamlSource.parse(file, parts.yaml(), parts.yamlLine(), KeyNames.ONE_SHOT, sink);
        MetadataBinder binder = new MetadataBinder(sink);
        String language = binder.language(fields);
        languageRead.accept(language);
        MarkdownConverter markdown = MarkdownConverter.forLanguage(language);
        Metadata metadata = binder.bind(fields, language, markdown, fallbackTitle(file, parts.body()));
        if (parts.body().isBlank()) {
            throw new StoryException(withError(sink, Diagnostic.error("EMPTY-STORY",
                    Location.of(file, parts.bodyLine()), "the story has no text; write it below the front matter")));
        }
        Chapter chapter = new ChapterReader(markdown, sink).oneShot(file, metadata.title(), parts.body(), parts.bodyLine());
        return new Story(slug(file), file, metadata, List.of(chapter), warnings(sink));
    }

    /** A one-shot without a title in its front matter is named by its first {@code # Heading}, else its file name. */
    private static MetadataBinder.Fallback fallbackTitle(Path file, String body) {
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            java.util.Optional<org.quire.markdown.AtxHeading> heading = org.quire.markdown.AtxHeading.of(line);
            if (heading.isPresent() && heading.get().level() == 1) {
                return new MetadataBinder.Fallback(heading.get().text(), "first heading");
            }
            break;
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.md$", "").replaceAll("[_\\s]+", " ").strip();
        return new MetadataBinder.Fallback(name.isEmpty() ? "Untitled" : name, "file name");
    }

    private Story readFolder(Path folder, List<Diagnostic> sink) throws IOException, StoryException {
        Path storyFile = folder.resolve(STORY_FILE);
        if (!Files.isRegularFile(storyFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoryException(Diagnostic.error("NO-STORY-YAML", Location.of(folder),
                    "a multi-chapter story folder needs a story.yaml with at least 'title: My Story'"));
        }
        YamlFields fields = YamlSource.parse(storyFile, SourceText.read(storyFile), 1, KeyNames.STORY, sink);
        MetadataBinder binder = new MetadataBinder(sink);
        String language = binder.language(fields);
        languageRead.accept(language);
        MarkdownConverter markdown = MarkdownConverter.forLanguage(language);
        Metadata metadata = binder.bind(fields, language, markdown);
        List<Path> files = fields.has("chapters") ? listed(folder, fields, sink) : found(folder, sink);
        if (files.isEmpty() && sink.stream().noneMatch(Diagnostic::isError)) {
            throw new StoryException(withError(sink, fields.has("chapters")
                    ? Diagnostic.error("EMPTY-STORY", fields.location("chapters"),
                            "'chapters' lists no file; name the chapter files, or remove the key to take every .md file")
                    : Diagnostic.error("EMPTY-STORY", Location.of(storyFile, 1),
                            "the story has no chapters; add chapter files such as 1-beginning.md beside story.yaml")));
        }
        List<Chapter> read = readChapters(files, markdown, sink);
        return new Story(slug(folder), folder, metadata, read, warnings(sink));
    }

    private record Outcome(Chapter chapter, List<Diagnostic> diagnostics) {
    }

    /**
     * Chapters are independent, so they are converted on all cores; their diagnostics are then
     * joined in reading order, so the report is the same on every run.
     */
    private static List<Chapter> readChapters(List<Path> files, MarkdownConverter markdown, List<Diagnostic> sink)
            throws IOException {
        Outcome[] outcomes = new Outcome[files.size()];
        try {
            IntStream.range(0, files.size()).parallel().forEach(i -> outcomes[i] = readChapter(files.get(i), i + 1, markdown));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            sink.addAll(outcome.diagnostics());
            if (outcome.chapter() != null) {
                chapters.add(outcome.chapter());
            }
        }
        return chapters;
    }

    private static Outcome readChapter(Path file, int number, MarkdownConverter markdown) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            return new Outcome(new ChapterReader(markdown, diagnostics).read(file, number), diagnostics);
        } catch (StoryException e) {
            diagnostics.addAll(e.diagnostics()); // keep going: the author sees every chapter's problems at once
            return new Outcome(null, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The chapter files named in {@code chapters:}, each checked to exist inside the story folder,
     * by its name and, through any link on its way, really.
     */
    private static List<Path> listed(Path folder, YamlFields fields, List<Diagnostic> sink) {
        List<Path> files = new ArrayList<>();
        Path root = folder.toAbsolutePath().normalize();
        for (YamlFields.Located entry : fields.locatedTexts("chapters")) {
            Path file = root.resolve(entry.value()).normalize();
            if (!file.startsWith(root)) {
                sink.add(Diagnostic.error("CHAPTER-OUTSIDE", entry.location(),
                        "chapter '" + entry.value() + "' is outside the story folder; chapters must be inside it"));
                continue;
            }
            java.util.Optional<Diagnostic> link = Links.check(root, file,
                    "chapter '" + entry.value() + "' (" + STORY_FILE + ":" + entry.location().line() + ")");
            if (link.isPresent()) {
                sink.add(link.get());
            } else if (!Files.isRegularFile(file)) {
                sink.add(Diagnostic.error("CHAPTER-MISSING", entry.location(),
                        "chapter file '" + entry.value() + "' does not exist in " + folder.getFileName()
                                + "; check the name or remove it from 'chapters'"));
            } else {
                files.add(folder.resolve(entry.value()).normalize());
            }
        }
        return files;
    }

    /**
     * Every {@code .md} file directly in the folder, in natural order; hidden files are skipped. A
     * link is read when it stays inside the story; one leading out is an error, never dropped in silence.
     */
    private static List<Path> found(Path folder, List<Diagnostic> sink) throws IOException {
        List<Path> chapters;
        try (Stream<Path> entries = Files.list(folder)) {
            chapters = entries.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        }
        List<Path> read = new ArrayList<>();
        for (Path chapter : chapters) {
            java.util.Optional<Diagnostic> link = Links.check(folder, chapter, "chapter '" + chapter.getFileName() + "'");
            link.ifPresent(sink::add);
            if (link.isEmpty() && Files.isRegularFile(chapter)) {
                read.add(chapter);
            }
        }
        return read;
    }

    private static List<Diagnostic> withError(List<Diagnostic> sink, Diagnostic error) {
        List<Diagnostic> all = new ArrayList<>(sink);
        all.add(error);
        return all;
    }

    private static List<Diagnostic> warnings(List<Diagnostic> sink) {
        return sink.stream().filter(d -> !d.isError()).toList();
    }

    static String slug(Path source) {
        String name = source.getFileName().toString();
        if (name.endsWith(".md")) {
            name = name.substring(0, name.length() - 3);
        }
        String slug = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+|-+$", "");
        return slug.isEmpty() ? "story" : slug;
    }
}
