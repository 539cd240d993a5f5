package org.quire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The build server: one warm JVM that runs the commands of the clients of one {@link DaemonKey},
 * one at a time (the others wait in the socket's queue), each with its own output streams
 * ({@link DaemonSession}). Started by {@link DaemonLaunch} as
 * {@code java <the client's options> -cp quire.jar org.quire.cli.DaemonServer <socket> <digest>}.
 * It ignores SIGINT and SIGHUP (they are meant for the client's terminal), and stops, removing
 * its socket, after {@code QUIRE_DAEMON_IDLE} seconds without a command (default 600), when its
 * jar changes, when its socket is removed or taken over, or on {@code quire --stop-daemon}.
 */
public final class DaemonServer {
    private static final long DEFAULT_IDLE_SECONDS = 600;
    private final Path socket;
    private final String digest;
    private final long idleNanos;
    /** The committed heap, in bytes, above which the server stops after a build (QUIRE_DAEMON_MAX_HEAP_MB). */
    private final long maxHeap = maxHeap(System.getenv().get("QUIRE_DAEMON_MAX_HEAP_MB"));
    private final Path jar;
    private final String jarVersion;
    private final ServerSocketChannel listener;
    private final Object socketFile;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quire-daemon-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final DaemonStreams streams;
    private boolean busy;
    private boolean closing;
    private long lastUsed = System.nanoTime();

    private DaemonServer(Path socket, String digest, long idleSeconds, ServerSocketChannel listener, DaemonStreams streams)
            throws IOException {
        this.socket = socket;
        this.digest = digest;
        this.idleNanos = TimeUnit.SECONDS.toNanos(idleSeconds);
        this.jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        this.jarVersion = version(jar);
        this.listener = listener;
        this.socketFile = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
        this.streams = streams;
    }

    public static void main(String[] args) throws IOException {
        // Ctrl-C in the terminal that started it is aimed at the client, which cancels its own build.
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sun.misc.SignalHandler.SIG_IGN);
        Main.quietLibraries();
        Path socket = Path.of(args[0]);
        ServerSocketChannel listener = bind(socket);
        if (listener == null) {
            log("another server answers on " + socket + "; exiting");
            return;
        }
        DaemonServer server = new DaemonServer(socket, args[1], idleSeconds(System.getenv().get("QUIRE_DAEMON_IDLE")),
                listener, DaemonStreams.install());
        Runtime.getRuntime().addShutdownHook(new Thread(server::removeSocket, "quire-daemon-socket"));
        log("serving " + args[1] + " on " + socket + ", pid " + ProcessHandle.current().pid());
        server.serve();
        log("stopped");
        System.exit(Main.OK);
    }

    /** Binds the socket; a file left by a killed server is replaced, a live server's is left alone (null). */
    private static ServerSocketChannel bind(Path socket) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            listener.bind(UnixDomainSocketAddress.of(socket));
            return listener;
        } catch (BindException e) {
            try (SocketChannel live = DaemonLaunch.tryConnect(socket)) {
                if (live != null) {
                    listener.close();
                    return null;
                }
            }
            Files.deleteIfExists(socket);
            listener.bind(UnixDomainSocketAddress.of(socket));
            return listener;
        }
    }

    private void serve() {
        timer.scheduleWithFixedDelay(this::checkIdle, 1, 1, TimeUnit.SECONDS);
        while (true) {
            SocketChannel client;
            try {
                client = listener.accept();
            } catch (ClosedChannelException e) {
                return; // closed by checkIdle or a stop
            } catch (IOException e) {
                log("accept failed: " + e);
                return;
            }
            synchronized (this) {
                if (closing) {
                    close(client); // the client builds in its own JVM
                    return;
                }
                busy = true;
            }
            DaemonSession.Outcome outcome = new DaemonSession(client, digest, streams, timer).serve();
            close(client);
            synchronized (this) {
                busy = false;
                lastUsed = System.nanoTime();
            }
            if (outcome == DaemonSession.Outcome.STOP) {
                stop("asked to stop");
                return;
            }
            // What the build held is garbage now: collected and given back (SERVER_OPTIONS shrink the heap).
            System.gc();
            long committed = Runtime.getRuntime().totalMemory();
            if (committed > maxHeap) {
                // ParallelGC keeps a young generation as large as a long book made it: a server
                // would sit on that for its idle minutes (1.4 GB after a 1M-word book), so it makes
                // way, and the next build starts a fresh one.
                stop("its heap grew to " + (committed >> 20) + " MB (over " + (maxHeap >> 20) + " MB)");
                return;
            }
        }
    }

    /** Every second: stops an idle server, or one whose jar or socket is not its own any more. */
    private void checkIdle() {
        String why;
        synchronized (this) {
            if (busy || closing) {
                return;
            }
            why = System.nanoTime() - lastUsed > idleNanos ? "idle for " + idleNanos / 1_000_000_000 + " s"
                    : !Objects.equals(version(jar), jarVersion) ? jar + " changed"
                    : !ours() ? socket + " was removed or taken over" : null;
            if (why == null) {
                return;
            }
        }
        stop(why);
    }

    private void stop(String why) {
        synchronized (this) {
            closing = true;
        }
        log("stopping: " + why);
        removeSocket();
        close(listener);
    }

    /** Removes the socket, if still this server's, and its start lock (a client that races it starts a server that finds this one gone). */
    private synchronized void removeSocket() {
        try {
            if (ours()) {
                Files.delete(socket);
                Files.deleteIfExists(Path.of(socket.toString().replaceFirst("\\.sock$", ".lock")));
            }
        } catch (IOException e) {
            // gone already
        }
    }

    private boolean ours() {
        try {
            return Objects.equals(Files.readAttributes(socket, BasicFileAttributes.class).fileKey(), socketFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static String version(Path jar) {
        try {
            BasicFileAttributes file = Files.readAttributes(jar, BasicFileAttributes.class);
            return file.size() + " " + file.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    /**
     * The heap a server may keep between builds, in bytes: the setting in MB, else twice the
     * JVM's initial heap (which it keeps anyway) and at least 512 MB.
     */
    static long maxHeap(String setting) {
        try {
            if (setting != null) {
                return Math.max(1, Long.parseLong(setting.strip())) << 20;
            }
        } catch (NumberFormatException e) {
            // the default below
        }
        long initial = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit();
        return Math.max(512L << 20, 2 * initial);
    }

    static long idleSeconds(String setting) {
        try {
            return setting == null ? DEFAULT_IDLE_SECONDS : Math.max(1, Long.parseLong(setting.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_SECONDS;
        }
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // nothing more to say on it
        }
    }

    /** One line in the server's log (its standard output, which the launch sent to {@code <key>.log}). */
    static void log(String line) {
        PrintStream log = DaemonStreams.log();
        log.println(Instant.now() + " " + line);
        log.flush();
    }
}
