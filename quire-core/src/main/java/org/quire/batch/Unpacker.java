package org.quire.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Unpacks an archive's entries into a private folder within limits, refusing each hostile entry
 * with a reason while the rest are unpacked: links, devices and paths that leave the folder are
 * never created; an entry that inflates past its size or ratio limit is stopped, deleted and
 * refused alone; counting stops a bomb before it fills the disk.
 */
final class Unpacker {
    private static final long RATIO_AFTER = 1024 * 1024;
    private final Path folder;
    private final ArchiveLimits limits;
    private final List<String> refused = new ArrayList<>();
    /** Names of the entries whose bytes were not unpacked (not those kept once of two copies). */
    private final java.util.Set<String> lost = new java.util.LinkedHashSet<>();
    private long unpacked;
    private long skipped;
    private int entries;
    private int files;

    Unpacker(Path folder, ArchiveLimits limits) {
        this.folder = folder;
        this.limits = limits;
    }

    List<String> refused() {
        return refused;
    }

    java.util.Set<String> lost() {
        return lost;
    }

    private void lose(String name, String message) {
        lost.add(name.replace('\\', '/').replaceFirst("^(\\./)+", ""));
        refused.add(message);
    }

    /** Counts an entry; an archive past the entry limit is refused as a whole. */
    void count(String name) throws ArchiveException {
        if (++entries > limits.maxEntries()) {
            throw new ArchiveException("more than " + limits.maxEntries() + " entries; refused as a possible archive bomb");
        }
    }

    void refuse(String name, String why) {
        lose(name, "entry '" + name + "' " + why);
    }

    /**
     * Counts bytes read past to reach the next entry (a tar holds its entries in one compressed
     * stream); past four times the total limit, the rest of the archive is refused.
     */
    void skip(long bytes) throws ArchiveException {
        skipped += bytes;
        if (skipped > limits.maxSkippedBytes()) {
            throw new ArchiveException("holds more than " + size(limits.maxSkippedBytes())
                    + " of refused entries; the rest of it is refused as a possible zip bomb");
        }
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

    /**
     * Copies a regular file's bytes, stopping the moment a limit is passed.
     *
     * @param packed the entry's compressed bytes read so far, for its ratio
     * @return true when the entry was unpacked; false when it was refused (and nothing of it kept)
     * @throws ArchiveException the archive's total limit was passed: the entries after are refused
     */
    boolean file(String name, InputStream data, LongSupplier packed) throws IOException, ArchiveException {
        Path target;
        try {
            target = SafeEntry.resolve(folder, name);
        } catch (ArchiveException e) {
            lose(name, e.getMessage());
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            lose(name, "entry '" + name + "' lies under a file of the same name; refused");
            return false;
        }
        String limit;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            limit = copy(data, out, packed);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            refused.add("entry '" + name + "' appears twice; the first copy is kept");
            return false;
        } catch (ArchiveException e) {
            Files.deleteIfExists(target);
            throw new ArchiveException("entries from '" + name + "' on were not unpacked: the archive " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target); // a truncated entry is no entry
            throw e;
        }
        if (limit != null) {
            Files.deleteIfExists(target);
            lose(name, "entry '" + name + "' " + limit + "; refused, the rest of the archive is unpacked");
            return false;
        }
        files++;
        return true;
    }

    /** "512 MB", "4 KB", "100 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** How many files were unpacked so far. */
    int files() {
        return files;
    }

    /** The archive could not be read past here: what was unpacked stays, the rest is refused with the reason. */
    void stop(String why) {
        refused.add(why);
    }

    /** Copies until the end or an entry limit (returned, in words); the archive's total limit throws. */
    private String copy(InputStream data, OutputStream out, LongSupplier packed) throws IOException, ArchiveException {
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        for (int read = data.read(buffer); read >= 0; read = data.read(buffer)) {
            bytes += read;
            if (unpacked + bytes > limits.maxTotalBytes()) {
                throw new ArchiveException("unpacks to more than " + size(limits.maxTotalBytes())
                        + ", refused as a possible zip bomb");
            }
            if (bytes > limits.maxEntryBytes()) {
                return "unpacks to more than " + size(limits.maxEntryBytes()) + ", more than one entry may be";
            }
            if (bytes > RATIO_AFTER && bytes / Math.max(1, packed.getAsLong()) > limits.maxRatio()) {
                return "unpacks to more than " + limits.maxRatio() + " times its packed size (a zip bomb?)";
            }
            out.write(buffer, 0, read);
        }
        unpacked += bytes;
        return null;
    }
}
