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
 * Finds characters that no font of the PDF can draw, and where the author typed them.
 * openhtmltopdf would print such a character as a replacement mark without a word, so Quire
 * checks first and warns at the character's {@code file:line:col}.
 */
final class GlyphCoverage {
    private GlyphCoverage() {
    }

    static List<Diagnostic> check(Element body, PdfFonts fonts, Story story) throws IOException {
        Set<Integer> used = new TreeSet<>();
        for (TextNode text : allText(body)) {
            text.getWholeText().codePoints().filter(cp -> !invisible(cp)).forEach(used::add);
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (int codePoint : fonts.missing(used)) {
            warnings.add(Diagnostic.warning("MISSING-GLYPH", whereTyped(story, codePoint), String.format(
                    "no font of the PDF can draw U+%04X %s (%s); the PDF prints # in its place: add a TrueType font "
                            + "that has it to the fonts folder (pdfFonts) or the theme's fonts/ folder",
                    codePoint, new String(Character.toChars(codePoint)), Character.getName(codePoint))));
        }
        return warnings;
    }

    private static List<TextNode> allText(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** Spaces, controls, joiners, soft hyphens and variation selectors take no glyph of their own. */
    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x00A0 || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /**
     * Variation selectors only ask for emoji or text presentation of the character before them
     * (❤️ is ❤ + U+FE0F); the book's fonts draw text presentation, and a selector drawn on its own
     * would print as #. They are taken out of the print document.
     */
    static void dropVariationSelectors(Element root) {
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().codePoints()
                    .anyMatch(c -> (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF)) {
                // U+FEFF inside text (Word pastes it) is an old word joiner; in a PDF it may not be
                // mapped to text (ISO 14289-1 §7.21.7), so the word joiner U+2060 stands for it.
                text.text(text.getWholeText().replaceAll("[\\x{FE00}-\\x{FE0F}]", "").replace('\uFEFF', '\u2060'));
            }
        });
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
