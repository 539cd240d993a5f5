package org.quire.write;

/** Settings of the openhtmltopdf library that hold for the whole JVM. */
final class Openhtmltopdf {
    /** Held so the logger's level is not lost when the logger is collected. */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    private Openhtmltopdf() {
    }

    /**
     * openhtmltopdf logs every step to the console (java.util.logging); a build's own messages
     * reach the author through Quire's diagnostics instead.
     */
    static void quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        // openhtmltopdf registers PDF's standard Symbol font, which no book uses; PDFBox warns
        // that the system lacks it on every run. Quire embeds its own fonts and checks coverage.
        PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
    }
}
