package org.quire.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.StoryException;

/**
 * Files written all or nothing: each is written to a temporary sibling of its target, and they
 * are moved into place together by {@link #commit()} only once every one is complete. Closing
 * without a commit deletes them, so when one edition of a story fails, none of its new files is
 * left and the books already there stay as they were. Each move is a rename on the same file
 * system, so a reader never sees half a file.
 */
public final class StagedFiles implements AutoCloseable {
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /** Writes {@code target}'s content into a temporary beside it; nothing is visible until the commit. */
    public void write(Path target, AtomicOutput.Content content) throws IOException, StoryException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = TemporaryFiles.file(folder, target.getFileName().toString());
        staged.put(target, temporary);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
            content.writeTo(out);
        }
    }

    /**
     * Moves every staged file onto its target, replacing what was there.
     *
     * @return the targets, in the order they were written
     */
    public List<Path> commit() throws IOException {
        List<Path> targets = new ArrayList<>();
        for (Map.Entry<Path, Path> file : staged.entrySet()) {
            readableByAll(file.getValue());
            try {
                Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            TemporaryFiles.kept(file.getValue());
            targets.add(file.getKey());
        }
        staged.clear();
        return targets;
    }

    /** Deletes whatever was staged and not committed. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Path temporary : staged.values()) {
            try {
                TemporaryFiles.delete(temporary);
            } catch (IOException e) {
                failure = e;
            }
        }
        staged.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Temporary files are created owner-only; a finished book is as readable as any other file. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
