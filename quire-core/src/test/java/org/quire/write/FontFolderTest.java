package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;

/**
 * A writer's fonts folder is read by what each file says it is, not by its name (trial 15,
 * findings 2 and 3: DejaVuSans.ttf was ignored and the book set in bold; a broken file failed
 * every story with a message that did not name it).
 */
class FontFolderTest {
    @TempDir
    Path folder;

    private void copy(String bundled, String as) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/quire/theme/fonts/" + bundled)) {
            Files.copy(in, folder.resolve(as));
        }
    }

    @Test
    void aFaceIsKnownByTheFamilyWeightAndStyleItsFileDeclares() throws Exception {
        copy("NotoSerif-Regular.ttf", "serif.ttf");
        copy("NotoSerif-BoldItalic.ttf", "NotoSerif.ttf");
        List<FontFolder.Found> faces = FontFolder.read(folder).faces();
        assertThat(faces).extracting(f -> f.face().family()).containsExactly("Noto Serif", "Noto Serif");
        PdfFonts.Face boldItalic = faces.get(0).face();
        assertThat(boldItalic.weight()).isEqualTo(700);
        assertThat(boldItalic.style()).isEqualTo(FontStyle.ITALIC);
        PdfFonts.Face regular = faces.get(1).face();
        assertThat(regular.weight()).isEqualTo(400);
        assertThat(regular.style()).isEqualTo(FontStyle.NORMAL);
    }

    @Test
    void aFileNamedTheOlderWayAlsoAnswersToItsFileFamily() throws Exception {
        copy("NotoSerif-Bold.ttf", "Fancy-Bold.ttf");
        FontFolder.Found found = FontFolder.read(folder).faces().get(0);
        assertThat(found.face().family()).isEqualTo("Noto Serif");
        assertThat(found.fileFamily()).isEqualTo("Fancy");
    }

    @Test
    void aFileThatIsNoTrueTypeFontIsLeftOutWithAWarningAtIt() throws Exception {
        Files.writeString(folder.resolve("Bogus-Regular.ttf"), "<html>not found</html>");
        Files.writeString(folder.resolve("Pretty-Regular.otf"), "OTTO");
        copy("NotoSerif-Italic.ttf", "Good-Italic.ttf");
        FontFolder read = FontFolder.read(folder);
        assertThat(read.faces()).hasSize(1);
        assertThat(read.warnings()).extracting(Diagnostic::code).containsExactly("FONT-UNREADABLE", "FONT-UNSUPPORTED");
        assertThat(read.warnings().get(0).toString()).contains("Bogus-Regular.ttf:").contains("replace it")
                .contains("it holds text, not a font"); // a writer's words, not the parser's ("EOF at 26, b1: 108…")
        assertThat(read.warnings().get(1).toString()).contains("Pretty-Regular.otf:").contains(".ttf files");
    }

    /** Why a font file is refused, said as a writer would understand it (trial 16, finding 7). */
    @Test
    void theWarningSaysWhatTheFileIs() throws Exception {
        Files.write(folder.resolve("Noise-Regular.ttf"), new byte[] {1, 2, 3, 4, (byte) 0xF0, 0, 0, 9});
        Files.writeString(folder.resolve("Web-Regular.ttf"), "wOF2 and more");
        byte[] serif;
        try (var in = getClass().getResourceAsStream("/org/quire/theme/fonts/NotoSerif-Regular.ttf")) {
            serif = in.readAllBytes();
        }
        Files.write(folder.resolve("Cut-Regular.ttf"), java.util.Arrays.copyOf(serif, 300));
        java.util.List<String> said = FontFolder.read(folder).warnings().stream().map(Object::toString).toList();
        assertThat(said).anyMatch(w -> w.contains("Noise-Regular.ttf") && w.contains("it is not a font file"))
                .anyMatch(w -> w.contains("Web-Regular.ttf") && w.contains("web font"))
                .anyMatch(w -> w.contains("Cut-Regular.ttf") && w.contains("damaged or cut short"));
    }
}
