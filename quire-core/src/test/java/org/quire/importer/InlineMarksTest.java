package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quire.importer.InlineMarks.Mark;
import org.quire.markdown.MarkdownConverter;

/**
 * Marks written as Markdown read back, through Quire's own Markdown stage, as the very text and
 * emphasis they came from: no space added before punctuation, no stray asterisk.
 */
class InlineMarksTest {
    /** {@code [..]} is emphasis, {@code {..}} strong, {@code <..>} struck, {@code (..)} underlined; the rest is text. */
    private static String marked(String shorthand) {
        StringBuilder out = new StringBuilder();
        for (char c : shorthand.toCharArray()) {
            out.append(switch (c) {
                case '[' -> InlineMarks.open(Mark.EM);
                case ']' -> InlineMarks.close(Mark.EM);
                case '{' -> InlineMarks.open(Mark.STRONG);
                case '}' -> InlineMarks.close(Mark.STRONG);
                case '<' -> InlineMarks.open(Mark.STRUCK);
                case '>' -> InlineMarks.close(Mark.STRUCK);
                case '(' -> InlineMarks.open(Mark.UNDERLINE);
                case ')' -> InlineMarks.close(Mark.UNDERLINE);
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    private static String html(String markdown) {
        return new MarkdownConverter("en").convert(markdown, Path.of("t.md"), 1, "c-", Optional.empty())
                .xhtml().markup();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "comma after       | `[Yes], she said.`   | `*Yes*, she said.`",
            "stop then letter  | `[Stop.]He went.`    | `<em>Stop.</em>He went.`",
            "space inside      | `He was [tired ]now` | `He was *tired* now`",
            "bang inside       | `“[Go]!”`            | `“*Go*!”`",
            "strong semicolon  | `{Stop}; now`        | `**Stop**; now`",
            "inside a word     | `un[believ]able`     | `un*believ*able`",
            "struck            | `a <lie> the truth`  | `a ~~lie~~ the truth`",
            "underlined        | `an (under) word`    | `an <u>under</u> word`",
            "both at once      | `a [{loud}] word`    | `a ***loud*** word`",
            "neighbours        | `[a]{b}`             | `<em>a</em><strong>b</strong>`",
            "joined            | `[a][b] c`           | `*ab* c`",
            "around nothing    | `a [ ] b`            | `a   b`"})
    void writesMarkdownWhereItReadsBackElseHtml(String name, String shorthand, String expected) {
        assertThat(InlineMarks.resolve(marked(shorthand))).isEqualTo(expected);
    }

    /** Random text and marks, nested as elements nest: the Markdown stage prints the same text in the same marks. */
    @Test
    void everyResolvedMarkReadsBackAsItsElement() {
        Random random = new Random(Long.getLong("seed", 9));
        // No full stops: the Markdown stage sets ". . ." as an ellipsis, which is typography, not marks.
        String alphabet = "ab  ,!?;:()*_é";
        for (int round = 0; round < Integer.getInteger("rounds", 3000); round++) {
            StringBuilder source = new StringBuilder("x ");
            StringBuilder expected = new StringBuilder("x ");
            build(random, alphabet, source, expected, 0);
            source.append(" z");
            expected.append(" z");
            String markdown = InlineMarks.resolve(source.toString());
            String rendered = html(markdown);
            assertThat(rendered).as("%s → %s", expected, markdown).startsWith("<p>");
            assertThat(formatted(rendered)).as("%s → %s", expected, markdown)
                    .isEqualTo(formatted("<p>" + expected + "</p>"));
        }
    }

    /**
     * Each character of the paragraph with the marks it is printed in, spaces unmarked and
     * collapsed: two renderings that agree here look the same on the page.
     */
    private static String formatted(String html) {
        StringBuilder out = new StringBuilder();
        Element paragraph = Jsoup.parseBodyFragment(html).body().child(0);
        paragraph.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                Set<String> marks = new TreeSet<>();
                for (Element at = (Element) text.parentNode(); at != paragraph; at = at.parent()) {
                    marks.add(at.normalName());
                }
                for (char c : text.getWholeText().toCharArray()) {
                    if (Character.isWhitespace(c)) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                    } else {
                        out.append(c).append(marks.isEmpty() ? "" : marks.toString());
                    }
                }
            }
        });
        return out.toString().strip();
    }

    private static void build(Random random, String alphabet, StringBuilder source, StringBuilder expected, int depth) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (depth < 3 && random.nextInt(3) == 0) {
                Mark mark = Mark.values()[random.nextInt(Mark.values().length)];
                source.append(InlineMarks.open(mark));
                expected.append('<').append(mark.tag).append('>');
                build(random, alphabet, source, expected, depth + 1);
                source.append(InlineMarks.close(mark));
                expected.append("</").append(mark.tag).append('>');
            } else {
                StringBuilder text = new StringBuilder();
                for (int n = 1 + random.nextInt(5); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                source.append(MarkdownText.inline(text.toString()));
                expected.append(org.jsoup.nodes.Entities.escape(text.toString()));
            }
        }
    }
}
