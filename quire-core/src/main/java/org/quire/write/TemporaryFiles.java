package org.quire.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Quire's temporary files and folders. Each is named {@code .quire-tmp-…}, so it is never taken
 * for a file the writer keeps; each is known while it lives, so an interrupted run removes them
 * all ({@link #deleteAll()}, from a shutdown hook); and those a killed run left behind are
 * removed from the output folder at the start of the next run ({@link #sweep}).
 */
public final class TemporaryFiles {
    /** The start of every temporary's name. */
    public static final String PREFIX = ".quire-tmp-";
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private TemporaryFiles() {
    }

    /** A new empty file {@code .quire-tmp-<name>-<n>.tmp} in {@code folder}, made if missing. */
    public static Path file(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, PREFIX + name + "-", ".tmp");
        LIVE.add(file);
        return file;
    }

    /** A new empty folder {@code .quire-tmp-<what>-<n>} in {@code parent}, made if missing. */
    public static Path folder(Path parent, String what) throws IOException {
        Files.createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, PREFIX + what + "-");
        LIVE.add(folder);
        return folder;
    }

    /** Called once a temporary file became a real one (it was moved into place). */
    static void kept(Path file) {
        LIVE.remove(file);
    }

    /** Deletes a temporary file or folder (with all inside it, links not followed). */
    public static void delete(Path path) throws IOException {
        deleteTree(path);
        LIVE.remove(path);
    }

    /**
     * Deletes every temporary this process made and still holds: what a shutdown hook calls when
     * a run is stopped. Failures are ignored, as the next run's {@link #sweep} removes what is left.
     *
     * @return how many were deleted
     */
    public static int deleteAll() {
        int deleted = 0;
        for (Path path : List.copyOf(LIVE)) {
            try {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(path);
                    deleted++;
                }
            } catch (IOException e) {
                // the next run's sweep removes it
            }
            LIVE.remove(path);
        }
        return deleted;
    }

    /**
     * Removes every {@code .quire-tmp-…} file or folder under {@code root}, left by a run that was
     * killed: call it only while no other run writes there (the batch engine holds the folder's lock).
     *
     * @return what was removed
     */
    public static List<Path> sweep(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && isTemporary(dir)) {
                    found.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (isTemporary(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder holds none of ours
            }
        });
        for (Path path : found) {
            deleteTree(path);
        }
        return found;
    }

    /** True for a name Quire gives its temporaries. */
    public static boolean isTemporary(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(PREFIX);
    }

    /** Deletes a file, or a folder and everything in it; links are deleted, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
