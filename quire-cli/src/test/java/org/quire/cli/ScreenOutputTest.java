package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line prints: warnings under their stories, errors again after the table, the totals. */
class ScreenOutputTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void stories() throws Exception {
        write("in/clean.md", "---\ntitle: Clean\n---\nHello.\n");
        write("in/warned.md", "---\ntitle: Warned\nend_note: see you\n---\nText with <font color=red>red</font> words.\n");
        write("in/broken.md", "---\ntitle: Broken\ntags: [one, two\n---\nText.\n");
    }

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private int build(Screen screen, String... options) {
        out.reset();
        List<String> args = new ArrayList<>(List.of("build", root.resolve("in").toString(), "--output",
                root.resolve("out").toString(), "--formats", "epub", "--no-cover"));
        args.addAll(List.of(options));
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                screen);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachWarningIsPrintedUnderItsStoryAndEveryErrorAgainAfterTheTable() {
        assertThat(build(Screen.LOG)).isEqualTo(1);
        String warned = root.resolve("in/warned.md").toString();
        String broken = root.resolve("in/broken.md").toString();
        String text = printed();

        assertThat(text).contains("built " + warned + " (").contains(", 2 warnings)\n  " + warned + ":3:1: warning [UNKNOWN-KEY]");
        assertThat(text).contains("\n  " + warned + ":5: warning [HTML-MAPPED]");
        String table = text.substring(text.indexOf("story "));
        assertThat(table).contains("Errors (1 story failed):\n  " + broken + ":3:7: error [YAML-SYNTAX]")
                .contains("Warnings: 2 warnings in 1 story (HTML-MAPPED 1, UNKNOWN-KEY 1), each printed under its story")
                .containsPattern("2 built, 0 up to date, 1 failed: [0-9,]+ words in [0-9.]+ s\n")
                .contains("Books in " + Summary.shown(root.resolve("out")) + "/ (report: ");
        assertThat(text.lines().filter(l -> l.contains("[YAML-SYNTAX]"))).as("under its story and after the table").hasSize(2);
        assertThat(text.lines().filter(l -> l.contains("[UNKNOWN-KEY]"))).as("once, under its story").hasSize(1);
    }

    @Test
    void aTemplateErrorIsOneShortSentencePrintedUnderItsStoryAndOnceAfterTheTable() throws Exception {
        Files.delete(root.resolve("in/warned.md"));
        Files.delete(root.resolve("in/broken.md"));
        write("theme/chapter.ftlx", "<p>\n${book.ratting}\n</p>\n");
        assertThat(build(Screen.LOG, "--templates", root.resolve("theme").toString())).isEqualTo(1);
        String expected = root.resolve("theme/chapter.ftlx") + ":2:3: error [TEMPLATE-ERROR] "
                + "book.ratting is not in the data model; did you mean book.rating?";
        List<String> lines = printed().lines().filter(l -> l.contains("[TEMPLATE-ERROR]")).toList();
        assertThat(lines).as("under its story and after the table, nowhere else").hasSize(2)
                .allSatisfy(l -> assertThat(l.strip()).startsWith(expected));
        assertThat(printed()).doesNotContain("FTL stack trace").doesNotContain("Tip:").doesNotContain("----");
    }

    @Test
    void warningsOfAStorySkippedAsUpToDateArePrintedAgain() {
        build(Screen.LOG);
        build(Screen.LOG);
        String warned = root.resolve("in/warned.md").toString();
        assertThat(printed()).contains("skipped " + warned + " (").contains("\n  " + warned + ":3:1: warning [UNKNOWN-KEY]")
                .contains("Warnings: 2 warnings in 1 story").contains("0 built, 2 up to date, 1 failed");
    }

    @Test
    void oneWordIsOneWord() throws Exception {
        Files.delete(root.resolve("in/warned.md"));
        Files.delete(root.resolve("in/broken.md"));
        assertThat(build(Screen.LOG)).isZero();
        assertThat(printed()).contains("Found 1 story\n").contains("1 built, 0 up to date, 0 failed: 1 word in ");
    }

    @Test
    void quietPrintsOnlyTheErrors() {
        assertThat(build(Screen.LOG, "--quiet")).isEqualTo(1);
        assertThat(printed().lines()).singleElement().asString().contains("[YAML-SYNTAX]");
        assertThat(build(new Screen(true, 80), "-q")).isEqualTo(1);
        assertThat(printed()).doesNotContain("\r").doesNotContain("warning");
    }

    @Test
    void verbosePrintsEveryStoryAndEveryFile() {
        assertThat(build(new Screen(true, 100), "--verbose", "--jobs", "0")).isEqualTo(1);
        assertThat(printed()).contains(root.resolve("in/clean.md") + ": built\n")
                .contains(root.resolve("in/clean.md") + ": a story (quire)\n");
    }

    @Test
    void onATerminalEveryBarFitsTheWidthAndTheBarIsGoneBeforeTheTable() {
        build(new Screen(true, 48));
        String text = printed();
        for (String drawn : text.split("\r\033\\[K")) {
            String bar = drawn.split("\n", 2)[0];
            if (bar.startsWith("[")) {
                assertThat(ProgressBar.length(bar)).as(bar).isLessThan(48);
            }
        }
        assertThat(text).contains(root.resolve("in/warned.md") + ": built, 2 warnings\n  ");
        String summary = text.substring(text.indexOf("story "));
        assertThat(summary).doesNotContain("\r");
        assertThat(summary.lines().filter(l -> l.contains(" built ") || l.contains(" failed "))
                .allMatch(l -> ProgressBar.length(l) < 48)).as("table rows fit").isTrue();
        assertThat(summary).contains("Warnings: 2 warnings in 1 story (HTML-MAPPED 1,\n  UNKNOWN-KEY 1), each printed");
        assertThat(summary.lines().filter(l -> !l.contains(": error [") && !l.contains(": warning ["))
                .filter(l -> Arrays.stream(l.split(" ")).allMatch(word -> word.length() < 46)))
                .as("Quire's own sentences fit, broken at spaces; a diagnostic stays one line").isNotEmpty()
                .allMatch(l -> ProgressBar.length(l) < 48);
    }
}
