package org.quire.batch;

import java.io.IOException;

/**
 * What to tell the writer when reading or writing a story failed in a way no reader foresaw:
 * the cause in words, never a bare "(null)". An I/O failure names what the system said; anything
 * else is a fault in Quire, said as such, with the story's path for the report.
 */
final class Failure {
    private Failure() {
    }

    static String describe(String doing, Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return doing + ": " + missing.getFile() + " does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return doing + ": " + denied.getFile() + " cannot be read or written (permission denied)";
        }
        if (e instanceof IOException) {
            return doing + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            // The story's objects are gone once its thread leaves it: the other stories go on.
            return doing + ": Java ran out of memory on this story; give it more (java -Xmx2g -jar quire.jar …)";
        }
        if (e instanceof StackOverflowError) {
            return doing + ": the text is nested too deeply to read (a thousand levels of quotes or lists?)";
        }
        return doing + ": a fault in Quire (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); please report it with this file";
    }
}
