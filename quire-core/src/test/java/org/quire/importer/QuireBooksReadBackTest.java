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

    /** Each chapter's section, the title page's list of tags and the afterword, markup and all, spaces made single. */
    private static List<String> pages(Path epub) throws Exception {
        List<String> pages = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().matches("EPUB/(ch\\d+|title|afterword)\\.xhtml"))
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList()) {
                Document page = Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                page.select("dd:matches(^[\\d,]+ words?$), dt:contains(Words) + dd").remove(); // counted again
                pages.add(entry.getName() + "\n" + page.body().html().replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** A page cut at each tag's end, so a difference shows where it is. */
    private static List<String> sentences(String page) {
        return List.of(page.split("(?<=>)"));
    }

    @Test
    void aSampleBuiltImportedAndBuiltAgainGivesTheSamePages() throws Exception {
        Path first = build(Samples.story("the-lighthouse-keepers-daughter"), "first");
        ImportedStory imported = new Importer(NoteMode.GUESS).read(first);
        Path source = SourceWriter.write(imported, dir.resolve("source"), "again", false).source();
        Path second = build(source, "second");

        List<String> before = pages(first);
        List<String> after = pages(second);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(sentences(after.get(i))).as(before.get(i).lines().findFirst().orElse(""))
                    .containsExactlyElementsOf(sentences(before.get(i)));
        }
        String storm = String.join("\n", imported.chapters().get(1).body());
        assertThat(storm).contains("> Turn, little lamp, on the wide black water,  \n> turn for the boats");
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
