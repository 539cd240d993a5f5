package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.Format;
import org.quire.Quire;
import org.quire.testing.Samples;

/**
 * Quire's own EPUBs read back: a sample story built, imported and built again gives the same
 * pages, verse and text messages line by line, the tags once (new user's trial 2, findings 2, 3).
 */
class QuireBooksReadBackTest {
    @TempDir
    Path dir;

    private final Quire quire = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(false).build();

    private Path build(Path story, String into) throws Exception {
        return quire.build(story, dir.resolve(into)).files().get(0);
    }

    @Test
    void tagsAreReadOnceFromTheTitlePageNotAgainFromTheSubjects() throws Exception {
        Path epub = build(Samples.story("the-lighthouse-keepers-daughter"), "first");
        ImportedStory imported = new Importer(NoteMode.GUESS).read(epub);
        assertThat(imported.metadata().get("tags")).isEqualTo(List.of("Lighthouses", "Storms",
                "Father-Daughter Relationship", "Friendship", "Letters", "Coming of Age"));
        assertThat(imported.metadata().get("fandoms")).isEqualTo(List.of("Original Work"));
    }

    @Test
    void anAo3EpubsSubjectsDoNotRepeatItsTagList() throws Exception {
        ImportedStory story = new Importer(NoteMode.GUESS).read(FormatReadersTest.RESOURCES.resolve("trial/salt-and-iron-ao3.epub"));
        assertThat(story.metadata().get("tags")).isEqualTo(List.of("Hurt/Comfort", "Pre-Series", "Teen Dean", "Road Trips",
                "SPN Gen Big Bang 2023"));
        assertThat(story.metadata()).containsEntry("rating", "Mature").containsEntry("fandoms", List.of("Supernatural (TV 2005)"));
        assertThat(story.warnings()).noneMatch(d -> d.message().contains("no tag list"));
    }

    @Test
    void anEpubWithoutATagListKeepsItsSubjectsAsTags() throws Exception {
        ImportedStory story = new Importer(NoteMode.GUESS).read(FormatReadersTest.RESOURCES.resolve("tools/calibre.epub"));
        assertThat(story.metadata()).containsEntry("tags", List.of("Magical Realism", "Sisters"));
    }
}
