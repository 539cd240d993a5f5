package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;
import org.quire.read.StoryFiles;

/**
 * A chapter, cover or template that is a link leading out of its story is an error at that link,
 * never read and never dropped in silence; a link that stays inside the story is read.
 */
@DisabledOnOs(OS.WINDOWS) // symbolic links need rights there
class LinksTest {
    @TempDir
    Path root;

    private Path secret;

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path link(String name, Path target) throws IOException {
        Path link = root.resolve(name);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    private Path story() throws IOException {
        secret = write("private/diary.md", "MY SECRET DIARY\n");
        write("saga/story.yaml", "title: Saga\n");
        write("saga/1-one.md", "Chapter one.\n");
        return root.resolve("saga");
    }

    private List<Diagnostic> failure(Path story) {
        Quire quire = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(true).build();
        StoryException e = catchThrowableOfType(StoryException.class, () -> quire.build(story, root.resolve("out")));
        assertThat(e).as("the build of %s fails", story).isNotNull();
        return e.diagnostics();
    }

    @Test
    void aChapterThatIsALinkOutOfTheStoryIsAnErrorAtTheLink() throws Exception {
        Path story = story();
        Path link = link("saga/2-two.md", secret);

        assertThat(failure(story)).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith(link + ": error [LINK-OUTSIDE] chapter '2-two.md' is reached through "
                    + "a link that leads out of the story (to " + secret.toRealPath() + "); it is not read");
        });
        assertThat(root.resolve("out/saga.epub")).doesNotExist();
        assertThat(StoryFiles.parts(story)).anySatisfy(part -> {
            assertThat(part.file()).isEqualTo(link);
            assertThat(part.read()).isFalse();
            assertThat(part.what()).contains("never read");
        });
    }

    @Test
    void aChapterListedThroughALinkedFolderIsAnErrorAtTheFolderLink() throws Exception {
        Path story = story();
        write("saga/story.yaml", "title: Saga\nchapters:\n  - 1-one.md\n  - shared/diary.md\n");
        Path link = link("saga/shared", secret.getParent());

        assertThat(failure(story)).singleElement().asString().startsWith(link + ": error [LINK-OUTSIDE] chapter "
                + "'shared/diary.md' (story.yaml:4) is reached through a link that leads out of the story");
    }

    @Test
    void aLinkThatStaysInsideTheStoryIsRead() throws Exception {
        Path story = story();
        write("saga/drafts/two-v2.md", "Chapter two, second draft.\n");
        link("saga/2-two.md", Path.of("drafts/two-v2.md"));

        BookReport report = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(false).build()
                .build(story, root.resolve("out"));

        assertThat(report.chapters()).isEqualTo(2);
    }

    @Test
    void aLinkToNothingIsAnErrorToo() throws Exception {
        Path story = story();
        Path link = link("saga/2-two.md", root.resolve("nowhere.md"));
        assertThat(failure(story)).singleElement().asString().startsWith(link + ": error [LINK-BROKEN] chapter '2-two.md' "
                + "is reached through a link to " + root.resolve("nowhere.md") + ", which does not exist");
    }

    @Test
    void aCoverThatIsALinkOutOfTheStoryIsAnErrorAtTheLink() throws Exception {
        secret = write("private/face.jpg", "not even a picture");
        Path oneShot = write("shelf/tale.md", "---\ntitle: Tale\ncover: art/face.jpg\n---\nText.\n");
        Path link = link("shelf/art/face.jpg", secret);

        assertThat(failure(oneShot)).singleElement().asString().startsWith(link + ": error [LINK-OUTSIDE] cover "
                + "'art/face.jpg' (tale.md:3) is reached through a link that leads out of the story");
    }

    @Test
    void aTemplateThatIsALinkOutOfTheStoryIsAnErrorAtTheLink() throws Exception {
        Path story = story();
        Path elsewhere = write("private/chapter.ftlx", "<p>${book.title}</p>\n");
        Path link = link("saga/templates/chapter.ftlx", elsewhere);

        assertThat(failure(story)).singleElement().asString().startsWith(link + ": error [LINK-OUTSIDE] template "
                + "'chapter.ftlx' is reached through a link that leads out of the story");
    }

    @Test
    void aTemplatesFolderThatIsALinkOutOfTheStoryIsAnErrorAtTheLink() throws Exception {
        Path story = story();
        write("private/theme/chapter.ftlx", "<p>${book.title}</p>\n");
        Path link = link("saga/templates", root.resolve("private/theme"));

        assertThat(failure(story)).singleElement().asString().startsWith(link + ": error [LINK-OUTSIDE] templates folder "
                + "'templates' is reached through a link that leads out of the story");
    }
}
