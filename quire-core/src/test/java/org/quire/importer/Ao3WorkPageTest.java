package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AO3 work page saved from a browser reads as AO3, not as generic HTML whose site navigation,
 * kudos, comments and footer became chapters and whose metadata was lost (new user's trial 2,
 * finding 8). The one-shot is the trial's page; the page in chapters follows otwarchive's
 * {@code chapters/_chapter.html.erb}.
 */
class Ao3WorkPageTest {
    private final Importer importer = new Importer(NoteMode.GUESS);

    @TempDir
    Path dir;

    @Test
    void aSavedOneShotPageGivesItsMetadataNotesAndTextOnly() throws Exception {
        ImportedStory story = importer.read(FormatReadersTest.RESOURCES.resolve("trial/ao3-work-page.html"));
        assertThat(story.metadata()).containsEntry("title", "Tea for Two").containsEntry("author", "ficwriter22")
                .containsEntry("rating", "General Audiences").containsEntry("fandoms", List.of("Marvel"))
                .containsEntry("relationships", List.of("Steve Rogers/Bucky Barnes"))
                .containsEntry("summary", "Bucky makes terrible tea. Steve drinks it anyway.")
                .containsEntry("notes", "A tiny thing for a friend.")
                .containsEntry("end_notes", "Thanks for reading! Kudos feed the muse.")
                .containsEntry("published", "2020-04-01").containsEntry("language", "en");
        assertThat(story.metadata().get("tags")).isEqualTo(List.of("Fluff", "Tea"));
        assertThat(story.chapters()).hasSize(1);
        String body = story.chapters().get(0).body();
        assertThat(body).startsWith("The kettle screamed. Bucky let it.")
                .doesNotContain("Work Text", "Kudos", "SleepyOwl", "Terms of Service", "Archive of Our Own", "Fandoms");
        assertThat(story.warnings()).anyMatch(d -> d.code().equals("IMPORT-AO3-PAGE"));
    }

    @Test
    void aSavedPageInChaptersGivesEachChapterItsNotes() throws Exception {
        String page = "<html><body><div id=\"workskin\"><div class=\"preface group\"><h2 class=\"title heading\">Two Cups</h2>"
                + "<h3 class=\"byline heading\"><a rel=\"author\" href=\"/users/a\">alpha</a>, <a rel=\"author\" href=\"/users/b\">beta</a></h3>"
                + "</div><div id=\"chapters\">"
                + "<div class=\"chapter\" id=\"chapter-1\"><div class=\"chapter preface group\"><h3 class=\"title\">"
                + "<a href=\"/works/1/chapters/1\">Chapter 1</a>: Kettle</h3><div id=\"notes\" class=\"notes module\">"
                + "<h3 class=\"heading\">Notes:</h3><blockquote class=\"userstuff\"><p>First one!</p></blockquote></div></div>"
                + "<div class=\"userstuff module\"><h3 class=\"landmark heading\">Chapter Text</h3><p>The kettle sang.</p></div>"
                + "<div class=\"chapter preface group\"><div id=\"chapter_1_endnotes\" class=\"end notes module\">"
                + "<h3 class=\"heading\">Notes:</h3><blockquote class=\"userstuff\"><p>More soon.</p></blockquote></div></div></div>"
                + "<div class=\"chapter\" id=\"chapter-2\"><div class=\"chapter preface group\"><h3 class=\"title\">"
                + "<a href=\"/works/1/chapters/2\">Chapter 2</a></h3></div>"
                + "<div class=\"userstuff module\"><h3 class=\"landmark heading\">Chapter Text</h3><p>The tea was cold.</p></div></div>"
                + "</div></div><div id=\"feedback\"><p>Comments</p></div></body></html>";
        Path file = dir.resolve("two-cups.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        ImportedStory story = importer.read(file);
        assertThat(story.metadata()).containsEntry("title", "Two Cups").containsEntry("author", List.of("alpha", "beta"));
        assertThat(story.chapters()).extracting(ImportedChapter::title).containsExactly("Kettle", "");
        assertThat(story.chapters()).extracting(ImportedChapter::body).containsExactly("The kettle sang.", "The tea was cold.");
        assertThat(story.chapters().get(0).notes()).isEqualTo("First one!");
        assertThat(story.chapters().get(0).endNotes()).isEqualTo("More soon.");
        assertThat(story.metadata()).doesNotContainKey("end_notes");
        assertThat(Map.copyOf(story.metadata())).doesNotContainKey("notes");
    }
}
