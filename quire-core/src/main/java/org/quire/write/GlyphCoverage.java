package org.quire.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quire.model.Chapter;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.Story;

/**
 * Characters that no font of the PDF can draw, told at the place the author typed them. The
 * typesetter finds them as it shapes (it keeps them for text extraction but cannot show them);
 * this says where they came from, as {@code file:line:col}.
 */
final class GlyphCoverage {
    private GlyphCoverage() {
    }

    static List<Diagnostic> warnings(Set<Integer> missing, Story story) throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        for (int codePoint : missing) {
            if (invisible(codePoint)) {
                continue;
            }
            warnings.add(Diagnostic.warning("MISSING-GLYPH", whereTyped(story, codePoint), String.format(
                    "no font of the PDF can draw U+%04X %s (%s); the PDF prints # in its place: add a TrueType font "
                            + "that has it to the fonts folder (pdfFonts) or the theme's fonts/ folder",
                    codePoint, new String(Character.toChars(codePoint)), Character.getName(codePoint))));
        }
        return warnings;
    }

    /** Spaces, controls, joiners and soft hyphens take no glyph of their own. */
    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x00A0;
    }

    private static Location whereTyped(Story story, int codePoint) throws IOException {
        List<Path> sources = new ArrayList<>();
        story.chapters().stream().map(Chapter::source).distinct().forEach(sources::add);
        if (Files.isDirectory(story.source())) {
            sources.add(0, story.source().resolve("story.yaml"));
        }
        String wanted = new String(Character.toChars(codePoint));
        for (Path source : sources) {
            if (!Files.isRegularFile(source)) {
                continue;
            }
            String[] lines = Files.readString(source, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int column = lines[i].indexOf(wanted);
                if (column >= 0) {
                    return new Location(source, i + 1, lines[i].codePointCount(0, column) + 1);
                }
            }
        }
        return Location.of(story.source());
    }
}
