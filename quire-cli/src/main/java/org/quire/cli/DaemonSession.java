package org.quire.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.quire.write.TemporaryFiles;

/**
 * One client's command in the build server. The command runs on the server's thread with
 * {@code PrintStream}s whose bytes become frames in a queue; one writer thread sends them. The
 * command's threads never touch the socket: a cancel interrupts them, and an interrupted thread
 * that writes to a channel closes it. A listener thread reads the socket: a cancel byte, or the
 * socket closing (the client died), interrupts the command as the in-process shutdown hook
 * ({@code ShutdownGuard}) does, and the exit code sent is then 130, as the client's JVM exits on
 * Ctrl-C whatever the command returned.
 */
final class DaemonSession {
    /** What the server does next. */
    enum Outcome { NEXT, STOP }

    private static final long REQUEST_WAIT_SECONDS = 10;
    private static final long WRITER_WAIT_SECONDS = 30;
    private static final byte[] END = new byte[0];
    private final SocketChannel channel;
    private final String digest;
    private final DaemonStreams streams;
    private final ScheduledExecutorService timer;
    private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    private final Thread worker = Thread.currentThread();
    private boolean running;
    private volatile boolean cancelled;

    DaemonSession(SocketChannel channel, String digest, DaemonStreams streams, ScheduledExecutorService timer) {
        this.channel = channel;
        this.digest = digest;
        this.streams = streams;
        this.timer = timer;
    }

    Outcome serve() {
        DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonProtocol.input(channel)));
        DaemonProtocol.Request request;
        // A client that connects and says nothing must not hold the server: closed after 10 s.
        ScheduledFuture<?> deadline = timer.schedule(this::closeChannel, REQUEST_WAIT_SECONDS, TimeUnit.SECONDS);
        try {
            request = DaemonProtocol.Request.read(in);
        } catch (IOException e) {
            DaemonServer.log("a request could not be read: " + e);
            return Outcome.NEXT;
        } finally {
            deadline.cancel(false);
        }
        Thread writer = new Thread(this::write, "quire-daemon-writer");
        writer.start();
        Outcome outcome = Outcome.NEXT;
        if (request.kind() == DaemonProtocol.STOP) {
            exit(Main.OK);
            outcome = Outcome.STOP;
        } else if (!request.digest().equals(digest)) {
            refuse("it serves another key");
        } else {
            outcome = run(request, in);
        }
        frames.add(END);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(WRITER_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return outcome;
    }

    private Outcome run(DaemonProtocol.Request request, DataInputStream in) {
        Charset charset = Charset.defaultCharset(); // as System.out's: LANG and LC_* are in the key
        PrintStream out = new PrintStream(new Frames(DaemonProtocol.OUT), true, charset);
        PrintStream err = new PrintStream(new Frames(DaemonProtocol.ERR), true, charset);
        Thread listener = new Thread(() -> listen(in), "quire-daemon-cancel");
        listener.setDaemon(true);
        synchronized (this) {
            running = true;
        }
        listener.start();
        streams.attach(out, err);
        int code;
        Outcome outcome = Outcome.NEXT;
        long start = System.nanoTime();
        try {
            code = Command.run(request.args(), out, err, new Screen(request.terminal(), request.width()));
        } catch (RuntimeException | Error e) { // what the JVM prints of an uncaught exception, and its exit code
            err.print("Exception in thread \"main\" ");
            e.printStackTrace(err);
            code = Main.STORY_FAILED;
            outcome = e instanceof Error ? Outcome.STOP : Outcome.NEXT; // after an OutOfMemoryError, a fresh JVM
        } finally {
            synchronized (this) {
                running = false;
            }
            Thread.interrupted(); // a cancel that came as the command ended must not reach the next one
            out.flush();
            err.flush();
            streams.detach();
        }
        if (cancelled) {
            TemporaryFiles.deleteAll(); // what the in-process shutdown hook does after a Ctrl-C
            code = Main.INTERRUPTED;
        }
        exit(code);
        DaemonServer.log(String.join(" ", request.args()) + " -> " + code + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms" + (cancelled ? " (cancelled)" : ""));
        return outcome;
    }

    /** Reads the socket until the client cancels or goes; either way the command is interrupted. */
    private void listen(DataInputStream in) {
        try {
            in.read();
        } catch (IOException e) {
            // closed: the client died, or the session is over
        }
        synchronized (this) {
            if (running) {
                cancelled = true;
                worker.interrupt();
            }
        }
    }

    private void exit(int code) {
        ByteBuffer frame = ByteBuffer.allocate(5).put(DaemonProtocol.EXIT).putInt(code);
        frames.add(frame.array());
    }

    private void refuse(String reason) {
        byte[] text = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        frames.add(ByteBuffer.allocate(3 + text.length).put(DaemonProtocol.REFUSED).putShort((short) text.length).put(text).array());
    }

    /** The writer thread: sends frames in order; once the client is gone, drops them. */
    private void write() {
        OutputStream socket = DaemonProtocol.output(channel);
        boolean open = true;
        while (true) {
            byte[] frame;
            try {
                frame = frames.take();
            } catch (InterruptedException e) {
                return; // never interrupted: no one holds this thread
            }
            if (frame == END) {
                return;
            }
            try {
                if (open) {
                    socket.write(frame);
                }
            } catch (IOException e) {
                open = false;
            }
        }
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing to report
        }
    }

    /** An output stream whose every write becomes one frame of the given type. */
    private final class Frames extends OutputStream {
        private final byte type;

        Frames(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (length > 0) {
                frames.add(ByteBuffer.allocate(5 + length).put(type).putInt(length).put(bytes, offset, length).array());
            }
        }
    }
}
