package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageGlyph;

/**
 * Verse read back from the PDF (typographer's trial 1, finding 14): a line too long for the
 * measure turns over deeper than any of the poem's own indents, so the turnover never reads as
 * a line the poet indented (Chicago 13.25). {@code verse/turnover}: lines indented by none, one
 * and two tabs, and one line that wraps.
 */
class VerseIT {
    private static final Path STORY = Path.of("src", "test", "resources", "verse", "turnover", "poem.md");
    private static final Path DEEP = Path.of("src", "test", "resources", "verse", "deep", "poem.md");

    @TempDir
    static Path output;

    /** The lines of the page of {@code story} where a line starts with {@code marker} (spaces left out). */
    private static List<List<PageGlyph>> pageWith(Path story, String marker) throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        Path pdf = quire.build(story, output.resolve(story.getParent().getFileName().toString())).files().get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<List<PageGlyph>> page = lines(PageGlyph.read(document, p));
                if (page.stream().anyMatch(line -> text(line).startsWith(marker))) {
                    return page;
                }
            }
        }
        throw new AssertionError("no page has a line starting " + marker);
    }

    /** A poem indented three tabs deep turns over deeper still (trial 15, finding 5: at 3em it sat level with them). */
    @Test
    void aDeeplyIndentedPoemTurnsOverDeeperThanItsDeepestIndent() throws Exception {
        List<List<PageGlyph>> lines = pageWith(DEEP, "Onestep");
        float margin = start(find(lines, "The stair"));
        float level3 = start(find(lines, "and a fourth")) - margin;
        List<PageGlyph> longLine = find(lines, "and a fourth");
        List<PageGlyph> turnover = lines.get(lines.indexOf(longLine) + 1);
        assertThat(text(turnover)).as("the long line wraps").doesNotStartWith("one.");
        assertThat(start(turnover) - margin).as("the turnover '%s' against the deepest indent %s", text(turnover), level3)
                .isGreaterThan(level3 + 1);
    }

    @Test
    void aTurnoverLineGoesDeeperThanThePoemsOwnIndents() throws Exception {
        List<List<PageGlyph>> lines = pageWith(STORY, "Onelight");
        float margin = start(find(lines, "The song"));
        float level1 = start(find(lines, "one light for the shore")) - margin;
        float level2 = start(find(lines, "one light for the one who")) - margin;
        List<PageGlyph> longLine = find(lines, "and a light for the keeper");
        List<PageGlyph> turnover = lines.get(lines.indexOf(longLine) + 1);
        assertThat(text(turnover)).as("the long line wraps").doesNotStartWith("so the ships");
        float turnoverIndent = start(turnover) - margin;
        assertThat(level1).as("a tab indents").isPositive();
        assertThat(level2).as("two tabs indent more than one").isGreaterThan(level1 + 1);
        assertThat(turnoverIndent).as("the turnover '%s' against the poem's indents %s and %s", text(turnover), level1, level2)
                .isGreaterThan(level2 + 1);
    }

    private static List<PageGlyph> find(List<List<PageGlyph>> lines, String start) {
        return lines.stream().filter(line -> text(line).startsWith(start.replace(" ", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts '" + start + "'"));
    }

    private static float start(List<PageGlyph> line) {
        return line.get(0).x();
    }

    /** The page's lines, its no-break spaces (a verse's indent) left out with the blanks. */
    private static List<List<PageGlyph>> lines(List<PageGlyph> glyphs) {
        List<PageGlyph> inked = new ArrayList<>(glyphs);
        inked.removeIf(g -> g.text().equals("\u00A0"));
        return PageGlyph.lines(inked);
    }

    /** The line's letters without spaces (spaces are not glyphs of their own in every PDF reader). */
    private static String text(List<PageGlyph> line) {
        return PageGlyph.text(line).replace(" ", "");
    }
}
