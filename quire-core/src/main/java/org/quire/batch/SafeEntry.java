package org.quire.batch;

import java.nio.file.Path;

/**
 * Checks an archive entry's name before anything is written: no absolute paths, no {@code ..},
 * no drive letters or backslashes, nothing that resolves outside the folder it unpacks into.
 */
final class SafeEntry {
    private SafeEntry() {
    }

    static Path resolve(Path folder, String name) throws ArchiveException {
        String normal = name.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || normal.contains("\u0000")) {
            throw new ArchiveException("entry '" + name + "' has an absolute path; archives must hold relative paths");
        }
        for (String part : normal.split("/")) {
            if (part.equals("..")) {
                throw new ArchiveException("entry '" + name + "' climbs out of the archive with '..'; refused");
            }
        }
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(normal).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new ArchiveException("entry '" + name + "' would be written outside the archive's folder; refused");
        }
        return target;
    }
}
