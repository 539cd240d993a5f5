package org.quire.batch;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads {@code .zip} and {@code .tar.gz} archives as if unpacked, through an {@link Unpacker}. */
final class Archives {
    private Archives() {
    }

    static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".tar.gz") || name.endsWith(".tgz");
    }

    /** The archive's name without its extension: {@code stories.tar.gz} unpacks as {@code stories/}. */
    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)(\\.zip|\\.tar\\.gz|\\.tgz)$", "");
    }

    /**
     * Unpacks {@code archive} into {@code folder}. An archive cut short, damaged or past its total
     * limit part-way keeps the entries unpacked before; the rest is refused with the reason.
     *
     * @return the entries refused, each with its reason (the rest were unpacked)
     * @throws ArchiveException nothing of it could be unpacked (not an archive, or a bomb from the start)
     */
    static List<String> unpack(Path archive, Path folder, ArchiveLimits limits) throws IOException, ArchiveException {
        return unpack(archive, folder, limits, new java.util.HashSet<>());
    }

    /** As {@link #unpack(Path, Path, ArchiveLimits)}; the names of the entries not unpacked go into {@code lost}. */
    static List<String> unpack(Path archive, Path folder, ArchiveLimits limits, java.util.Set<String> lost)
            throws IOException, ArchiveException {
        Unpacker unpacker = new Unpacker(folder, limits);
        try {
            if (archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                zip(archive, unpacker);
            } else {
                tar(archive, unpacker);
            }
        } catch (ArchiveException e) {
            if (unpacker.files() == 0) {
                throw e;
            }
            unpacker.stop(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Truncated, corrupt or malformed: this archive is refused, the others go on.
            String why = "is not a readable archive (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            if (unpacker.files() == 0) {
                throw new ArchiveException(why);
            }
            unpacker.stop("the entries after the last one unpacked were not read: the archive " + why);
        }
        lost.addAll(unpacker.lost());
        return unpacker.refused();
    }

    /**
     * A zip is read through its central directory, so an entry refused alone costs nothing to
     * step over, and each entry's ratio is taken against its own packed size.
     */
    private static void zip(Path archive, Unpacker unpacker) throws IOException, ArchiveException {
        // Entries without the UTF-8 flag are in the DOS code page, as Windows writes them.
        try (ZipFile zip = new ZipFile(archive.toFile(), ZipFile.OPEN_READ, Charset.forName("IBM437"))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                unpacker.count(entry.getName());
                if (entry.isDirectory()) {
                    unpacker.directory(entry.getName());
                } else {
                    // A zip cannot make a link here: java.util.zip reads every entry as plain bytes.
                    long packed = entry.getCompressedSize();
                    try (InputStream data = zip.getInputStream(entry)) {
                        unpacker.file(entry.getName(), data, () -> packed);
                    }
                }
            }
        }
    }

    /** A tar.gz is one compressed stream: an entry's packed size is what was read of the file while it was. */
    private static void tar(Path archive, Unpacker unpacker) throws IOException, ArchiveException {
        try (Counting file = new Counting(new BufferedInputStream(Files.newInputStream(archive)))) {
            TarReader.read(new GZIPInputStream(file), unpacker, file::count);
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(0, read);
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
