package org.quire.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.BookReport;
import org.quire.Format;
import org.quire.Quire;
import org.quire.importer.NoteSettings;
import org.quire.testing.RestoreTimeZoneAndLocale;

/** The import as the command line and quire:import run it. */
@ExtendWith(RestoreTimeZoneAndLocale.class)
class ImportRunnerTest {
    private static final Path SALT = Path.of("src/test/resources/import/salt");

    @TempDir
    Path root;

    /** One count of words: the report's is the build's, footnotes, markup and links aside. */
    @Test
    void theReportCountsWordsAsTheBuildDoes() throws Exception {
        Path input = root.resolve("in");
        Files.createDirectories(input);
        Files.copy(SALT.resolve("pandoc.html"), input.resolve("salt.html"));

        ImportResult result = new ImportRunner(NoteSettings.GUESS, false, ArchiveLimits.DEFAULT)
                .run(List.of(input), root.resolve("src"));
        BookReport built = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(false).build()
                .build(input.resolve("salt.html"), root.resolve("out"));

        ImportResult.Entry entry = result.stories().get(0);
        assertThat(entry.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(entry.words()).isEqualTo(built.words()).isPositive();
        assertThat(entry.chapters()).isEqualTo(built.chapters()).isEqualTo(3);
    }

    /** Chapter files are named with ASCII digits whatever the locale: under ar-EG "%02d" writes ٠١. */
    @Test
    void chapterFileNamesDoNotDependOnTheLocale() throws Exception {
        RestoreTimeZoneAndLocale.use("Africa/Cairo", Locale.forLanguageTag("ar-EG"));
        Path input = root.resolve("in");
        Files.createDirectories(input);
        Files.copy(SALT.resolve("pandoc.epub"), input.resolve("salt.epub"));

        new ImportRunner(NoteSettings.GUESS, false, ArchiveLimits.DEFAULT).run(List.of(input), root.resolve("src"));

        try (var files = Files.list(root.resolve("src/salt"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("01-departure.md", "02-part-two.md", "03-return.md", "story.yaml");
        }
    }

    /** A problem the build finds in imported text is reported at the writer's file and the line it is on there. */
    @Test
    void buildWarningsPointAtTheLineOfTheWritersFile() throws Exception {
        Path story = root.resolve("night.md");
        Files.writeString(story, "# The Night\n\nIt was dark.\n\nThe wind rose.\n\n<center>The End</center>\n");
        BookReport built = Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(Format.EPUB)).covers(false).build()
                .build(story, root.resolve("out"));
        assertThat(built.warnings()).filteredOn(d -> d.code().equals("HTML-MAPPED"))
                .extracting(d -> d.location().toString()).containsExactly(story + ":7");
    }

    @Test
    void anUnforeseenFailureIsSaidInWordsNeverNull() {
        assertThat(Failure.describe("could not build", new NullPointerException()))
                .isEqualTo("could not build: a fault in Quire (NullPointerException); please report it with this file");
        assertThat(Failure.describe("could not import", new java.io.IOException()))
                .isEqualTo("could not import: IOException");
        assertThat(Failure.describe("could not import", new java.nio.file.NoSuchFileException("a/b.txt")))
                .isEqualTo("could not import: a/b.txt does not exist");
    }
}
