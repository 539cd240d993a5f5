package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.StoryException;

/**
 * Each kind of bad input gets an error naming {@code file:line} and what to do, and leaves no
 * book (and no temporary file) in the output folder.
 */
class BadInputTest {
    @TempDir
    Path root;

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve("stories").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String failure(Path story) throws IOException {
        Path output = root.resolve("output");
        StoryException e = catchThrowableOfType(StoryException.class, () ->
                Quire.builder().clock(Instant.EPOCH).templates(root.resolve("templates")).build().build(story, output));
        assertThat(e).as("building %s should fail", story).isNotNull();
        if (Files.exists(output)) {
            try (Stream<Path> left = Files.list(output)) {
                assertThat(left).as("files left in the output folder").isEmpty();
            }
        }
        return e.getMessage();
    }

    @Test
    void malformedYaml() throws IOException {
        Path story = write("a.md", "---\ntitle: A\ntags: [one, two\nrating: x\n---\nText.\n");
        // The bracket left open on line 3, not line 4 where the parser gave up.
        assertThat(failure(story)).startsWith(story + ":3:7: error [YAML-SYNTAX] malformed YAML: a flow sequence starts here "
                + "and is never closed").contains("at line 4");
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfTheFileIsFoundWhereItOpens() throws IOException {
        write("q/story.yaml", "title: 'Unclosed\nauthor: Me\n");
        write("q/1.md", "Text.\n");
        // The file has two lines: the error must not point at a third.
        assertThat(failure(root.resolve("stories/q"))).contains("story.yaml:1:8: error [YAML-SYNTAX] malformed YAML: "
                + "a quoted scalar starts here and is never closed (found unexpected end of stream at line 2)");
    }

    @Test
    void metadataNestedTooDeepIsFoundAtItsLine() throws IOException {
        write("n/story.yaml", "title: N\nauthor: Me\ntags: " + "[".repeat(60) + "]".repeat(60) + "\n");
        write("n/1.md", "Text.\n");
        assertThat(failure(root.resolve("stories/n"))).contains("story.yaml:3: error [YAML-NESTING]");
    }

    @Test
    void aCoverThatCannotBeUsedIsReportedAtItsKey() throws IOException {
        Path story = write("c.md", "---\ntitle: C\nauthor: Me\ncover: ../outside.jpg\n---\nText.\n");
        assertThat(failure(story)).startsWith(story + ":4: error [COVER-MISSING]");
    }

    @Test
    void aCheckedValueIsReportedAtItsKeyAndTheTitleAtTheTopWhenThereIsNone() throws IOException {
        Path story = write("v.md", "---\ntitle: V\nauthor: Me\n\nlanguage: en\nstatus: nearly there\n---\nText.\n");
        assertThat(failure(story)).startsWith(story + ":6:1: error [BAD-STATUS] status 'nearly there' is not known");
        Path nested = write("w.md", "---\ntitle: W\nstatus:\n  state: halfway\n---\nText.\n");
        assertThat(failure(nested)).contains(nested + ":3:1: error [BAD-STATUS]");
    }

    @Test
    void valueOfTheWrongType() throws IOException {
        Path story = write("a.md", "---\ntitle: A\npublished: last spring\nseries:\n  - one\n---\nText.\n");
        assertThat(failure(story))
                .contains(story + ":3:12: error [YAML-TYPE] 'published' must be a date like 2024-05-17, not 'last spring'")
                .contains(story + ":5:3: error [YAML-TYPE] 'series' must be");
    }

    @Test
    void missingTitleInAOneShotIsTakenFromItsFileNameWithAWarning() throws Exception {
        Path story = write("a.md", "---\nauthor: Ann\n---\nText.\n");
        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(java.util.EnumSet.of(Format.EPUB)).covers(false)
                .build().build(story, root.resolve("output"));
        assertThat(report.warnings()).extracting(Object::toString)
                .containsExactly(story + ":2: warning [TITLE-GUESSED] the front matter has no title; the story is called 'a'"
                        + " after its file name; add a line like 'title: My Story' to choose another");
    }

    @Test
    void missingTitleInStoryYaml() throws IOException {
        write("s/story.yaml", "author: Ann\n");
        write("s/one.md", "Text.\n");
        assertThat(failure(root.resolve("stories/s"))).contains(root.resolve("stories/s/story.yaml") + ":1: error [MISSING-TITLE]")
                .contains("add a line like 'title: My Story'");
    }

    @Test
    void listedChapterThatDoesNotExist() throws IOException {
        write("s/story.yaml", "title: S\nchapters:\n  - one.md\n  - two.md\n");
        write("s/one.md", "Text.\n");
        assertThat(failure(root.resolve("stories/s")))
                .contains(root.resolve("stories/s/story.yaml") + ":4:5: error [CHAPTER-MISSING] chapter file 'two.md' does not exist");
    }

    @Test
    void everyChaptersProblemIsAtItsLine() throws IOException {
        write("e/story.yaml", "title: E\nauthor: Me\nchapters: []\n");
        write("e/1.md", "Text.\n");
        assertThat(failure(root.resolve("stories/e"))).startsWith(root.resolve("stories/e/story.yaml")
                + ":3:1: error [EMPTY-STORY] 'chapters' lists no file");
        write("t/story.yaml", "title: T\nchapters: one.md\n");
        assertThat(failure(root.resolve("stories/t"))).startsWith(root.resolve("stories/t/story.yaml")
                + ":2:11: error [YAML-TYPE] 'chapters' must be a list of file names, not 'one.md'");
        write("i/story.yaml", "title: I\nchapters:\n  - 1.md\n  - {file: 2.md}\n");
        write("i/1.md", "Text.\n");
        assertThat(failure(root.resolve("stories/i"))).startsWith(root.resolve("stories/i/story.yaml")
                + ":4:5: error [YAML-TYPE] each item of 'chapters' must be a file name, not a mapping");
        write("o/story.yaml", "title: O\nchapters:\n  - 1.md\n  - ../elsewhere.md\n");
        write("o/1.md", "Text.\n");
        assertThat(failure(root.resolve("stories/o"))).startsWith(root.resolve("stories/o/story.yaml")
                + ":4:5: error [CHAPTER-OUTSIDE] chapter '../elsewhere.md' is outside the story folder");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        Path story = write("a.md", "---\ntitle: A\n---\nCaf\u00e9 fine.\n");
        byte[] latin1 = "---\ntitle: A\n---\nok\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(story, latin1);
        assertThat(failure(story)).startsWith(story + ":5:4: error [NOT-UTF8] byte 0xE9 is not UTF-8; save the file as UTF-8");
    }

    @Test
    void emptyStories() throws IOException {
        Path oneShot = write("a.md", "---\ntitle: A\n---\n\n   \n");
        assertThat(failure(oneShot)).contains(oneShot + ":4: error [EMPTY-STORY]");
        write("s/story.yaml", "title: S\n");
        assertThat(failure(root.resolve("stories/s"))).contains("story.yaml:1: error [EMPTY-STORY] the story has no chapters");
    }

    @Test
    void everyProblemOfAStoryIsListedAtOnce() throws IOException {
        write("s/story.yaml", "title: S\nlanguage: not a language\n");
        write("s/1-a.md", "---\ntitle: [x\n---\nText.\n");
        write("s/2-b.md", "---\ntitle: B\n---\n");
        assertThat(failure(root.resolve("stories/s")))
                .contains("story.yaml:2:1: error [BAD-LANGUAGE]")
                .contains("1-a.md:2:8: error [YAML-SYNTAX]")
                .contains("2-b.md:4: error [EMPTY-CHAPTER]");
    }

    @Test
    void templateWithASyntaxError() throws IOException {
        Path story = write("a.md", "---\ntitle: A\n---\nText.\n");
        Path template = root.resolve("templates/chapter.ftlx");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#import \"layout.ftlx\" as layout>\n<@layout.page title=chapter.title bodyType=\"x\">\n<#if chapter.title>\n</@layout.page>\n");
        assertThat(failure(story)).startsWith(template + ":").contains("error [TEMPLATE-SYNTAX]");
    }

    @Test
    void aTemplateNamingAValueThatDoesNotExistGetsOneShortSentenceAndTheNearestName() throws IOException {
        Path story = write("a.md", "---\ntitle: A\nrating: Teen\n---\nText.\n");
        Path template = root.resolve("templates/colophon.ftlx");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#import \"layout.ftlx\" as layout>\n<@layout.page title=\"C\" bodyType=\"backmatter\">\n"
                + "<p>${book.ratting}</p>\n</@layout.page>\n");
        assertThat(failure(story)).isEqualTo(template + ":3:6: error [TEMPLATE-ERROR] book.ratting is not in the data model; "
                + "did you mean book.rating?; the README lists the template variables");
    }

    @Test
    void templateThatBreaksTheMarkup() throws IOException {
        Path story = write("a.md", "---\ntitle: A\n---\nText.\n");
        Path template = root.resolve("templates/colophon.ftlx");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<html><p>unclosed</html>\n");
        assertThat(failure(story)).startsWith(template + ": error [TEMPLATE-XHTML]").contains("colophon.xhtml");
    }

    @Test
    void markdownWithoutFrontMatterIsImportedWithAWarning() throws Exception {
        Path story = write("a.md", "Just text.\n");
        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(java.util.EnumSet.of(Format.EPUB)).covers(false)
                .build().build(story, root.resolve("output"));
        assertThat(report.source()).isEqualTo(story);
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(story
                + ":1: warning [IMPORT-TITLE] the file has no front matter and no '# Heading'; the title 'a' comes from the file name");
    }
}
