package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A character no font can draw is a warning at the place the author typed it, never a silent box. */
class MissingGlyphIT {
    @TempDir
    Path root;

    @Test
    void warnsAtTheFileLineAndColumnOfTheCharacter() throws Exception {
        Path story = root.resolve("snow.md");
        Files.writeString(story, "---\ntitle: Snow\n---\nΑθήνα and Москва print fine.\n\nBut the snowman \u2603 does not.\n");
        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.PDF)).build()
                .build(story, root.resolve("out"));
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(story
                + ":6:17: warning [MISSING-GLYPH] no font of the PDF can draw U+2603 \u2603 (SNOWMAN); it would print as a blank box:"
                + " add a TrueType font that has it to the fonts folder (pdfFonts) or the theme's fonts/ folder");
        assertThat(root.resolve("out/snow.pdf")).isRegularFile();
    }
}
