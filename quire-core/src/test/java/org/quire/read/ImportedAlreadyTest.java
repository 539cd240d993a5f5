package org.quire.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.batch.ArchiveLimits;
import org.quire.batch.ImportRunner;
import org.quire.importer.NoteSettings;

/**
 * A file beside a Quire story of the same name is passed over as "imported already" only when
 * that story really came from it (trial 9, finding 4: {@code same.txt} beside a different
 * {@code same.md} was lost with exit 0).
 */
class ImportedAlreadyTest {
    private static final String BOATS = "Paper Boats\n\nThey folded the boats from old maps and sent them down the river.\n\n"
            + "Every boat carried a wish, and every wish sank before the bridge.\n";

    @TempDir
    Path root;

    private Path write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aDifferentStoryOfTheSameNameIsNoImport() throws Exception {
        Path txt = write("in/same.txt", BOATS);
        write("in/same.md", "---\ntitle: Same\n---\nA different story altogether, about two sisters and a lighthouse.\n");

        assertThat(StoryFiles.of(txt).kind()).isEqualTo(StoryFiles.Kind.FOREIGN);
    }

    @Test
    void aDifferentStoryFolderOfTheSameNameIsNoImport() throws Exception {
        Path txt = write("in/same.txt", BOATS);
        write("in/same/story.yaml", "title: Same\n");
        write("in/same/01-one.md", "A different story altogether, about two sisters and a lighthouse.\n");

        assertThat(StoryFiles.of(txt).kind()).isEqualTo(StoryFiles.Kind.FOREIGN);
    }

    @Test
    void whatQuireImportWroteBesideItsSourceSaysWhereItCameFrom() throws Exception {
        Path txt = write("in/same.txt", BOATS);

        new ImportRunner(NoteSettings.GUESS, false, ArchiveLimits.DEFAULT).run(List.of(txt), root.resolve("in"));

        assertThat(Files.readString(root.resolve("in/same.md"))).startsWith("---\n# imported by Quire from same.txt\n");
        StoryFiles.Verdict verdict = StoryFiles.of(txt);
        assertThat(verdict.kind()).isEqualTo(StoryFiles.Kind.SKIPPED);
        assertThat(verdict.reason()).startsWith("imported already as same.md");
    }

    @Test
    void theMarkerNamesItsSourceSoAnotherFileOfTheSameNameIsAStory() throws Exception {
        write("in/same.md", "---\n# imported by Quire from same.docx\ntitle: Paper Boats\n---\nThey folded the boats.\n");
        Path txt = write("in/same.txt", BOATS);

        assertThat(StoryFiles.of(txt).kind()).isEqualTo(StoryFiles.Kind.FOREIGN);
    }

    @Test
    void aStoryFolderImportedBesideItsSourceSaysSoInStoryYaml() throws Exception {
        Path txt = write("in/saga.txt", "The Saga\n\nChapter 1\n\nIt began in the rain.\n\nChapter 2\n\nIt ended in the sun.\n");

        new ImportRunner(NoteSettings.GUESS, false, ArchiveLimits.DEFAULT).run(List.of(txt), root.resolve("in"));

        assertThat(Files.readString(root.resolve("in/saga/story.yaml"))).startsWith("# imported by Quire from saga.txt\n");
        assertThat(StoryFiles.of(txt).reason()).startsWith("imported already as the story folder saga/");
    }

    /** An import by an earlier Quire has no marker: it is the same story when its title and words are the import's. */
    @Test
    void anOlderImportWithoutMarkerIsKnownByItsTitleAndWords() throws Exception {
        Path txt = write("in/same.txt", BOATS);
        write("in/same.md", "---\ntitle: Paper Boats\n---\nThey folded the boats from old maps and sent them down the river.\n\n"
                + "Every boat carried a wish, and every wish sank before the bridge.\n");

        StoryFiles.Verdict verdict = StoryFiles.of(txt);
        assertThat(verdict.kind()).isEqualTo(StoryFiles.Kind.SKIPPED);
        assertThat(verdict.reason()).contains("imported already as same.md").contains("same title and words");
    }
}
