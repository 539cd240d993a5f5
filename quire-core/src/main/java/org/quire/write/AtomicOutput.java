package org.quire.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one file through a temporary sibling that is moved into place only when complete, so a
 * failed or interrupted build never leaves a truncated file, and a reader never sees half of one.
 * Several files that stand or fall together go through {@link StagedFiles}.
 */
public final class AtomicOutput {
    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, org.quire.model.StoryException;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Content content) throws IOException, org.quire.model.StoryException {
        try (StagedFiles staged = new StagedFiles()) {
            staged.write(target, content);
            staged.commit();
        }
    }
}
