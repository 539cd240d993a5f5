package org.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal run as Maven runs it, on real story files. */
class BuildMojoTest {
    @TempDir
    Path root;

    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private BuildMojo mojo() {
        BuildMojo mojo = new BuildMojo();
        mojo.storiesDirectory = root.resolve("stories").toFile();
        mojo.templatesDirectory = root.resolve("templates").toFile();
        mojo.outputDirectory = root.resolve("output").toFile();
        mojo.formats = "epub";
        mojo.pdfTrimSize = "a5";
        mojo.outputTimestamp = "2026-11-27T00:00:00Z";
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }

            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        return mojo;
    }

    private void story(String name, String text) throws IOException {
        Path file = root.resolve("stories").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void buildsEveryStoryAndLogsOneLineEach() throws Exception {
        story("a.md", "---\ntitle: A\n---\nOne two three.\n");
        story("b/story.yaml", "title: B\n");
        story("b/1-x.md", "Four five.\n");
        mojo().execute();
        assertThat(root.resolve("output/a.epub")).isRegularFile();
        assertThat(root.resolve("output/b.epub")).isRegularFile();
        assertThat(infos).hasSize(2);
        assertThat(infos).anySatisfy(line -> assertThat(line).matches("output/a\\.epub \\(\\d+\\.\\d KB\\), output/a-cover\\.jpg \\(\\d+\\.\\d KB\\): 1 chapter, 3 words, \\d+\\.\\d s"));
    }

    @Test
    void aBadStoryFailsTheBuildOnlyAfterTheOthersAreBuiltAndListsEveryProblem() throws Exception {
        story("a-bad.md", "---\ntitle: [A\n---\nText.\n");
        story("b-bad/story.yaml", "title: B\n");
        story("b-bad/1-x.md", "---\ntitle: X\n---\n");
        story("c-good.md", "---\ntitle: C\n---\nText.\n");
        assertThatThrownBy(() -> mojo().execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("2 of 3 stories failed to build")
                .hasMessageContaining("a-bad.md:2:8: error [YAML-SYNTAX]") // where the bracket opens
                .hasMessageContaining("1-x.md:4: error [EMPTY-CHAPTER]");
        assertThat(root.resolve("output/c-good.epub")).isRegularFile();
        assertThat(root.resolve("output/a-bad.epub")).doesNotExist();
        assertThat(errors).filteredOn(line -> line.contains("error [")).hasSize(2);
        assertThat(errors).filteredOn(line -> line.endsWith("failed with 1 error")).hasSize(2);
        assertThat(root.resolve("output/quire-report.json")).content().contains("\"failed\": 2").contains("\"built\": 1");
    }

    @Test
    void aSecondRunSkipsWhatHasNotChangedAndForceRebuildsIt() throws Exception {
        story("a.md", "---\ntitle: A\n---\nOne.\n");
        story("b.md", "---\ntitle: B\n---\nTwo.\n");
        mojo().execute();
        infos.clear();
        story("b.md", "---\ntitle: B\n---\nTwo, edited.\n");
        mojo().execute();
        assertThat(infos).filteredOn(line -> line.contains("is up to date")).singleElement().asString().contains("a.md");
        assertThat(infos).filteredOn(line -> line.startsWith("output/b.epub")).hasSize(1);
        infos.clear();
        BuildMojo forced = mojo();
        forced.force = true;
        forced.execute();
        assertThat(infos).noneMatch(line -> line.contains("is up to date"));
    }

    @Test
    void eachWarningIsLoggedOnceAndAgainWhileItsStoryIsSkippedAsUpToDate() throws Exception {
        story("a.md", "---\ntitle: A\nend_note: x\n---\nText with <font color=red>red</font>.\n");
        mojo().execute();
        assertThat(warnings).hasSize(2);
        assertThat(warnings).filteredOn(w -> w.contains("[UNKNOWN-KEY]")).singleElement().asString()
                .contains("a.md:3:1: warning [UNKNOWN-KEY] unknown key 'end_note'");
        warnings.clear();
        infos.clear();

        mojo().execute();

        assertThat(warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("[UNKNOWN-KEY]"))
                .anySatisfy(w -> assertThat(w).contains("[HTML-MAPPED]"));
        assertThat(infos).anySatisfy(i -> assertThat(i).endsWith("is up to date (quire.force rebuilds it); "
                + "the warnings above are from its last build"));
    }

    @Test
    void aTemplateErrorIsOneSentenceLoggedOnceAndRepeatedOnlyInTheFailure() throws Exception {
        story("a.md", "---\ntitle: A\nrating: Teen\n---\nText.\n");
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/chapter.ftlx"), "<p>\n${book.ratting}\n</p>\n");

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> mojo().execute());

        String expected = root.resolve("templates/chapter.ftlx").toAbsolutePath() + ":2:3: error [TEMPLATE-ERROR] "
                + "book.ratting is not in the data model; did you mean book.rating?; the README lists the template variables";
        assertThat(errors).filteredOn(line -> line.contains("[TEMPLATE-ERROR]")).containsExactly(expected);
        assertThat(failure).isInstanceOf(MojoFailureException.class);
        assertThat(failure.getMessage().split(java.util.regex.Pattern.quote(expected), -1)).hasSize(2);
        assertThat(failure.getMessage()).doesNotContain("FreeMarker").doesNotContain("Tip:");
    }

    @Test
    void theBooksOfAStoryThatIsGoneAreRemovedWithALine() throws Exception {
        story("a.md", "---\ntitle: A\n---\nOne.\n");
        story("b.md", "---\ntitle: B\n---\nTwo.\n");
        mojo().execute();
        Files.writeString(root.resolve("output/notes.txt"), "mine");
        Files.delete(root.resolve("stories/b.md"));
        infos.clear();

        mojo().execute();

        assertThat(root.resolve("output/b.epub")).doesNotExist();
        assertThat(root.resolve("output/b-cover.jpg")).doesNotExist();
        assertThat(root.resolve("output/notes.txt")).hasContent("mine");
        assertThat(infos).anySatisfy(i -> assertThat(i).startsWith("Removed output/b.epub: its story ").endsWith("b.md is gone"));
    }

    @Test
    void failOnWarningsFailsAfterWriting() throws Exception {
        story("a.md", "---\ntitle: A\nend_note: x\n---\nText.\n");
        BuildMojo mojo = mojo();
        mojo.failOnWarnings = true;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("quire.failOnWarnings");
    }

    @Test
    void aBadSettingNamesTheSetting() throws Exception {
        story("a.md", "---\ntitle: A\n---\nText.\n");
        BuildMojo mojo = mojo();
        mojo.outputTimestamp = "yesterday";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("outputTimestamp");
        BuildMojo other = mojo();
        other.formats = "epub,mobi";
        assertThatThrownBy(other::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("'mobi'");
    }

    @Test
    void anIoFaultKeepsItsCause() throws Exception {
        story("a.md", "---\ntitle: A\n---\nText.\n");
        Files.writeString(root.resolve("output"), "a file where the output folder should be");
        assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void skipWritesNothing() throws Exception {
        story("a.md", "---\ntitle: A\n---\nText.\n");
        BuildMojo mojo = mojo();
        mojo.skip = true;
        mojo.execute();
        assertThat(root.resolve("output")).doesNotExist();
    }
}
