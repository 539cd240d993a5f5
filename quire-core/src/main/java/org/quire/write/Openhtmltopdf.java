package org.quire.write;

/** Settings of the openhtmltopdf library that hold for the whole JVM. */
final class Openhtmltopdf {
    private Openhtmltopdf() {
    }

    /**
     * openhtmltopdf logs every step to the console (java.util.logging); a build's own messages
     * reach the author through Quire's diagnostics instead.
     */
    static void quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }
}
