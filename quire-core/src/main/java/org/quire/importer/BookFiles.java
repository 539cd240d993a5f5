package org.quire.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.quire.model.StoryException;

/**
 * The files of a book: the entries of an EPUB, or an EPUB unpacked into a folder. Each file is
 * read when it is wanted, up to a limit, so a large book never sits in memory whole.
 */
interface BookFiles extends Closeable {
    /** The largest page, package document or style sheet read: a bigger one is not a story's text. */
    long MAX_PAGE = 64L * 1024 * 1024;
    /** The largest picture read (only the cover is). */
    long MAX_PICTURE = 32L * 1024 * 1024;

    /** The book at {@code path}: an unpacked EPUB folder, or an EPUB file checked against the zip limits. */
    static BookFiles open(Path path) throws IOException, StoryException {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? new FolderBook(path) : ZipBook.open(path);
    }

    /** True for a folder that holds an unpacked EPUB: {@code META-INF/container.xml} or its {@code mimetype}. */
    static boolean isUnpackedEpub(Path folder) throws IOException {
        Path mimetype = folder.resolve("mimetype");
        if (Files.isRegularFile(folder.resolve("META-INF").resolve("container.xml"), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return Files.isRegularFile(mimetype, LinkOption.NOFOLLOW_LINKS) && Files.size(mimetype) < 100
                && Files.readString(mimetype, java.nio.charset.StandardCharsets.ISO_8859_1).strip().equals("application/epub+zip");
    }

    /**
     * The bytes of {@code name} (a path inside the book, {@code /}-separated), or empty when the
     * book has no such file.
     *
     * @throws StoryException the file is larger than {@code limit}
     */
    Optional<byte[]> read(String name, long limit) throws IOException, StoryException;

    /** True when the book holds a file {@code name}. */
    boolean exists(String name);

    /** The file as UTF-8 text, a byte-order mark removed. */
    default Optional<String> text(String name) throws IOException, StoryException {
        Optional<byte[]> bytes = read(name, MAX_PAGE);
        return bytes.map(b -> {
            String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    /** How the book's files are named in warnings: {@code book.epub!/EPUB/ch1.xhtml}, {@code book/EPUB/ch1.xhtml}. */
    Path shown(String name);
}
