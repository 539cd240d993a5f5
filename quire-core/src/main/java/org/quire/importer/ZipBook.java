package org.quire.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * An EPUB or DOCX (both are zip files) within the limits Quire sets for archives: at most 20,000
 * entries, 512 MB unpacked, and 100 times the file's size. The whole zip is streamed through
 * once to check them, keeping nothing, so a zip bomb is refused before anything is inflated into
 * memory; entries are then read one by one, each within its own limit. An entry that is a
 * symbolic link ({@link ZipLinks}) is refused when read, as links in archives are.
 */
final class ZipBook implements BookFiles {
    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 512L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    private final Path file;
    private final ZipFile zip;
    private final Set<String> links;

    private ZipBook(Path file, ZipFile zip, Set<String> links) {
        this.file = file;
        this.zip = zip;
        this.links = links;
    }

    static ZipBook open(Path file) throws IOException, StoryException {
        check(file);
        try {
            return new ZipBook(file, new ZipFile(file.toFile()), ZipLinks.of(file));
        } catch (IOException e) {
            throw refused(file, "is not a readable zip file (" + reason(e) + ")");
        }
    }

    /**
     * Streams through the zip, counting entries and unpacked bytes against the limits, keeping
     * nothing.
     *
     * @throws StoryException the file is not a zip, is corrupt, or breaks a limit ({@code IMPORT-ZIP})
     */
    static void check(Path file) throws IOException, StoryException {
        long size = Files.size(file);
        long budget = Math.min(MAX_BYTES, Math.max(size, 1) * MAX_RATIO);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused(file, "has more than " + MAX_ENTRIES + " entries");
                }
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    total += read;
                    if (total > budget) {
                        throw refused(file, "unpacks to more than " + (budget == MAX_BYTES ? "512 MB"
                                : MAX_RATIO + " times its size") + " (a zip bomb?)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(file, "is cut short or damaged: it is not a readable zip file (" + reason(e) + ")");
        }
        if (entries == 0) {
            throw refused(file, "is not a zip file or is empty" + otherFormat(file));
        }
    }

    /** What a file that is no zip is, when its first bytes say so: a renamed .doc is a common mistake. */
    private static String otherFormat(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        // The OLE2 compound file signature ([MS-CFB] 2.2), which old Word files (.doc) have.
        if (read == 8 && java.util.Arrays.equals(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return ": it is an old Word document (.doc) renamed; open it in Word or LibreOffice and save it as .docx";
        }
        if (read >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("{\\rtf")) {
            return ": it is an RTF document renamed; open it in Word or LibreOffice and save it as .docx";
        }
        return "";
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static StoryException refused(Path file, String why) {
        return new StoryException(Diagnostic.error("IMPORT-ZIP", Location.of(file), "the file " + why
                + "; it cannot be imported"));
    }

    @Override
    public Optional<byte[]> read(String name, long limit) throws IOException, StoryException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        if (links.contains(name)) {
            // As for archives: a link is refused, never read as the path it names.
            throw new StoryException(Diagnostic.error("IMPORT-ZIP", Location.of(shown(name)),
                    "is a symbolic link inside the zip; Quire follows no link: zip the book again without links"));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(shown(name)),
                        "is larger than " + limit / (1024 * 1024) + " MB; Quire does not import it"));
            }
            return Optional.of(bytes);
        } catch (java.util.zip.ZipException e) {
            throw refused(file, "has a corrupt entry " + name + " (" + reason(e) + ")");
        }
    }

    @Override
    public boolean exists(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    @Override
    public Path shown(String name) {
        return Path.of(file + "!", name);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
