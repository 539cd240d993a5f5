package org.quire.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The entries of a zip that are symbolic links, which {@code java.util.zip} reads as ordinary
 * files: a link is an entry made on Unix (the high byte of "version made by" is 3) whose external
 * attributes hold the file mode {@code S_IFLNK} (APPNOTE.TXT 6.3.10, §4.4.2 and §4.4.15). Read
 * from the central directory alone, within a bounded size; a zip whose directory cannot be read
 * so (ZIP64, damaged) has none found here, and {@link ZipBook#check} judges it.
 */
final class ZipLinks {
    private static final int EOCD = 0x06054b50;
    private static final int HEADER = 0x02014b50;
    private static final int EOCD_SEARCH = 22 + 65_535;
    private static final long MAX_DIRECTORY = 64L * 1024 * 1024;
    private static final int UNIX = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private ZipLinks() {
    }

    static Set<String> of(Path file) throws IOException {
        Set<String> links = new HashSet<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, EOCD_SEARCH);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return links;
            }
            long length = Integer.toUnsignedLong(end.getInt(at + 12));
            long offset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (length > MAX_DIRECTORY || offset + length > size) {
                return links;
            }
            ByteBuffer directory = read(channel, offset, (int) length);
            for (int i = 0; i + 46 <= length && directory.getInt(i) == HEADER; ) {
                int madeBy = Short.toUnsignedInt(directory.getShort(i + 4)) >> 8;
                int nameLength = Short.toUnsignedInt(directory.getShort(i + 28));
                int extra = Short.toUnsignedInt(directory.getShort(i + 30));
                int comment = Short.toUnsignedInt(directory.getShort(i + 32));
                int mode = directory.getInt(i + 38) >>> 16;
                if (i + 46 + nameLength > length) {
                    break;
                }
                if (madeBy == UNIX && (mode & S_IFMT) == S_IFLNK) {
                    byte[] name = new byte[nameLength];
                    directory.get(i + 46, name);
                    links.add(new String(name, java.nio.charset.StandardCharsets.UTF_8));
                }
                i += 46 + nameLength + extra + comment;
            }
        }
        return links;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read on until the buffer is full or the file ends
        }
        return buffer.flip();
    }
}
