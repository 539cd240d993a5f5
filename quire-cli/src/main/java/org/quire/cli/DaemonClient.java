package org.quire.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The client side of the build server: hands a command to the server of this JVM's
 * {@link DaemonKey} (started first if none answers, {@link DaemonLaunch}), prints what it prints
 * as it comes, and returns its exit code. On Ctrl-C the shutdown hook asks the server to cancel
 * and waits (at most 20 s) until the server's last words are printed; the JVM then exits with
 * 130 as it would have without a server. Whenever the server cannot be used, before it printed
 * anything, the answer is empty and the caller builds in its own JVM.
 */
final class DaemonClient {
    private static final long CANCEL_WAIT_SECONDS = 20;

    private DaemonClient() {
    }

    /**
     * @param verbose where to say why no server was used, or null to say nothing
     * @return the command's exit code, or empty when the command was not run by a server
     */
    static OptionalInt submit(List<String> args, Screen screen, Map<String, String> environment, PrintStream verbose) {
        Optional<Path> folder = DaemonDirectory.of(environment);
        if (folder.isEmpty()) {
            return unused(verbose, "the folder " + DaemonDirectory.location(environment) + " is not safe for its socket");
        }
        Optional<DaemonKey> key = DaemonKey.current(environment);
        if (key.isEmpty()) {
            return unused(verbose, "this JVM does not run quire from one jar");
        }
        DaemonLaunch launch = new DaemonLaunch(key.get(), folder.get());
        SocketChannel channel;
        try {
            channel = launch.connect();
        } catch (IOException e) {
            return unused(verbose, e.getMessage());
        }
        try (channel) {
            new DaemonProtocol.Request(key.get().digest(), DaemonProtocol.BUILD, screen.terminal(), screen.width(), args)
                    .write(new DataOutputStream(new java.io.BufferedOutputStream(DaemonProtocol.output(channel))));
            return relay(channel, launch.log(), verbose);
        } catch (IOException e) {
            return unused(verbose, "the build server did not take the command: " + e.getMessage());
        }
    }

    /** Prints the server's frames until its exit code; a Ctrl-C meanwhile sends a cancel. */
    private static OptionalInt relay(SocketChannel channel, Path log, PrintStream verbose) {
        CountDownLatch finished = new CountDownLatch(1);
        Cancel cancel = new Cancel(channel, finished);
        Runtime.getRuntime().addShutdownHook(cancel);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        boolean printed = false;
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonProtocol.input(channel)));
            while (true) {
                byte type = in.readByte();
                if (type == DaemonProtocol.EXIT) {
                    return OptionalInt.of(in.readInt());
                }
                if (type == DaemonProtocol.REFUSED) {
                    return unused(verbose, "the build server refused the command: " + in.readUTF());
                }
                byte[] bytes = in.readNBytes(in.readInt());
                OutputStream to = type == DaemonProtocol.ERR ? err : out;
                to.write(bytes);
                to.flush();
                printed = true;
            }
        } catch (IOException e) {
            if (cancel.sent) {
                return OptionalInt.of(Main.INTERRUPTED); // the JVM is exiting on Ctrl-C: nothing to fall back to
            }
            if (printed) { // half a build was shown: say why it starts again
                new PrintStream(err, true).println("quire: the build server stopped (its log: " + log + "); building in this process");
                return OptionalInt.empty();
            }
            return unused(verbose, "the build server closed the connection (its log: " + log + ")");
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException e) {
                // the JVM is exiting: the hook runs, finds the build over and returns
            }
        }
    }

    private static OptionalInt unused(PrintStream verbose, String why) {
        if (verbose != null) {
            verbose.println("quire: building in this process: " + why);
        }
        return OptionalInt.empty();
    }

    /**
     * {@code --stop-daemon}: asks every build server of this user (each socket in the servers'
     * folder) to stop once the build it runs is over.
     *
     * @return the exit code, 0
     */
    static int stopAll(Map<String, String> environment, PrintStream out, PrintStream err) {
        Optional<Path> folder = DaemonDirectory.of(environment);
        int stopped = 0;
        if (folder.isPresent()) {
            try (DirectoryStream<Path> sockets = Files.newDirectoryStream(folder.get(), "*.sock")) {
                for (Path socket : sockets) {
                    stopped += stop(socket) ? 1 : 0;
                }
            } catch (IOException e) {
                err.println("quire: " + folder.get() + ": " + e.getMessage());
            }
        }
        out.println("quire: stopped " + stopped + (stopped == 1 ? " build server" : " build servers"));
        return Main.OK;
    }

    private static boolean stop(Path socket) {
        try (SocketChannel channel = DaemonLaunch.tryConnect(socket)) {
            if (channel == null) {
                return false; // a killed server's socket: the next server of its key takes the name over
            }
            new DaemonProtocol.Request("", DaemonProtocol.STOP, false, Screen.DEFAULT_WIDTH, List.of())
                    .write(new DataOutputStream(new java.io.BufferedOutputStream(DaemonProtocol.output(channel))));
            DataInputStream in = new DataInputStream(DaemonProtocol.input(channel));
            return in.readByte() == DaemonProtocol.EXIT;
        } catch (IOException e) {
            return false;
        }
    }

    /** The shutdown hook: a cancel to the server, then a wait for its last frames to be printed. */
    private static final class Cancel extends Thread {
        private final SocketChannel channel;
        private final CountDownLatch finished;
        volatile boolean sent;

        Cancel(SocketChannel channel, CountDownLatch finished) {
            super("quire-cancel");
            this.channel = channel;
            this.finished = finished;
        }

        @Override
        public void run() {
            if (finished.getCount() == 0) {
                return;
            }
            try {
                sent = true;
                channel.write(ByteBuffer.wrap(new byte[] {DaemonProtocol.CANCEL}));
                finished.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the server is gone already: nothing to wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
