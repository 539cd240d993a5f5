package org.quire.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * One warning per writing system the fonts lack, at the first place the writer typed one of
     * its characters: a story in Hebrew or Japanese gets one line that says what to add, not one
     * per letter. Symbols and emoji (Unicode's Common script) are named one by one, since each
     * may need a different font.
     */
    static List<Diagnostic> warnings(Set<Integer> missing, Story story) throws IOException {
        Map<Character.UnicodeScript, List<Integer>> byScript = new TreeMap<>();
        for (int codePoint : new TreeSet<>(missing)) {
            if (!invisible(codePoint)) {
                byScript.computeIfAbsent(script(codePoint), k -> new ArrayList<>()).add(codePoint);
            }
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (Map.Entry<Character.UnicodeScript, List<Integer>> group : byScript.entrySet()) {
            List<Integer> codePoints = group.getValue();
            if (group.getKey() == Character.UnicodeScript.COMMON || codePoints.size() == 1) {
                for (int codePoint : codePoints) {
                    warnings.add(warning(whereTyped(story, List.of(codePoint)), String.format(
                            "U+%04X %s (%s); the PDF prints # in its place", codePoint,
                            new String(Character.toChars(codePoint)), Character.getName(codePoint)), "it"));
                }
            } else {
                warnings.add(warning(whereTyped(story, codePoints), String.format(
                        "%s script, %d characters (%s); the PDF prints # for each", scriptName(group.getKey()),
                        codePoints.size(), listed(codePoints)), "them"));
            }
        }
        // In the order the writer meets them (a file's name as the last resort of the tie).
        warnings.sort(java.util.Comparator.comparing((Diagnostic d) -> d.location().file().toString())
                .thenComparingInt(d -> d.location().line()).thenComparingInt(d -> d.location().column())
                .thenComparing(Diagnostic::message));
        return warnings;
    }

    private static Diagnostic warning(Location where, String what, String pronoun) {
        return Diagnostic.warning("MISSING-GLYPH", where, "no font of the PDF can draw " + what
                + ": add a TrueType font that has " + pronoun + " to the fonts folder (pdfFonts) or the theme's fonts/ folder");
    }

    /** The script a character is written in; marks and digits shared by several count as their own. */
    private static Character.UnicodeScript script(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.UNKNOWN
                ? Character.UnicodeScript.COMMON : script;
    }

    /** "HEBREW" as "Hebrew", "OL_CHIKI" as "Ol Chiki". */
    static String scriptName(Character.UnicodeScript script) {
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
            name.append(name.length() == 0 ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** The first few characters, each as U+XXXX and itself, and how many more. */
    private static String listed(List<Integer> codePoints) {
        int shown = Math.min(codePoints.size(), LISTED);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append(String.format("U+%04X %s", codePoints.get(i),
                    new String(Character.toChars(codePoints.get(i)))));
        }
        return codePoints.size() > shown ? out.append(" and ").append(codePoints.size() - shown).append(" more").toString() : out.toString();
    }

    private static final int LISTED = 6;

    /** Spaces, controls, joiners, soft hyphens and variation selectors take no glyph of their own. */
    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x00A0 || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /** The first place, in reading order, where the writer typed one of {@code codePoints}. */
    private static Location whereTyped(Story story, List<Integer> codePoints) throws IOException {
        List<Path> sources = new ArrayList<>();
        story.chapters().stream().map(Chapter::source).distinct().forEach(sources::add);
        if (Files.isDirectory(story.source())) {
            sources.add(0, story.source().resolve("story.yaml"));
        }
        // Typed as the character or as a character reference (&#x1F600; &#128512;).
        StringBuilder alternatives = new StringBuilder();
        for (int codePoint : codePoints) {
            alternatives.append(alternatives.length() == 0 ? "" : "|")
                    .append(java.util.regex.Pattern.quote(new String(Character.toChars(codePoint))))
                    .append("|(?i:&#x0*").append(Integer.toHexString(codePoint)).append(";)|&#0*").append(codePoint).append(';');
        }
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(alternatives.toString());
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
