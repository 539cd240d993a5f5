package org.quire.typeset.pdf;

import java.util.Arrays;
import java.util.zip.Deflater;

/** A growable buffer of content-stream bytes, with fast numbers (two decimals) and 2-byte hex glyph ids. */
final class Bytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
        bytes = new byte[capacity];
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    Bytes ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    Bytes ch(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** A number rounded to two decimals, without trailing zeros (PDF 32000-1 §7.3.3). */
    Bytes num(double value) {
        long scaled = Math.round(value * 100);
        ensure(24);
        if (scaled < 0) {
            bytes[size++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / 100;
        int fraction = (int) (scaled % 100);
        String digits = Long.toString(whole);
        for (int i = 0; i < digits.length(); i++) {
            bytes[size++] = (byte) digits.charAt(i);
        }
        if (fraction != 0) {
            bytes[size++] = '.';
            bytes[size++] = (byte) ('0' + fraction / 10);
            if (fraction % 10 != 0) {
                bytes[size++] = (byte) ('0' + fraction % 10);
            }
        }
        return this;
    }

    Bytes hex4(int glyph) {
        ensure(4);
        bytes[size++] = HEX[(glyph >> 12) & 15];
        bytes[size++] = HEX[(glyph >> 8) & 15];
        bytes[size++] = HEX[(glyph >> 4) & 15];
        bytes[size++] = HEX[glyph & 15];
        return this;
    }

    /** A text string: literal when plain ASCII, else UTF-16BE hexadecimal with a byte order mark (§7.9.2.2). */
    Bytes text(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 32 && c <= 126 && c != '(' && c != ')' && c != '\\';
        }
        if (plain) {
            return ch('(').ascii(s).ch(')');
        }
        ch('<').ascii("FEFF");
        for (int i = 0; i < s.length(); i++) {
            hex4(s.charAt(i));
        }
        return ch('>');
    }

    int size() {
        return size;
    }

    /** The bytes, compressed with Flate at a fixed level so the same page gives the same bytes. */
    byte[] deflate() {
        Deflater deflater = new Deflater(4);
        try {
            deflater.setInput(bytes, 0, size);
            deflater.finish();
            byte[] out = new byte[Math.max(64, size / 3)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
