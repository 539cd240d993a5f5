package org.quire.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quire.importer.ImportedChapter;
import org.quire.importer.ImportedStory;
import org.quire.importer.Importer;
import org.quire.importer.NoteSettings;
import org.quire.importer.SourceWriter;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;

/**
 * Whether a Quire story ({@code foo.md} or {@code foo/}) really is the import of the file of
 * the same name beside it ({@code foo.txt}). A name alone proves nothing: a writer may keep two
 * different stories called {@code same.txt} and {@code same.md}, and passing one over would lose
 * it without a word (trial 9, finding 4).
 *
 * <ul>
 *   <li>{@code quire import} marks what it writes with a YAML comment,
 *       {@code # imported by Quire from foo.txt}, in the one-shot's front matter or at the top
 *       of {@code story.yaml}: the story is that file's import exactly when the mark names it;</li>
 *   <li>a story without the mark (imported by an earlier Quire, or written by hand) is the
 *       file's import when importing the file now gives its title and, within a tenth, its
 *       words: an import whose title was since edited is built as a story of its own, which
 *       costs a book, never a story.</li>
 * </ul>
 */
final class ImportedAlready {
    private static final Pattern MARK = Pattern.compile("^\\s*#\\s*" + Pattern.quote(SourceWriter.MARK.strip()) + "\\s*(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ImportedAlready() {
    }

    /**
     * How {@code quire} is known to be the import of {@code file} (empty text: its mark says so),
     * or empty when it is not.
     */
    static Optional<String> from(Path file, Path quire) {
        String name = file.getFileName().toString();
        Optional<String> marked = mark(quire);
        if (marked.isPresent()) {
            return marked.get().equals(name) ? Optional.of("") : Optional.empty();
        }
        return sameStory(file, quire) ? Optional.of(" (an import without Quire's mark: the same title and words)")
                : Optional.empty();
    }

    /** The file name the mark names, when the story has one. */
    private static Optional<String> mark(Path quire) {
        try {
            String yaml = yaml(quire);
            Matcher matcher = MARK.matcher(yaml);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException | StoryException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String yaml(Path quire) throws IOException, StoryException {
        if (Files.isDirectory(quire, LinkOption.NOFOLLOW_LINKS)) {
            return SourceText.read(quire.resolve(StoryReader.STORY_FILE));
        }
        return FrontMatter.split(quire, SourceText.read(quire)).yaml();
    }

    private static boolean sameStory(Path file, Path quire) {
        try {
            ImportedStory imported = new Importer(NoteSettings.GUESS).read(file);
            long words = 0;
            for (ImportedChapter chapter : imported.chapters()) {
                words += words(chapter.body());
            }
            String title;
            long quireWords = 0;
            if (Files.isDirectory(quire, LinkOption.NOFOLLOW_LINKS)) {
                title = title(quire.resolve(StoryReader.STORY_FILE), SourceText.read(quire.resolve(StoryReader.STORY_FILE)),
                        KeyNames.STORY);
                List<Path> chapters;
                try (Stream<Path> list = Files.list(quire)) {
                    chapters = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                            .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
                }
                for (Path chapter : chapters) {
                    quireWords += words(FrontMatter.split(chapter, SourceText.read(chapter)).body());
                }
            } else {
                FrontMatter parts = FrontMatter.split(quire, SourceText.read(quire));
                title = title(quire, parts.yaml(), KeyNames.ONE_SHOT);
                quireWords = words(parts.body());
            }
            return title.equals(imported.title().strip()) && Math.abs(words - quireWords) <= Math.max(3, words / 10);
        } catch (IOException | StoryException | RuntimeException e) {
            return false; // not read as the same story: both are built, and the build says what is wrong
        }
    }

    private static String title(Path file, String yaml, List<String> keys) throws StoryException {
        List<Diagnostic> ignored = new ArrayList<>();
        return YamlSource.parse(file, yaml, 1, keys, ignored).text("title").map(String::strip).orElse("");
    }

    private static long words(String text) {
        return WORD.matcher(text).results().count();
    }
}
