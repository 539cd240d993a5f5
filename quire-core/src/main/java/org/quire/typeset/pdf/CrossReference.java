package org.quire.typeset.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Completes the cross-reference stream PDFBox writes: it lists every object but itself, where
 * ISO 32000-1 §7.5.8.3 says an entry for it shall exist (qpdf --check warns that /Size is not
 * one more than the highest object listed). The stream is the file's last object and nothing
 * points into it, so it can be rewritten in place: one more entry, a longer /Index.
 */
final class CrossReference {
    private static final Pattern OBJECT = Pattern.compile("^(\\d+) 0 obj\\s*<<");
    private static final Pattern W = Pattern.compile("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s*\\]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");

    private CrossReference() {
    }

    /**
     * Writes the file, its first {@code length} bytes in {@code pdf}, with its cross-reference
     * stream listing itself; the file unchanged when it already does or has none. Written
     * straight to {@code out}: a book's file is not copied again in memory.
     */
    static void includeItself(byte[] pdf, int length, OutputStream out) throws IOException {
        byte[] completed = complete(pdf, length);
        if (completed == null) {
            out.write(pdf, 0, length);
        } else {
            out.write(pdf, 0, startXref(pdf, length));
            out.write(completed);
        }
    }

    /** Where the last cross-reference section starts, or -1. */
    private static int startXref(byte[] pdf, int length) {
        String tail = new String(pdf, Math.max(0, length - 64), Math.min(64, length), StandardCharsets.ISO_8859_1);
        int mark = tail.lastIndexOf("startxref");
        return mark < 0 ? -1 : Integer.parseInt(tail.substring(mark + 9).trim().split("\\s+")[0]);
    }

    /** The cross-reference stream rewritten to list itself, and the file's end; null to leave the file as it is. */
    private static byte[] complete(byte[] pdf, int fileLength) {
        int offset = startXref(pdf, fileLength);
        if (offset < 0) {
            return null;
        }
        int dictionaryEnd = indexOf(pdf, fileLength, "stream", offset);
        String head = new String(pdf, offset, dictionaryEnd - offset, StandardCharsets.ISO_8859_1);
        Matcher object = OBJECT.matcher(head);
        Matcher w = W.matcher(head);
        Matcher index = INDEX.matcher(head);
        Matcher length = LENGTH.matcher(head);
        if (!head.contains("/XRef") || !object.find() || !w.find() || !index.find() || !length.find()) {
            return null;
        }
        int number = Integer.parseInt(object.group(1));
        int first = Integer.parseInt(index.group(1));
        int count = Integer.parseInt(index.group(2));
        int[] widths = {Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))};
        if (first + count != number || widths[1] < 4 && offset >= 1 << (8 * widths[1])) {
            return null;
        }
        int dataStart = dictionaryEnd + "stream".length();
        while (pdf[dataStart] == '\r' || pdf[dataStart] == '\n') {
            dataStart++;
        }
        byte[] entries = inflate(pdf, dataStart, Integer.parseInt(length.group(1)));
        ByteArrayOutputStream table = new ByteArrayOutputStream(entries.length + 8);
        table.write(entries, 0, entries.length);
        write(table, 1, widths[0]);
        write(table, offset, widths[1]);
        write(table, 0, widths[2]);
        byte[] data = deflate(table.toByteArray());
        String dictionary = head.substring(object.end() - 2);
        dictionary = INDEX.matcher(dictionary).replaceFirst("/Index [" + first + " " + (count + 1) + "]");
        dictionary = LENGTH.matcher(dictionary).replaceFirst("/Length " + data.length);
        Matcher size = SIZE.matcher(dictionary);
        if (size.find() && Integer.parseInt(size.group(1)) < number + 1) {
            dictionary = size.replaceFirst("/Size " + (number + 1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + dictionary.length() + 128);
        byte[] start = (number + " 0 obj\n" + dictionary.strip() + "\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1);
        out.write(start, 0, start.length);
        out.write(data, 0, data.length);
        byte[] end = ("\r\nendstream\nendobj\nstartxref\n" + offset + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        out.write(end, 0, end.length);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    private static int indexOf(byte[] data, int length, String text, int from) {
        byte[] wanted = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no stream in the cross-reference object");
    }

    private static byte[] inflate(byte[] data, int start, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, start, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("PDFBox wrote a cross-reference stream that does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
