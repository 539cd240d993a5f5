package org.quire.batch;

import java.io.InterruptedIOException;

/**
 * A batch was stopped (Ctrl-C, a kill, or its thread interrupted) before every story was built.
 * The stories that finished are recorded in the manifest and the report, so the same run started
 * again resumes where this one stopped; the stories being built were abandoned, and their
 * temporary files removed, with their earlier books left as they were.
 */
public final class BatchInterruptedException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;
    private final transient BatchResult partial;

    BatchInterruptedException(BatchResult partial) {
        super("the build was interrupted after " + partial.stories().size() + " of " + partial.found() + " stories");
        this.partial = partial;
    }

    /** What was done before the stop: the stories that finished, in input order. */
    public BatchResult partial() {
        return partial;
    }
}
