package org.quire.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What client and build server say over the socket, all in {@link DataOutputStream} form.
 * The client sends one request: {@code int MAGIC, int VERSION, UTF key digest, byte kind
 * (BUILD or STOP), boolean terminal, int width, int count, UTF argument...}; after it, a single
 * {@link #CANCEL} byte (Ctrl-C), or the socket closing, stops the build. The server answers with
 * frames: {@code OUT|ERR, int length, bytes} as the command prints them, then {@code EXIT, int
 * code}; or {@code REFUSED, UTF reason} when the request is not one it may serve (another key,
 * another version), and the client then builds in its own JVM.
 */
final class DaemonProtocol {
    static final int MAGIC = 0x51554952; // "QUIR"
    /** Changed whenever the bytes on the wire change; part of the key, so old servers are never asked. */
    static final int VERSION = 1;
    static final byte BUILD = 1;
    static final byte STOP = 2;
    static final byte CANCEL = 1;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    private DaemonProtocol() {
    }

    /**
     * The channel as a stream. Not {@code Channels.newInputStream}: its reads and writes take
     * the channel's one blocking lock, so a cancel could not be written while a read waits.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }

    /** The channel as a stream that writes each call through (see {@link #input}). */
    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    /**
     * A command for the server.
     *
     * @param digest the client's {@link DaemonKey#digest()}
     * @param width the client's screen width in columns ({@link Screen#width()})
     */
    record Request(String digest, byte kind, boolean terminal, int width, List<String> args) {
        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(digest);
            out.writeByte(kind);
            out.writeBoolean(terminal);
            out.writeInt(width);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
        }

        /** @throws IOException not a request of this version (then nothing more is read) */
        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a Quire request of protocol version " + VERSION);
            }
            String digest = in.readUTF();
            byte kind = in.readByte();
            boolean terminal = in.readBoolean();
            int width = in.readInt();
            int count = in.readInt();
            if (count < 0 || count > 100_000) {
                throw new IOException("a request of " + count + " arguments");
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(in.readUTF());
            }
            return new Request(digest, kind, terminal, width, List.copyOf(args));
        }
    }
}
