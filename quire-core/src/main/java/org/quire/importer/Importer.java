package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.quire.model.StoryException;

/**
 * Reads stories written in other formats: plain text ({@code .txt}), Markdown without front
 * matter ({@code .md}), HTML ({@code .html}, {@code .htm}; AO3 downloads are recognised), EPUB 2
 * and 3 ({@code .epub}) and Word ({@code .docx}). Immutable and safe to share between threads.
 */
public final class Importer {
    private final NoteSettings notes;

    public Importer(NoteSettings notes) {
        this.notes = notes;
    }

    /** One note mode for every plain-text story. */
    public Importer(NoteMode notes) {
        this(NoteSettings.of(notes));
    }

    /** True for a folder that holds an unpacked EPUB ({@code META-INF/container.xml} or its {@code mimetype}). */
    public static boolean isUnpackedEpub(Path folder) throws IOException {
        return java.nio.file.Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && BookFiles.isUnpackedEpub(folder);
    }

    /**
     * The format a file's name says it is in ({@code epub} for an unpacked EPUB folder), or empty
     * when Quire does not import it.
     */
    public static Optional<String> formatOf(Path file) {
        if (java.nio.file.Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                return BookFiles.isUnpackedEpub(file) ? Optional.of("epub") : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "txt", "text" -> Optional.of("text");
            case "md", "markdown" -> Optional.of("markdown");
            case "html", "htm", "xhtml" -> Optional.of("html");
            case "epub" -> Optional.of("epub");
            case "docx" -> Optional.of("docx");
            default -> Optional.empty();
        };
    }

    /**
     * Reads one file into a story.
     *
     * @throws StoryException the file cannot be read as a story (empty, corrupt, too large), with
     *     its path and what is wrong
     * @throws IOException the file cannot be read at all
     */
    public ImportedStory read(Path file) throws IOException, StoryException {
        String format = formatOf(file).orElseThrow(() -> new IllegalArgumentException(
                file + " is not in a format Quire imports"));
        ImportedStory story = switch (format) {
            case "text" -> new TextReader(notes.modeFor(file)).read(file);
            case "markdown" -> new MarkdownReader().read(file);
            case "html" -> HtmlReader.read(file);
            case "epub" -> new EpubReader().read(file);
            case "docx" -> new DocxReader().read(file);
            default -> throw new IllegalStateException(format);
        };
        return StoryGuesses.add(ChapterSplit.front(ChapterSplit.split(story)));
    }

    /** What this importer reads differently in {@code file} from other importers, for up-to-date checks. */
    public String fingerprint(Path file) {
        return "notes=" + notes.modeFor(file).label();
    }
}
