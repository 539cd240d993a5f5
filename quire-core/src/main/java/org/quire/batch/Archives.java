package org.quire.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
     * Unpacks {@code archive} into {@code folder}.
     *
     * @return the entries refused one by one (the rest were unpacked)
     * @throws ArchiveException the archive as a whole is refused (a bomb, or not an archive)
     */
    static List<String> unpack(Path archive, Path folder, ArchiveLimits limits) throws IOException, ArchiveException {
        Unpacker unpacker = new Unpacker(folder, limits, Files.size(archive));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive))) {
            if (archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                zip(in, unpacker);
            } else {
                TarReader.read(new GZIPInputStream(in), unpacker);
            }
        } catch (IOException | RuntimeException e) {
            // Truncated, corrupt or malformed: this archive is refused, the others go on.
            throw new ArchiveException("is not a readable archive (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        return unpacker.refused();
    }

    private static void zip(InputStream in, Unpacker unpacker) throws IOException, ArchiveException {
        // Entries without the UTF-8 flag are in the DOS code page, as Windows writes them.
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.Charset.forName("IBM437"))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                unpacker.count(entry.getName());
                if (entry.isDirectory()) {
                    unpacker.directory(entry.getName());
                } else {
                    // A zip cannot make a link here: java.util.zip writes every entry as plain bytes.
                    unpacker.file(entry.getName(), zip);
                }
            }
        }
    }
}
