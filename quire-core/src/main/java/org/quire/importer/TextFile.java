package org.quire.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads a text file from a writer's archive. A byte-order mark says the encoding (UTF-8,
 * UTF-16 as Windows' Notepad saves "Unicode"); without one, UTF-8, else Windows-1252, which
 * older downloads and Windows editors saved, read with a warning rather than refused, since the
 * writer can do nothing about a download's encoding. A file with NUL bytes or other control
 * characters is not text (a picture, a program, UTF-16 without its mark): it is refused
 * ({@code IMPORT-NOT-TEXT}), never built as a book of garbage.
 */
final class TextFile {
    /** A text larger than this is not a story; it is refused before being read whole. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFile() {
    }

    /** The file's text, the byte-order mark removed and line ends made {@code \n}. */
    static String read(Path file, List<Diagnostic> warnings) throws IOException, StoryException {
        byte[] bytes = bytes(file, MAX_BYTES);
        String text = decode(file, bytes, warnings);
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                if (c == 0 || ++control > 8) {
                    throw new StoryException(Diagnostic.error("IMPORT-NOT-TEXT", Location.of(file, lineAt(text, i)),
                            "the file is not text (it holds " + (c == 0 ? "NUL bytes" : "control characters")
                                    + "): a picture, a program, or text saved as UTF-16 without a byte-order mark;"
                                    + " save it as UTF-8 text"));
                }
            }
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decode(Path file, byte[] bytes, List<Diagnostic> warnings) throws StoryException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(file, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset charset = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            warnings.add(Diagnostic.warning("IMPORT-ENCODING", Location.of(file, 1),
                    "the file is UTF-16 (" + charset.name() + ", as Windows saves \"Unicode\" text); read as such"));
            return strict(file, bytes, 2, charset);
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add(Diagnostic.warning("IMPORT-ENCODING", Location.of(file, 1),
                    "the file is not UTF-8; it was read as Windows-1252 (check accented letters and quotes)"));
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Text in the encoding its byte-order mark names: a byte that breaks it is an error, not a guess. */
    private static String strict(Path file, byte[] bytes, int skip, Charset charset) throws StoryException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new StoryException(Diagnostic.error("IMPORT-ENCODING", Location.of(file, 1),
                    "the file starts with the byte-order mark of " + charset.name() + " but is not valid "
                            + charset.name() + "; save it again as UTF-8 text"));
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The file's bytes, refused with {@code FILE-TOO-LARGE} past {@code limit}. */
    static byte[] bytes(Path file, long limit) throws IOException, StoryException {
        if (Files.size(file) > limit) {
            throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(file),
                    "file is larger than " + limit / (1024 * 1024) + " MB; Quire does not import it"));
        }
        return Files.readAllBytes(file);
    }
}
