package org.quire.batch;

import java.nio.file.Path;

/**
 * A file Quire wrote in an earlier run that no story writes any more: its story is gone, its
 * format is no longer built, or its story now fails. It was removed, or, when it changed since
 * Quire wrote it (its SHA-256 differs from the manifest's), kept: a file Quire did not write is
 * never deleted.
 *
 * @param reason why it is stale, in words
 */
public record StaleFile(Path file, boolean removed, String reason) {
    @Override
    public String toString() {
        return (removed ? "removed " : "kept ") + file + ": " + reason
                + (removed ? "" : "; it was changed since Quire wrote it, so it is yours now");
    }
}
