package org.quire.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * A small reader of POSIX ustar archives (with GNU long names and pax paths), enough to unpack
 * stories safely: regular files and folders are unpacked, links and device files are refused.
 */
final class TarReader {
    private static final int BLOCK = 512;

    private TarReader() {
    }

    /**
     * @param packed how many bytes of the compressed file were read so far, for each entry's ratio
     */
    static void read(InputStream in, Unpacker unpacker, LongSupplier packed) throws IOException, ArchiveException {
        byte[] header = new byte[BLOCK];
        String longName = null;
        while (readFully(in, header)) {
            if (isZero(header)) {
                return; // end of archive
            }
            String name = longName != null ? longName : name(header);
            longName = null;
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            unpacker.count(name);
            Bounded data = new Bounded(in, size);
            long packedBefore = packed.getAsLong();
            switch (type) {
                case '0', '\0', '7' -> unpacker.file(name, data, () -> packed.getAsLong() - packedBefore);
                case '5' -> unpacker.directory(name);
                case 'L' -> longName = text(readBytes(data, size));
                case 'x' -> longName = paxPath(text(readBytes(data, size)));
                case 'g' -> readBytes(data, size);
                case '1', '2' -> unpacker.refuse(name, "is a link; links are never unpacked");
                case '3', '4', '6' -> unpacker.refuse(name, "is a device or pipe; refused");
                default -> unpacker.refuse(name, "has an unknown tar type '" + type + "'; refused");
            }
            data.drain(unpacker); // what an entry refused alone left unread
            in.skipNBytes((size + BLOCK - 1) / BLOCK * BLOCK - size);
        }
    }

    private static String name(byte[] header) {
        String name = cString(header, 0, 100);
        String prefix = new String(header, 257, 6, StandardCharsets.US_ASCII).startsWith("ustar") ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return null;
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("\u0000+$", "");
    }

    private static long octal(byte[] bytes, int offset, int length) throws ArchiveException {
        String value = cString(bytes, offset, length).trim();
        if (!value.matches("[0-7]*")) {
            throw new ArchiveException("is not a tar archive (bad size field '" + value + "')");
        }
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value, 8);
        } catch (NumberFormatException e) {
            throw new ArchiveException("is not a tar archive (bad size field)");
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, block.length);
        return read == block.length;
    }

    private static byte[] readBytes(InputStream in, long size) throws IOException, ArchiveException {
        if (size > 1024 * 1024) {
            throw new ArchiveException("has a tar header of " + size + " bytes; refused");
        }
        return in.readNBytes((int) size);
    }

    /** The data of one entry: reads stop at its end, and what the handler leaves is drained. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long size) {
            this.in = in;
            this.left = size;
        }

        /** Reads past the rest of the entry, a megabyte at a time, each counted against the limits. */
        void drain(Unpacker unpacker) throws IOException, ArchiveException {
            while (left > 0) {
                long step = Math.min(left, 1024 * 1024);
                in.skipNBytes(step);
                left -= step;
                unpacker.skip(step);
            }
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
