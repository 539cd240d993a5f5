package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.PageGlyph;
import org.quire.testing.PdfPages;
import org.quire.testing.TaggedText;

/**
 * Stories in scripts written without spaces or with complex shaping (the golden cases w-…:
 * Chinese, Japanese, Korean, Thai, Hindi, and English with a Chinese phrase): every character the
 * writer typed is printed, in order, with no {@code #} and no MISSING-GLYPH; Chinese and Japanese
 * lines keep the kinsoku rules (JIS X 4051 §6.1) and are justified between characters; Thai lines
 * end only where the dictionary finds a word boundary.
 */
class ScriptsIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final List<String> CASES = List.of("w-chinese-chapter", "w-japanese-kana", "w-korean-hangul",
            "w-thai-dictionary", "w-hindi-devanagari", "w-english-chinese-phrase");
    /** Kinsoku (JIS X 4051 §6.1.1, and Chinese practice): characters no line may start with. */
    private static final String NO_START = "。、，．・：；？！）」』】〕〉》ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ”’";
    /** … and characters no line may end with. */
    private static final String NO_END = "（「『【〔〈《“‘";

    @TempDir
    Path output;

    private final Map<String, BookReport> built = new HashMap<>();

    private BookReport build(String name) throws Exception {
        if (!built.containsKey(name)) {
            Path in = GOLDEN.resolve(name).resolve("in");
            Path story = Files.isRegularFile(in.resolve("story.yaml")) ? in : in.resolve("snow-lantern.md");
            built.put(name, Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build()
                    .build(story, output.resolve(name)));
        }
        return built.get(name);
    }

    private static Path pdf(BookReport report) {
        return report.files().get(0);
    }

    @Test
    void everyCharacterIsPrintedInOrderWithNoMissingGlyph() throws Exception {
        for (String name : CASES) {
            BookReport report = build(name);
            assertThat(report.warnings()).as(name).extracting(Object::toString).noneMatch(w -> w.contains("MISSING-GLYPH"));
            String stripped = String.join("\n", PdfPages.text(pdf(report)));
            String tagged = TaggedText.of(pdf(report));
            assertThat(stripped).as(name).doesNotContain("#");
            for (String paragraph : paragraphs(GOLDEN.resolve(name).resolve("in"))) {
                // The structure tree reads each paragraph whole, every character in the order typed.
                assertThat(visible(tagged)).as("%s, tagged text", name).contains(visible(paragraph));
                // The text stripper has running heads between pages, and orders two marks over one
                // letter (Thai ึ่) by their position: its letters are compared.
                assertThat(subsequence(PdfPages.letters(paragraph), PdfPages.letters(stripped)))
                        .as("%s, page text: %s", name, paragraph).isTrue();
            }
        }
    }

    @Test
    void chineseAndJapaneseLinesKeepKinsokuAndFillTheMeasure() throws Exception {
        for (String name : List.of("w-chinese-chapter", "w-japanese-kana")) {
            List<List<PageGlyph>> lines = bodyLines(pdf(build(name)));
            assertThat(lines).as(name).hasSizeGreaterThan(10);
            float right = 0;
            float left = Float.MAX_VALUE;
            for (List<PageGlyph> line : lines) {
                right = Math.max(right, line.get(line.size() - 1).end());
                left = Math.min(left, line.get(0).x());
            }
            int full = 0;
            for (List<PageGlyph> line : lines) {
                String text = PageGlyph.text(line);
                assertThat(NO_START.indexOf(text.codePointAt(0))).as("%s: a line starts with a closing mark: %s", name, text).isNegative();
                assertThat(NO_END.indexOf(text.codePointBefore(text.length()))).as("%s: a line ends with an opening bracket: %s", name, text)
                        .isNegative();
                assertThat(line.get(0).x()).as("%s: inside the text block: %s", name, text).isGreaterThanOrEqualTo(left);
                full += right - line.get(line.size() - 1).end() < 0.5 ? 1 : 0;
            }
            // Justified: all but the paragraphs' last lines reach the right edge (glue between characters).
            assertThat(full).as(name).isGreaterThanOrEqualTo(lines.size() - paragraphs(GOLDEN.resolve(name).resolve("in")).size() - 1);
        }
    }

    @Test
    void thaiLinesBreakOnlyBetweenDictionaryWords() throws Exception {
        List<List<PageGlyph>> lines = bodyLines(pdf(build("w-thai-dictionary")));
        StringBuilder joined = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        for (List<PageGlyph> line : lines) {
            joined.append(consonants(PageGlyph.text(line)));
            ends.add(joined.length());
        }
        int checked = 0;
        for (String paragraph : paragraphs(GOLDEN.resolve("w-thai-dictionary").resolve("in"))) {
            String letters = consonants(paragraph);
            int at = joined.indexOf(letters);
            assertThat(at).as("paragraph on the page: %s", paragraph).isNotNegative();
            Set<Integer> boundaries = wordBoundaries(paragraph);
            for (int end : ends) {
                if (end > at && end < at + letters.length()) {
                    assertThat(boundaries).as("a line ends inside a word at %d of %s", end - at, letters).contains(end - at);
                    checked++;
                }
            }
        }
        assertThat(checked).as("lines broken inside the paragraphs").isGreaterThan(3);
    }

    /** Offsets (in the paragraph's consonants) where the dictionary or a space lets a line end. */
    private static Set<Integer> wordBoundaries(String paragraph) {
        BreakIterator words = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
        words.setText(paragraph);
        Set<Integer> boundaries = new java.util.HashSet<>();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            boundaries.add(consonants(paragraph.substring(0, end)).length());
        }
        return boundaries;
    }

    /**
     * The Thai consonants of a text: each is a glyph of its own with its own text, where a glyph
     * of a vowel or tone mark read one by one may stand for more (sara am is drawn as nikhahit and
     * sara aa, the whole word's text being its /ActualText).
     */
    private static String consonants(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().filter(c -> c >= '\u0E01' && c <= '\u0E2E').forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The lines of the chapter's page (the one with the chapter heading), without the folio. */
    private static List<List<PageGlyph>> bodyLines(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = PdfPages.text(pdf);
            List<List<PageGlyph>> lines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                if (pages.get(page - 1).contains("Colophon") || pages.get(page - 1).contains("Contents")) {
                    continue;
                }
                List<List<PageGlyph>> on = PageGlyph.lines(PageGlyph.read(document, page));
                if (on.size() > 6) {
                    lines.addAll(on.subList(1, on.size())); // the heading's line goes, the text stays
                }
            }
            return lines;
        }
    }

    /** The paragraphs of the story's chapters: Markdown without front matter and emphasis marks. */
    static List<String> paragraphs(Path in) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(in)) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(md).replaceFirst("(?s)^---\n.*?\n---\n", "");
                for (String paragraph : text.split("\n\\s*\n")) {
                    if (!paragraph.isBlank()) {
                        paragraphs.add(paragraph.replace("*", "").strip());
                    }
                }
            }
        }
        return paragraphs;
    }

    /** The text without white space, straight quotes read as the curly ones Quire prints. */
    static String visible(String text) {
        return text.replaceAll("\\s+", "").replaceAll("[\"\u201C\u201D]", "\"").replaceAll("['\u2018\u2019]", "'");
    }

    private static boolean subsequence(String wanted, String in) {
        int at = 0;
        for (int i = 0; i < wanted.length() && at >= 0; i++) {
            at = in.indexOf(wanted.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }
}
