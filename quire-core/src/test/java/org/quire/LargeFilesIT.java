package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files within the archive limits are read in bounded memory: a DOCX or an EPUB holding a
 * 150 MB picture imports in a JVM with a 96 MB heap, since only the parts a story needs are read
 * (the picture never is). Before, the whole file, then every entry, then POI's model were held.
 */
class LargeFilesIT {
    private static final Path IMPORT = Path.of("src/test/resources/import");
    private static final int PICTURE = 150 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aDocxWithALargePictureImportsInASmallHeap() throws Exception {
        Path docx = dir.resolve("big.docx");
        copyWithPicture(IMPORT.resolve("docx/hand.docx"), docx, "word/media/big.png", entry -> switch (entry) {
            case "word/_rels/document.xml.rels" -> text -> text.replace("</Relationships>",
                    "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\""
                            + " Id=\"rId100\" Target=\"media/big.png\" /></Relationships>");
            case "[Content_Types].xml" -> text -> text.replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\" /><Default ");
            default -> null;
        });
        assertThat(importInSmallHeap(docx)).contains("2 chapters");
    }

    @Test
    void anEpubWithALargePictureImportsInASmallHeap() throws Exception {
        Path epub = dir.resolve("big.epub");
        copyWithPicture(IMPORT.resolve("salt/pandoc.epub"), epub, "EPUB/media/big.jpg", entry -> null);
        assertThat(importInSmallHeap(epub)).contains("3 chapters");
    }

    private interface Edits {
        java.util.function.UnaryOperator<String> of(String entry);
    }

    /** The zip's entries, some edited, and a stored (uncompressed) picture of random bytes. */
    private static void copyWithPicture(Path from, Path to, String picture, Edits edits) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                java.util.function.UnaryOperator<String> edit = edits.of(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            ZipEntry big = new ZipEntry(picture);
            big.setMethod(ZipEntry.STORED);
            big.setSize(PICTURE);
            CRC32 crc = new CRC32();
            random(PICTURE, crc::update);
            big.setCrc(crc.getValue());
            out.putNextEntry(big);
            random(PICTURE, out::write);
            out.closeEntry();
        }
    }

    private interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    private static void random(int size, Sink sink) throws IOException {
        Random random = new Random(15);
        byte[] chunk = new byte[1 << 20];
        for (int left = size; left > 0; left -= chunk.length) {
            random.nextBytes(chunk);
            sink.write(chunk, 0, Math.min(left, chunk.length));
        }
    }

    private static String importInSmallHeap(Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), "org.quire.testing.ImportOne", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
