package org.quire.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * The entries of an EPUB or DOCX (both are zip files), read into memory within the limits Quire
 * sets for archives ({@code org.quire.batch.ArchiveLimits.DEFAULT}): at most 20,000 entries,
 * 512 MB unpacked, and 100 times the file's size, so a zip bomb is refused before it fills memory.
 */
final class ZipEntries {
    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 512L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    private final Map<String, byte[]> entries;

    private ZipEntries(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /**
     * @throws StoryException the file is not a zip, is corrupt, or breaks a limit ({@code IMPORT-ZIP})
     */
    static ZipEntries read(Path file) throws IOException, StoryException {
        long size = Files.size(file);
        long budget = Math.min(MAX_BYTES, Math.max(size, 1) * MAX_RATIO);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw refused(file, "has more than " + MAX_ENTRIES + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > budget) {
                        throw refused(file, "unpacks to more than " + (budget == MAX_BYTES ? "512 MB"
                                : MAX_RATIO + " times its size") + " (a zip bomb?)");
                    }
                    out.write(buffer, 0, read);
                }
                entries.put(entry.getName(), out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(file, "is not a readable zip file (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw refused(file, "is not a zip file or is empty");
        }
        return new ZipEntries(entries);
    }

    private static StoryException refused(Path file, String why) {
        return new StoryException(Diagnostic.error("IMPORT-ZIP", Location.of(file), "the file " + why
                + "; it cannot be imported"));
    }

    Optional<byte[]> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    Map<String, byte[]> all() {
        return entries;
    }

    /** The entry as UTF-8 text (a byte-order mark removed). */
    Optional<String> text(String name) {
        return get(name).map(bytes -> {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }
}
