package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.StoryException;

/** Files from elsewhere stay harmless: no entity expansion, no fetching, no escape from the zip, bounded memory. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private Path epub(String name, String opf, String chapter) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "mimetype", "application/epub+zip");
            put(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?><container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            put(zip, "OEBPS/content.opf", opf);
            put(zip, "OEBPS/ch1.xhtml", chapter);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void entitiesAreNotExpandedAndOutsideFilesNotRead() throws Exception {
        String opf = "<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>&b;&secret;</dc:title></metadata><manifest>"
                + "<item id=\"c\" href=\"../../../../etc/hostname\" media-type=\"image/jpeg\" properties=\"cover-image\"/>"
                + "<item id=\"d\" href=\"ch1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"d\"/></spine></package>";
        Path file = epub("hostile.epub", opf, "<html><body><p>Safe text. <img src=\"http://example.invalid/x.png\" alt=\"a cat\"/></p></body></html>");

        ImportedStory story = new Importer(NoteMode.GUESS).read(file);

        assertThat(story.title()).doesNotContain("aaaaaaaaaa").doesNotContain("root:");
        assertThat(story.cover()).isEmpty();
        assertThat(story.chapters()).hasSize(1);
        assertThat(story.chapters().get(0).body()).isEqualTo("Safe text. a cat");
        assertThat(story.warnings()).anySatisfy(w -> assertThat(w.message()).contains("picture"));
        assertThat(story.warnings()).anySatisfy(w -> assertThat(w.message()).contains("cover").contains("missing"));
    }

    @Test
    void aLanguageThatIsNotATagIsAWarningNotAFailure() throws Exception {
        // pandoc under LANG=C writes <dc:language>C</dc:language>.
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title>\n<dc:language>C</dc:language>"
                + "</metadata><manifest><item id=\"d\" href=\"ch1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"d\"/></spine></package>";
        Path file = epub("c.epub", opf, "<html><body><p>Plain words.</p></body></html>");

        ImportedStory story = new Importer(NoteMode.GUESS).read(file);

        assertThat(story.metadata()).doesNotContainKey("language");
        assertThat(story.warnings()).anySatisfy(w -> assertThat(w.toString())
                .contains(":2: warning [IMPORT-LANGUAGE] dc:language 'C' is not a language tag"));
    }

    @Test
    void aChapterOutsideTheBookIsRefusedNeverRead() throws Exception {
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title></metadata><manifest>"
                + "<item id=\"c\" href=\"../../../../etc/hostname\" media-type=\"application/xhtml+xml\"/>"
                + "<item id=\"d\" href=\"ch1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c\"/><itemref idref=\"d\"/></spine></package>";
        Path file = epub("out.epub", opf, "<html><body><p>Safe text.</p></body></html>");
        assertThatThrownBy(() -> new Importer(NoteMode.GUESS).read(file)).isInstanceOf(StoryException.class)
                .hasMessageContaining("IMPORT-EPUB").hasMessageContaining("'../../../../etc/hostname', which is not in the EPUB");
    }

    @Test
    void aSymbolicLinkInsideTheEpubIsRefusedNotReadAsAFile() throws Exception {
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title></metadata><manifest>"
                + "<item id=\"d\" href=\"ch1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"d\"/></spine></package>";
        Path file = epub("link.epub", opf, "/etc/passwd");
        // Mark ch1.xhtml as a Unix symbolic link in the central directory (APPNOTE 4.4.2, 4.4.15), as `zip --symlinks` does.
        byte[] bytes = Files.readAllBytes(file);
        java.nio.ByteBuffer zip = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        boolean marked = false;
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (zip.getInt(i) == 0x02014b50 && new String(bytes, i + 46, zip.getShort(i + 28), StandardCharsets.UTF_8)
                    .equals("OEBPS/ch1.xhtml")) {
                zip.putShort(i + 4, (short) (3 << 8 | 20));
                zip.putInt(i + 38, 0120777 << 16);
                marked = true;
            }
        }
        assertThat(marked).isTrue();
        Files.write(file, bytes);
        assertThatThrownBy(() -> new Importer(NoteMode.GUESS).read(file)).isInstanceOf(StoryException.class)
                .hasMessageContaining("IMPORT-ZIP").hasMessageContaining("link.epub!/OEBPS/ch1.xhtml")
                .hasMessageContaining("symbolic link");
    }

    @Test
    void aBrokenOrMisnamedFileIsToldForWhatItIs() throws Exception {
        Path doc = dir.resolve("story.docx");
        byte[] ole = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole, 0, 8);
        Files.write(doc, ole);
        assertThatThrownBy(() -> new Importer(NoteMode.GUESS).read(doc)).hasMessageContaining("old Word document (.doc)")
                .hasMessageContaining("save it as .docx");

        byte[] docx = Files.readAllBytes(FormatReadersTest.RESOURCES.resolve("trial/skerry-headings.docx"));
        Path half = dir.resolve("half.docx");
        Files.write(half, java.util.Arrays.copyOf(docx, docx.length / 2));
        Path tail = dir.resolve("tail.docx");
        Files.write(tail, java.util.Arrays.copyOf(docx, docx.length - 30));
        for (Path cut : java.util.List.of(half, tail)) {
            assertThatThrownBy(() -> new Importer(NoteMode.GUESS).read(cut)).as(cut.toString())
                    .hasMessageContaining("cut short or damaged").hasMessageNotContaining("Failed to read the file input stream");
        }

        String container = "<?xml version=\"1.0\"?><container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">"
                + "<rootfiles><rootfile full-path=\"../../outside.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
        Path escape = dir.resolve("escape.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(escape))) {
            put(zip, "mimetype", "application/epub+zip");
            put(zip, "META-INF/container.xml", container);
        }
        assertThatThrownBy(() -> new Importer(NoteMode.GUESS).read(escape))
                .hasMessageContaining("'../../outside.opf'").hasMessageContaining("leaves the EPUB");
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() throws Exception {
        Path file = dir.resolve("bomb.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("OEBPS/big.xhtml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> new Importer(NoteMode.GUESS).read(file)).isInstanceOf(StoryException.class)
                .hasMessageContaining("IMPORT-ZIP").hasMessageContaining("zip bomb");
    }
}
