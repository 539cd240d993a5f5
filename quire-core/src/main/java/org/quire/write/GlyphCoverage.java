package org.quire.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
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

    /** Characters of {@code body}'s text that no face of {@code fonts} has (the cover's lettering). */
    static List<Diagnostic> check(Element body, PdfFonts fonts, Story story) throws IOException {
        Set<Integer> used = new TreeSet<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.getWholeText().codePoints().filter(cp -> !invisible(cp)).forEach(used::add);
            }
        });
        List<org.quire.typeset.shape.FontFace> faces = fonts.library().faces();
        used.removeIf(cp -> faces.stream().anyMatch(face -> face.covers(cp)));
        return warnings(used, story);
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

    /** Spaces, controls, joiners, soft hyphens and variation selectors take no glyph of their own. */
    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x00A0 || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static Location whereTyped(Story story, int codePoint) throws IOException {
        List<Path> sources = new ArrayList<>();
        story.chapters().stream().map(Chapter::source).distinct().forEach(sources::add);
        if (Files.isDirectory(story.source())) {
            sources.add(0, story.source().resolve("story.yaml"));
        }
        // Typed as the character or as a character reference (&#x1F600; &#128512;).
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(
                new String(Character.toChars(codePoint))) + "|(?i)&#x0*" + Integer.toHexString(codePoint) + ";|&#0*" + codePoint + ";");
        for (Path source : sources) {
            if (!Files.isRegularFile(source)) {
                continue;
            }
            String[] lines = Files.readString(source, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                java.util.regex.Matcher found = wanted.matcher(lines[i]);
                if (found.find()) {
                    return new Location(source, i + 1, lines[i].codePointCount(0, found.start()) + 1);
                }
            }
        }
        return Location.of(story.source());
    }
}
