package org.quire.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/** Reads a story file as strict UTF-8, so a mis-saved file is reported rather than garbled. */
final class SourceText {
    /** A story file larger than this is surely not prose; refuse it before reading it whole. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceText() {
    }

    /** The file's text with a leading byte-order mark removed and line ends made {@code \n}. */
    static String read(Path file) throws IOException, StoryException {
        if (Files.size(file) > MAX_BYTES) {
            throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(file),
                    "file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split the story into chapters"));
        }
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StoryException(notUtf8(file, bytes));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Diagnostic notUtf8(Path file, byte[] bytes) {
        int bad = firstMalformed(bytes);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Diagnostic.error("NOT-UTF8", new Location(file, line, bad - lineStart + 1),
                String.format("byte 0x%02X is not UTF-8; save the file as UTF-8 in your editor",
                        bytes[bad] & 0xFF));
    }

    /** Offset of the first byte that starts an invalid UTF-8 sequence. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
