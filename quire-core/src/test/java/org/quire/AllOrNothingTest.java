package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.StoryException;

/**
 * A story is built all or nothing: when one edition fails, none of its new files is written and
 * the books of its last good build stay as they were, byte for byte.
 */
class AllOrNothingTest {
    @TempDir
    Path root;

    @Test
    void aTemplateThatFailsOnlyInPrintLeavesNoNewEpub() throws Exception {
        Path story = root.resolve("stories/tale");
        Files.createDirectories(story);
        Files.writeString(story.resolve("story.yaml"), "title: Tale\n");
        Path chapter = Files.writeString(story.resolve("1.md"), "The first version.\n");
        Path output = root.resolve("output");
        Quire.builder().clock(Instant.EPOCH).build().build(story, output);
        byte[] epub = Files.readAllBytes(output.resolve("tale.epub"));
        byte[] pdf = Files.readAllBytes(output.resolve("tale.pdf"));
        byte[] cover = Files.readAllBytes(output.resolve("tale-cover.jpg"));

        Files.writeString(chapter, "The second version, never published.\n");
        Files.createDirectories(story.resolve("templates"));
        // print.ftlx lays out the PDF alone: the EPUB is written first, and must not be kept.
        Files.writeString(story.resolve("templates/print.ftlx"), "<html>${book.ratting}</html>\n");
        // A new Quire, as a new run makes: one caches its themes for the stories of its run.
        Quire quire = Quire.builder().clock(Instant.EPOCH).build();
        StoryException failure = catchThrowableOfType(StoryException.class, () -> quire.build(story, output));

        assertThat(failure.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("TEMPLATE-ERROR");
            assertThat(d.location().file()).isEqualTo(story.resolve("templates/print.ftlx").toAbsolutePath());
        });
        assertThat(output.resolve("tale.epub")).hasBinaryContent(epub);
        assertThat(output.resolve("tale.pdf")).hasBinaryContent(pdf);
        assertThat(output.resolve("tale-cover.jpg")).hasBinaryContent(cover);
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("tale-cover.jpg", "tale.epub", "tale.pdf"));
        }
    }
}
