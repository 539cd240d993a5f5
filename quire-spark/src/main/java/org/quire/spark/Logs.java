package org.quire.spark;

/**
 * Quiet logs for the embedded run: Spark logs every step at INFO, and PDFBox and POI log
 * through the same log4j; Quire reports its problems itself. A cluster's own log settings win
 * ({@code -Dlog4j2.configurationFile}).
 */
final class Logs {
    private Logs() {
    }

    static void quiet() {
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "quire-spark-log4j2.properties");
        }
    }
}
