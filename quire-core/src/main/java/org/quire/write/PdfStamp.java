package org.quire.write;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The PDF's file identifier comes from its content (a SHA-256 of the print document, its
 * stylesheet and the options), never from chance, so the same book gives the same bytes.
 */
final class PdfStamp {
    private PdfStamp() {
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /**
     * 16 bytes of the SHA-256 of the texts' UTF-8, in order: the same as hashing them joined,
     * without making the joined copy (ISO 32000-1 §14.4: the identifier comes from the content).
     */
    static byte[] fileId(String... texts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
        for (String text : texts) {
            int step = 1 << 16;
            for (int start = 0; start < text.length(); ) {
                int end = Math.min(text.length(), start + step);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // a pair is encoded whole
                }
                digest.update(text.substring(start, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                start = end;
            }
        }
        return java.util.Arrays.copyOf(digest.digest(), 16);
    }

}
