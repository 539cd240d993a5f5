package org.quire.batch;

/** An archive or one of its entries that is refused; the message says why and what to do. */
public final class ArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }
}
