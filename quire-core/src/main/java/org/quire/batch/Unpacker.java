package org.quire.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Unpacks an archive's entries into a private folder within limits, refusing each hostile entry
 * with a reason while the rest are unpacked: links, devices and paths that leave the folder are
 * never created, and counting stops a bomb before it fills the disk.
 */
final class Unpacker {
    private final Path folder;
    private final ArchiveLimits limits;
    private final long packedBytes;
    private final List<String> refused = new ArrayList<>();
    private long unpacked;
    private int entries;

    Unpacker(Path folder, ArchiveLimits limits, long packedBytes) {
        this.folder = folder;
        this.limits = limits;
        this.packedBytes = Math.max(1, packedBytes);
    }

    List<String> refused() {
        return refused;
    }

    /** Counts an entry; an archive past the entry limit is refused as a whole. */
    void count(String name) throws ArchiveException {
        if (++entries > limits.maxEntries()) {
            throw new ArchiveException("more than " + limits.maxEntries() + " entries; refused as a possible archive bomb");
        }
    }

    void refuse(String name, String why) {
        refused.add("entry '" + name + "' " + why);
    }

    void directory(String name) throws IOException {
        if (name.replace('\\', '/').matches("(\\./?)+")) {
            return; // "./": the archive's own top, as tar -C dir . writes it
        }
        try {
            Files.createDirectories(SafeEntry.resolve(folder, name));
        } catch (ArchiveException e) {
            refused.add(e.getMessage());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            refused.add("entry '" + name + "' is a folder where a file was unpacked; refused");
        }
    }

    /** Copies a regular file's bytes, stopping the moment a limit is passed. */
    void file(String name, InputStream data) throws IOException, ArchiveException {
        Path target;
        try {
            target = SafeEntry.resolve(folder, name);
        } catch (ArchiveException e) {
            refused.add(e.getMessage());
            return;
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            refused.add("entry '" + name + "' lies under a file of the same name; refused");
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int read = data.read(buffer); read >= 0; read = data.read(buffer)) {
                unpacked += read;
                if (unpacked > limits.maxTotalBytes()) {
                    throw new ArchiveException("unpacks to more than " + limits.maxTotalBytes() / (1024 * 1024)
                            + " MB; refused as a possible zip bomb");
                }
                if (unpacked > 1024 * 1024 && unpacked / packedBytes > limits.maxRatio()) {
                    throw new ArchiveException("unpacks to more than " + limits.maxRatio()
                            + " times its size; refused as a possible zip bomb");
                }
                out.write(buffer, 0, read);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            refused.add("entry '" + name + "' appears twice; the first copy is kept");
        }
    }
}
