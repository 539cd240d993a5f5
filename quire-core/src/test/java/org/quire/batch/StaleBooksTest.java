package org.quire.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.Format;
import org.quire.Quire;

/**
 * The output folder stays true: books of stories that are gone, of formats no longer built and
 * of stories that now fail are removed; files Quire did not write are never touched.
 */
class StaleBooksTest {
    @TempDir
    Path root;

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private BatchResult build(Quire quire, Path... inputs) throws IOException {
        return new BatchRunner(quire, 2, false, ArchiveLimits.DEFAULT)
                .run(List.of(inputs), root.resolve("out"), new BatchRunner.Listener() { });
    }

    private static Quire quire(boolean covers, Format... formats) {
        return Quire.builder().clock(Instant.EPOCH).formats(EnumSet.of(formats[0], formats)).covers(covers).build();
    }

    @Test
    void aRenamedStoryLeavesNoBookBehindAndForeignFilesStay() throws Exception {
        write("in/a.md", "---\ntitle: A\n---\nText of A.\n");
        Path b = write("in/shelf/b.md", "---\ntitle: B\n---\nText of B.\n");
        Quire epub = quire(false, Format.EPUB);
        build(epub, root.resolve("in"));
        Path notes = write("out/notes.txt", "my own notes");
        Path mine = write("out/shelf/mine.epub", "a book I put here");
        assertThat(root.resolve("out/shelf/b.epub")).isRegularFile();

        Files.move(b, root.resolve("in/shelf/c.md"));
        BatchResult result = build(epub, root.resolve("in"));

        assertThat(root.resolve("out/shelf/b.epub")).doesNotExist();
        assertThat(root.resolve("out/shelf/c.epub")).isRegularFile();
        assertThat(notes).hasContent("my own notes");
        assertThat(mine).hasContent("a book I put here");
        assertThat(result.stale()).singleElement().satisfies(stale -> {
            assertThat(stale.removed()).isTrue();
            assertThat(stale.file()).isEqualTo(root.resolve("out/shelf/b.epub"));
            assertThat(stale.reason()).contains("b.md is gone");
        });
        assertThat(Files.readString(root.resolve("out/quire-report.json"))).contains("\"path\": \"shelf/b.epub\", \"removed\": true");
    }

    @Test
    void aFileQuireDidNotWriteWhereABookWouldGoIsNeverReplacedWithoutForce() throws Exception {
        write("in/a.md", "---\ntitle: A\n---\nText of A.\n");
        Quire epub = quire(false, Format.EPUB);
        build(epub, root.resolve("in"));
        Path mine = write("out/new.epub", "my own book, not Quire's");
        Path edited = root.resolve("out/a.epub");
        Files.writeString(edited, "edited by hand");
        write("in/new.md", "---\ntitle: New\n---\nText of the new story.\n");
        write("in/a.md", "---\ntitle: A\n---\nText of A, changed.\n");

        BatchResult result = build(epub, root.resolve("in"));

        assertThat(mine).hasContent("my own book, not Quire's");
        assertThat(edited).hasContent("edited by hand");
        assertThat(result.stories()).filteredOn(s -> s.status() == StoryResult.Status.FAILED).hasSize(2)
                .allSatisfy(s -> assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e.toString())
                        .contains("error [OUTPUT-TAKEN]").contains("is not a book Quire wrote there")));

        new BatchRunner(epub, 2, true, ArchiveLimits.DEFAULT).run(List.of(root.resolve("in")), root.resolve("out"),
                new BatchRunner.Listener() { });
        assertThat(new String(Files.readAllBytes(mine), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("PK")
                .doesNotContain("my own book");
    }

    @Test
    void aFormatNoLongerBuiltIsRemovedAndAStoryThatNowFailsKeepsNoBook() throws Exception {
        write("in/a.md", "---\ntitle: A\n---\nText of A.\n");
        Path b = write("in/b.md", "---\ntitle: B\n---\nText of B.\n");
        build(quire(true, Format.EPUB, Format.PDF), root.resolve("in"));
        assertThat(root.resolve("out/a.pdf")).isRegularFile();
        assertThat(root.resolve("out/a-cover.jpg")).isRegularFile();

        Files.writeString(b, "---\ntitle: [B\n---\nText of B.\n");
        BatchResult result = build(quire(false, Format.EPUB), root.resolve("in"));

        assertThat(root.resolve("out/a.epub")).isRegularFile();
        assertThat(root.resolve("out/a.pdf")).doesNotExist();
        assertThat(root.resolve("out/a-cover.jpg")).doesNotExist();
        assertThat(root.resolve("out/b.epub")).doesNotExist();
        assertThat(root.resolve("out/b.pdf")).doesNotExist();
        assertThat(result.stale()).filteredOn(s -> s.file().getFileName().toString().startsWith("b"))
                .allSatisfy(s -> assertThat(s.reason()).contains("its story now fails")).hasSize(3);
        assertThat(result.stale()).filteredOn(s -> s.file().getFileName().toString().startsWith("a"))
                .allSatisfy(s -> assertThat(s.reason()).contains("no longer built")).hasSize(2);
        assertThat(result.stale()).as("in the order of their paths, whatever order the stories finished in")
                .extracting(StaleFile::file).isSorted();
    }

    @Test
    void aBookChangedSinceQuireWroteItIsKept() throws Exception {
        Path a = write("in/a.md", "---\ntitle: A\n---\nText of A.\n");
        build(quire(false, Format.EPUB), root.resolve("in"));
        Files.writeString(root.resolve("out/a.epub"), "edited by hand");

        Files.delete(a);
        write("in/other.md", "---\ntitle: Other\n---\nText.\n");
        BatchResult result = build(quire(false, Format.EPUB), root.resolve("in"));

        assertThat(root.resolve("out/a.epub")).hasContent("edited by hand");
        assertThat(result.stale()).singleElement().satisfies(s -> {
            assertThat(s.removed()).isFalse();
            assertThat(s.toString()).contains("kept").contains("changed since Quire wrote it");
        });
    }

    @Test
    void buildingOneStoryNeverRemovesTheBooksOfTheOthers() throws Exception {
        write("in/a.md", "---\ntitle: A\n---\nText of A.\n");
        Path b = write("in/b.md", "---\ntitle: B\n---\nText of B.\n");
        write("elsewhere/c.md", "---\ntitle: C\n---\nText of C.\n");
        Quire epub = quire(false, Format.EPUB);
        build(epub, root.resolve("in"), root.resolve("elsewhere"));

        BatchResult one = build(epub, b);
        BatchResult other = build(epub, root.resolve("elsewhere"));

        assertThat(one.stale()).isEmpty();
        assertThat(other.stale()).isEmpty();
        assertThat(root.resolve("out/a.epub")).isRegularFile();
        assertThat(root.resolve("out/b.epub")).isRegularFile();
        assertThat(root.resolve("out/c.epub")).isRegularFile();
    }

    @Test
    void theOutputFolderInsideTheInputIsNoStory() throws Exception {
        write("in/a.md", "---\ntitle: A\n---\nText of A.\n");
        Quire epub = quire(false, Format.EPUB);
        new BatchRunner(epub, 1, false, ArchiveLimits.DEFAULT).run(List.of(root.resolve("in")), root.resolve("in/books"),
                new BatchRunner.Listener() { });

        BatchResult again = new BatchRunner(epub, 1, true, ArchiveLimits.DEFAULT).run(List.of(root.resolve("in")),
                root.resolve("in/books"), new BatchRunner.Listener() { });

        assertThat(again.stories()).hasSize(1);
        assertThat(again.files()).anySatisfy(f -> assertThat(f.what()).isEqualTo("the output folder, where the books go"));
    }
}
