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
        Files.writeString(story, "---\ntitle: Snow\n---\n\u0391\u03b8\u03ae\u03bd\u03b1, \u041c\u043e\u0441\u043a\u0432\u0430"
                + " and the snowman \u2603 print fine.\n\nBut the face \uD83D\uDE00 does not.\n");
        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.PDF)).build()
                .build(story, root.resolve("out"));
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(story
                + ":6:14: warning [MISSING-GLYPH] no font of the PDF can draw U+1F600 \uD83D\uDE00 (GRINNING FACE); the PDF prints # in its place:"
                + " add a TrueType font that has it to the fonts folder (pdfFonts) or the theme's fonts/ folder");
        assertThat(root.resolve("out/snow.pdf")).isRegularFile();
    }

    @Test
    void aScriptTheFontsLackIsOneWarningAtItsFirstLetter() throws Exception {
        Path story = root.resolve("sea.md");
        // Syriac: a script no bundled face has (Hebrew and Arabic have theirs), written right to left.
        Files.writeString(story, "---\ntitle: The Sea\nlanguage: en\n---\nShe said: \u072b\u0720\u0721\u0710"
                + " \u0725\u0720\u0721\u0710.\n\nAnd \u0712\u0720\u071d\u0710 \uD83D\uDE00 again.\n");
        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.PDF)).build()
                .build(story, root.resolve("out"));
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                story + ":5:11: warning [MISSING-GLYPH] no font of the PDF can draw Syriac script, 7 characters"
                        + " (U+0710 \u0710, U+0712 \u0712, U+071D \u071d, U+0720 \u0720, U+0721 \u0721, U+0725 \u0725 and 1 more);"
                        + " the PDF prints # for each: add a TrueType font that has them to the fonts folder (pdfFonts)"
                        + " or the theme's fonts/ folder",
                story + ":7:10: warning [MISSING-GLYPH] no font of the PDF can draw U+1F600 \uD83D\uDE00 (GRINNING FACE);"
                        + " the PDF prints # in its place: add a TrueType font that has it to the fonts folder (pdfFonts)"
                        + " or the theme's fonts/ folder");
    }

    @Test
    void aCharacterInAnImportedNoteIsNamedAtItsLineInTheWritersFile() throws Exception {
        // Trial 2, finding 15: the heart in chapter 1's end note (line 9) was named at line 3, where the chapter starts.
        Path story = root.resolve("snow.txt");
        Files.writeString(story, "Snow\n\nChapter 1\n\nIt snowed all night.\n\nThe end came softly.\n\n"
                + "Thanks for reading!! \uD83D\uDC95 Please review!\n\nChapter 2\n\nIt melted.\n\nMore text here.\n");
        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.PDF)).build()
                .build(story, root.resolve("out"));
        assertThat(report.warnings()).extracting(Object::toString).filteredOn(w -> w.contains("MISSING-GLYPH"))
                .singleElement().satisfies(w -> assertThat(w).startsWith(story + ":9: warning [MISSING-GLYPH]")
                        .contains("U+1F495"));
    }
}
