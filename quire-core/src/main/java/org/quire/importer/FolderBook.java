package org.quire.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * An EPUB unpacked into a folder (as Sigil, editors and {@code unzip} leave one): read as the
 * EPUB it was. A path never leads out of the folder, and links are not followed.
 */
final class FolderBook implements BookFiles {
    private final Path root;
    private final Path given;

    FolderBook(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.given = root;
    }

    @Override
    public Optional<byte[]> read(String name, long limit) throws IOException, StoryException {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        // A link could lead anywhere on the machine: one that leaves the book is an error at it.
        Optional<Diagnostic> link = org.quire.read.Links.check(root, file, "'" + name + "'");
        if (link.isPresent()) {
            throw new StoryException(new Diagnostic(link.get().severity(), link.get().code(),
                    Location.of(given.resolve(root.relativize(link.get().location().file()))), link.get().message()));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(shown(name)),
                        "is larger than " + limit / (1024 * 1024) + " MB; Quire does not import it"));
            }
            return Optional.of(bytes);
        }
    }

    @Override
    public boolean exists(String name) {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file));
    }

    @Override
    public Path shown(String name) {
        return given.resolve(name);
    }

    @Override
    public void close() {
        // nothing held open
    }
}
