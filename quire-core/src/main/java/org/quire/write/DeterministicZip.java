package org.quire.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive whose bytes depend only on what is put in it: entries in the order added, one
 * timestamp for all, a fixed compression level, no extra fields.
 */
final class DeterministicZip implements Closeable {
    /** The earliest time a zip (DOS) timestamp can hold. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private final ZipOutputStream zip;
    private final LocalDateTime time;

    DeterministicZip(OutputStream out, Instant modified) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        this.zip.setLevel(Deflater.BEST_COMPRESSION);
        // setTimeLocal, not setTime: setTime converts through the JVM's time zone.
        LocalDateTime utc = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
        this.time = utc.isBefore(DOS_EPOCH) ? DOS_EPOCH : utc;
    }

    /** An uncompressed entry, as OCF requires of {@code mimetype} (EPUB 3.3 §4.2.3). */
    void stored(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        write(entry, data);
    }

    void deflated(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        write(entry, data);
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    private void write(ZipEntry entry, byte[] data) throws IOException {
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
