package org.quire.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Chapter;
import org.quire.model.Metadata;
import org.quire.model.Series;
import org.quire.model.Status;
import org.quire.model.Story;

class StoryReaderTest {
    @TempDir
    Path root;

    @Test
    void readsEveryStoryKey() throws Exception {
        Path story = root.resolve("full.md");
        Files.writeString(story, """
                ---
                title: Full
                author: [Ann, Bo]
                language: de
                summary: A *short* summary.
                notes: Before.
                end_notes: After.
                fandoms: Original Work
                rating: General Audiences
                warnings: [No Archive Warnings Apply]
                categories: [Gen]
                relationships: [A/B]
                characters: [A, B]
                tags: [Fluff]
                series: {name: Tales, part: 2}
                status: {state: in-progress, chapters: 5}
                published: 2024-05-17
                updated: 2024-06-01
                identifier: urn:isbn:9780000000000
                rights: CC BY 4.0
                disclaimer: Not mine.
                dedication: For you.
                ---
                Text.
                """);
        Metadata m = new StoryReader().read(story).metadata();
        assertThat(m.title()).isEqualTo("Full");
        assertThat(m.authors()).containsExactly("Ann", "Bo");
        assertThat(m.language()).isEqualTo("de");
        assertThat(m.summary().markup()).isEqualTo("<p>A <em>short</em> summary.</p>");
        assertThat(m.notes().markup()).isEqualTo("<p>Before.</p>");
        assertThat(m.endNotes().markup()).isEqualTo("<p>After.</p>");
        assertThat(m.fandoms()).containsExactly("Original Work");
        assertThat(m.rating()).contains("General Audiences");
        assertThat(m.series()).contains(new Series("Tales", 2));
        assertThat(m.status()).isEqualTo(new Status(Status.State.IN_PROGRESS, 5));
        assertThat(m.published()).contains(LocalDate.of(2024, 5, 17));
        assertThat(m.updated()).contains(LocalDate.of(2024, 6, 1));
        assertThat(m.identifier()).contains("urn:isbn:9780000000000");
        assertThat(m.dedication().markup()).isEqualTo("<p>For you.</p>");
    }

    @Test
    void readsChaptersInNaturalOrderWithTitlesFromFrontMatterHeadingsOrNumbers() throws Exception {
        Files.writeString(root.resolve("story.yaml"), "title: S\n");
        Files.writeString(root.resolve("10-c.md"), "Third.\n");
        Files.writeString(root.resolve("2-b.md"), "# From Heading\n\nSecond.\n");
        Files.writeString(root.resolve("1-a.md"), "---\ntitle: From YAML\nnotes: Hi.\n---\nFirst.\n");
        List<Chapter> chapters = new StoryReader().read(root).chapters();
        assertThat(chapters).extracting(Chapter::title).containsExactly("From YAML", "From Heading", "Chapter 3");
        assertThat(chapters).extracting(Chapter::untitled).containsExactly(false, false, true);
        assertThat(chapters.get(1).body().markup()).isEqualTo("<p>Second.</p>");
        assertThat(chapters.get(0).notes().markup()).isEqualTo("<p>Hi.</p>");
    }

    @Test
    void followsTheChaptersList() throws Exception {
        Files.writeString(root.resolve("story.yaml"), "title: S\nchapters: [b.md, a.md]\n");
        Files.writeString(root.resolve("a.md"), "# A\n\nx\n");
        Files.writeString(root.resolve("b.md"), "# B\n\ny\n");
        Story story = new StoryReader().read(root);
        assertThat(story.chapters()).extracting(Chapter::title).containsExactly("B", "A");
    }

    @Test
    void naturalOrder() {
        List<String> names = new java.util.ArrayList<>(List.of("10-x.md", "2-y.md", "1-z.md", "02-a.md", "chapter-1.md"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("1-z.md", "02-a.md", "2-y.md", "10-x.md", "chapter-1.md");
    }

    @Test
    void aOneShotWithoutATitleIsNamedByItsHeadingOrFileNameWithAWarning() throws Exception {
        Path headed = root.resolve("headed.md");
        java.nio.file.Files.writeString(headed, "---\nauthor: Jo\n---\n# The Real Title\n\nText.\n");
        org.quire.model.Story story = new StoryReader().read(headed);
        assertThat(story.metadata().title()).isEqualTo("The Real Title");
        assertThat(story.warnings()).extracting(org.quire.model.Diagnostic::code).containsExactly("TITLE-GUESSED");
        assertThat(story.warnings().get(0).location().line()).isEqualTo(2);

        Path bare = root.resolve("my_night-out.md");
        java.nio.file.Files.writeString(bare, "---\nauthor: Jo\n---\nText.\n");
        assertThat(new StoryReader().read(bare).metadata().title()).isEqualTo("my night-out");
        assertThat(StoryFiles.of(bare).kind()).isEqualTo(StoryFiles.Kind.ONE_SHOT);
        Path readme = java.nio.file.Files.writeString(root.resolve("README.md"), "# About these stories\n");
        assertThat(StoryFiles.of(readme)).isEqualTo(new StoryFiles.Verdict(StoryFiles.Kind.SKIPPED, "",
                "a read-me, licence, notes or list file, not a story (name it as an input to import it)"));
    }
}
