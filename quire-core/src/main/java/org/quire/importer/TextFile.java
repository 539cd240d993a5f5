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
 * Reads a text file from a writer's archive. Most are UTF-8; older downloads and Windows editors
 * saved Windows-1252, which is read as such with a warning rather than refused, since the writer
 * can do nothing about a download's encoding.
 */
final class TextFile {
    /** A text larger than this is not a story; it is refused before being read whole. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFile() {
    }

    /** The file's text, a leading byte-order mark removed and line ends made {@code \n}. */
    static String read(Path file, List<Diagnostic> warnings) throws IOException, StoryException {
        byte[] bytes = bytes(file, MAX_BYTES);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
            warnings.add(Diagnostic.warning("IMPORT-ENCODING", Location.of(file, 1),
                    "the file is not UTF-8; it was read as Windows-1252 (check accented letters and quotes)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
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
