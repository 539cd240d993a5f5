package org.quire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The folder of this user's build servers: their sockets ({@code <key>.sock}), logs
 * ({@code <key>.log}) and start locks. {@code QUIRE_DAEMON_DIR} when set (tests use it), else
 * {@code $XDG_RUNTIME_DIR/quire}, else {@code <java.io.tmpdir>/quire-<user>}. Whoever can write
 * into it could answer a build with a server of their own, so it must be a real folder (not a
 * link), owned by this user, that no one else can write into; Quire makes it with mode 0700 and
 * narrows a folder of its user's that others may read. Anything else is refused, and the command
 * runs without a server.
 */
final class DaemonDirectory {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private DaemonDirectory() {
    }

    /** The folder, made if missing; empty when it cannot be made safe (the reason is not worth a word). */
    static Optional<Path> of(Map<String, String> environment) {
        Path folder = location(environment);
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                try {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another client made it a moment ago: checked below like any other
                }
            }
            PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view == null) {
                return Optional.empty(); // no POSIX permissions to trust (not Linux or macOS)
            }
            PosixFileAttributes attributes = view.readAttributes();
            Set<PosixFilePermission> mode = attributes.permissions();
            if (!attributes.isDirectory() || !attributes.owner().getName().equals(System.getProperty("user.name"))
                    || mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
                return Optional.empty(); // someone else may have put a socket of their own in it
            }
            if (!mode.equals(OWNER_ONLY)) {
                view.setPermissions(OWNER_ONLY); // ours and readable by others: closed to them
            }
            return Optional.of(folder);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    static Path location(Map<String, String> environment) {
        String chosen = environment.get("QUIRE_DAEMON_DIR");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "quire");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "quire-" + System.getProperty("user.name"));
    }
}
