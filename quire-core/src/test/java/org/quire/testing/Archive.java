package org.quire.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds real archives for tests, hostile ones included: zip (entries added in order) and tar.gz. */
public final class Archive {
    private final ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(zipBytes);

    public Archive add(String name, String text) throws IOException {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Archive add(String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
        return this;
    }

    public Path writeZip(Path file) throws IOException {
        zip.close();
        Files.write(file, zipBytes.toByteArray());
        return file;
    }

    /** A .tar.gz with one regular file and one symbolic link (type 2). */
    public static Path tarWithLink(Path file, String storyName, String storyText, String linkName, String target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            byte[] data = storyText.getBytes(StandardCharsets.UTF_8);
            out.write(header(storyName, data.length, '0', ""));
            out.write(data);
            out.write(new byte[(512 - data.length % 512) % 512]);
            out.write(header(linkName, 0, '2', target));
            out.write(new byte[1024]);
        }
        return file;
    }

    /** A .tar.gz of regular files, in the order given: name, content, name, content… */
    public static Path tar(Path file, Object... namesAndContents) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                Object content = namesAndContents[i + 1];
                byte[] data = content instanceof byte[] bytes ? bytes : content.toString().getBytes(StandardCharsets.UTF_8);
                out.write(header((String) namesAndContents[i], data.length, '0', ""));
                out.write(data);
                out.write(new byte[(512 - data.length % 512) % 512]);
            }
            out.write(new byte[1024]);
        }
        return file;
    }

    private static byte[] header(String name, long size, char type, String link) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", size));
        put(header, 136, "00000000000");
        header[156] = (byte) type;
        put(header, 157, link);
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xFF;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        return header;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
