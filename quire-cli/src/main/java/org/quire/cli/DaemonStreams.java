package org.quire.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The build server's {@code System.out} and {@code System.err}. Quire prints only to the streams
 * a command is given, but a library may still print to the JVM's own (a
 * {@code java.util.logging} console handler writes to {@code System.err}): what is printed there
 * while a command runs goes to that command's client, as it would without a server; between
 * commands, to the server's log.
 */
final class DaemonStreams {
    private static final PrintStream LOG = System.out;
    private final Switch out = new Switch();
    private final Switch err = new Switch();

    private DaemonStreams() {
    }

    /** Replaces {@code System.out} and {@code System.err}; call once, before any command. */
    static DaemonStreams install() {
        DaemonStreams streams = new DaemonStreams();
        System.setOut(new PrintStream(streams.out, true));
        System.setErr(new PrintStream(streams.err, true));
        return streams;
    }

    /** The server's log: its standard output as it started. */
    static PrintStream log() {
        return LOG;
    }

    /** While a command runs, what is printed to System.out and System.err goes to its streams. */
    void attach(PrintStream commandOut, PrintStream commandErr) {
        out.to = commandOut;
        err.to = commandErr;
    }

    void detach() {
        System.out.flush();
        System.err.flush();
        out.to = LOG;
        err.to = LOG;
    }

    private static final class Switch extends OutputStream {
        volatile OutputStream to = LOG;

        @Override
        public void write(int b) throws IOException {
            to.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            to.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            to.flush();
        }
    }
}
