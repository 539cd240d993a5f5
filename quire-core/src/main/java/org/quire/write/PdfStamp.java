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
}
