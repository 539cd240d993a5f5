package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import com.ibm.icu.util.ULocale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.ActualLines;
import org.quire.testing.PageGlyph;
import org.quire.testing.PdfPages;
import org.quire.testing.TaggedText;

/**
 * Stories in scripts written without spaces or with complex shaping (the golden cases w-…:
 * Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar, Hindi, and English with a Chinese phrase): every character the
 * writer typed is printed, in order, with no {@code #} and no MISSING-GLYPH; Chinese and Japanese
 * lines keep the kinsoku rules (JIS X 4051 §6.1) and are justified between characters; Thai, Lao,
 * Khmer and Myanmar lines end only where the dictionary finds a word boundary.
 */
class ScriptsIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final List<String> CASES = List.of("w-chinese-chapter", "w-japanese-kana", "w-korean-hangul",
            "w-thai-dictionary", "w-lao", "w-khmer", "w-myanmar", "w-hindi-devanagari", "w-english-chinese-phrase");
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
        assertLinesEndAtBoundaries("w-thai-dictionary", paragraph -> {
            BreakIterator words = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
            words.setText(paragraph);
            return ends(words::next, BreakIterator.DONE);
        });
    }

    /**
     * Lao, Khmer and Myanmar lines end only where ICU's line break iterator, with its dictionary for
     * the language, finds a word boundary (or at a space): never inside a word, as an emergency
     * break at a grapheme cluster would.
     */
    @Test
    void laoLinesBreakOnlyBetweenDictionaryWords() throws Exception {
        assertLinesEndAtBoundaries("w-lao", icuBoundaries("lo"));
    }

    @Test
    void khmerLinesBreakOnlyBetweenDictionaryWords() throws Exception {
        assertLinesEndAtBoundaries("w-khmer", icuBoundaries("km"));
    }

    @Test
    void myanmarLinesBreakOnlyBetweenDictionaryWords() throws Exception {
        assertLinesEndAtBoundaries("w-myanmar", icuBoundaries("my"));
    }

    private static Function<String, Set<Integer>> icuBoundaries(String language) {
        return paragraph -> {
            com.ibm.icu.text.BreakIterator words = com.ibm.icu.text.BreakIterator.getLineInstance(new ULocale(language));
            words.setText(paragraph);
            return ends(words::next, com.ibm.icu.text.BreakIterator.DONE);
        };
    }

    private static Set<Integer> ends(IntSupplier next, int done) {
        Set<Integer> ends = new HashSet<>();
        for (int end = next.getAsInt(); end != done; end = next.getAsInt()) {
            ends.add(end);
        }
        return ends;
    }

    /**
     * Asserts that the story's paragraphs are printed whole and in order, line after line, and that
     * every line inside a paragraph ends at one of {@code boundaries} (char offsets in the
     * paragraph where a line may end). Lines are read with their {@code /ActualText}: a Thai,
     * Khmer or Myanmar glyph may stand for different text in different words.
     */
    private void assertLinesEndAtBoundaries(String name, Function<String, Set<Integer>> boundaries) throws Exception {
        StringBuilder joined = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        for (String line : bodyText(pdf(build(name)))) {
            joined.append(visible(line));
            ends.add(joined.length());
        }
        int checked = 0;
        for (String paragraph : paragraphs(GOLDEN.resolve(name).resolve("in"))) {
            String text = visible(paragraph);
            int at = joined.indexOf(text);
            assertThat(at).as("%s: paragraph on the page: %s", name, paragraph).isNotNegative();
            Set<Integer> allowed = new HashSet<>();
            for (int end : boundaries.apply(paragraph)) {
                allowed.add(visible(paragraph.substring(0, end)).length());
            }
            for (int end : ends) {
                if (end > at && end < at + text.length()) {
                    assertThat(allowed).as("%s: a line ends inside a word: %s|%s", name, text.substring(0, end - at),
                            text.substring(end - at)).contains(end - at);
                    checked++;
                }
            }
        }
        assertThat(checked).as("%s: lines broken inside the paragraphs", name).isGreaterThan(3);
    }

    /** The lines of the chapter's pages (not the contents or colophon), without the heading, as their text says. */
    private static List<String> bodyText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = PdfPages.text(pdf);
            List<String> lines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                if (pages.get(page - 1).contains("Colophon") || pages.get(page - 1).contains("Contents")) {
                    continue;
                }
                List<String> on = ActualLines.of(document, page);
                if (on.size() > 6) {
                    lines.addAll(on.subList(1, on.size())); // the heading's line goes, the text stays
                }
            }
            return lines;
        }
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
