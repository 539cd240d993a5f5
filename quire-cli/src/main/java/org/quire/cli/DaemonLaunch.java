package org.quire.cli;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the build server of a key, or starts it: {@code java} of this JVM's {@code java.home}
 * with this JVM's options, in this working folder and environment, in a session of its own
 * ({@code setsid}, where there is one: the terminal's Ctrl-C and hang-up never reach it), its
 * output appended to {@code <key>.log}. One client at a time starts a key's server (a lock file),
 * so two builds started together share one. The client waits for the socket at most 10 s.
 */
final class DaemonLaunch {
    private static final long START_WAIT_MILLIS = 10_000;
    /**
     * Options the server adds to the client's: the {@code System.gc()} after each build resizes
     * the heap (ParallelGC leaves it as it is by default) to at most 30% free, so an idle server
     * of Pride and Prejudice holds about 120 MB instead of 190-450 MB (README, "Build server").
     * They change when memory is given back, never what a build writes.
     */
    static final List<String> SERVER_OPTIONS = List.of("-XX:+UseAdaptiveSizePolicyWithSystemGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");
    private final DaemonKey key;
    private final Path socket;
    private final Path log;
    private final Path lock;

    DaemonLaunch(DaemonKey key, Path folder) {
        this.key = key;
        this.socket = folder.resolve(key.name() + ".sock");
        this.log = folder.resolve(key.name() + ".log");
        this.lock = folder.resolve(key.name() + ".lock");
    }

    Path log() {
        return log;
    }

    /**
     * A connection to the key's server, started if none answers.
     *
     * @throws IOException the server could not be started, or did not answer in time (the message says which)
     */
    SocketChannel connect() throws IOException {
        SocketChannel channel = tryConnect(socket);
        if (channel != null) {
            return channel;
        }
        try (FileChannel file = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = file.lock()) {
            channel = tryConnect(socket); // another client may have started it while this one waited
            if (channel != null) {
                return channel;
            }
            Process server = start();
            long deadline = System.nanoTime() + START_WAIT_MILLIS * 1_000_000;
            while (System.nanoTime() < deadline) {
                channel = tryConnect(socket);
                if (channel != null) {
                    return channel;
                }
                if (!server.isAlive()) {
                    throw new IOException("the build server exited with code " + server.exitValue() + " (its log: " + log + ")");
                }
                Thread.sleep(10);
            }
            throw new IOException("the build server did not answer within " + START_WAIT_MILLIS / 1000 + " s (its log: " + log + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the build server started", e);
        }
    }

    private Process start() throws IOException {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(key.jvmOptions());
        command.addAll(SERVER_OPTIONS);
        command.add("-cp");
        command.add(key.jar().toString());
        command.add("org.quire.cli.DaemonServer"); // by name: the class is not loaded here
        command.add(socket.toString());
        command.add(key.digest());
        if (Files.exists(log) && Files.size(log) > 1_000_000) { // a log never grows without end
            Files.move(log, log.resolveSibling(key.name() + ".log.old"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true)
                .start();
    }

    /** A connection to the server listening on {@code socket}, or null when none does. */
    static SocketChannel tryConnect(Path socket) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException | UnsupportedOperationException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was sent on it
                }
            }
            return null;
        }
    }
}
