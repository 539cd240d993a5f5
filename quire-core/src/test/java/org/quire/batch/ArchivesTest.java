package org.quire.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Archive;

/** Archives keep their good entries: one entry past a limit is refused alone, with its reason. */
class ArchivesTest {
    /** Small limits, so each can be passed by a small test archive. */
    private static final ArchiveLimits SMALL = new ArchiveLimits(64 * 1024, 100, 100, 16 * 1024);

    @TempDir
    Path root;

    private static byte[] noise(int bytes) {
        byte[] data = new byte[bytes];
        new Random(7).nextBytes(data); // incompressible: only the size limit applies
        return data;
    }

    private List<String> unpacked(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void aZipEntryPastTheRatioLimitIsRefusedAloneAndTheRestIsUnpacked() throws Exception {
        Path zip = new Archive().add("a.md", "A.\n").add("bomb.md", new byte[3 * 1024 * 1024]).add("b.md", "B.\n")
                .writeZip(root.resolve("in.zip"));

        List<String> refused = Archives.unpack(zip, root.resolve("out"), ArchiveLimits.DEFAULT);

        assertThat(refused).containsExactly("entry 'bomb.md' unpacks to more than 100 times its packed size (a zip bomb?); "
                + "refused, the rest of the archive is unpacked");
        assertThat(unpacked(root.resolve("out"))).containsExactly("a.md", "b.md");
    }

    @Test
    void aTarEntryPastTheRatioLimitIsRefusedAloneAndTheRestIsUnpacked() throws Exception {
        Path tar = Archive.tar(root.resolve("in.tar.gz"), "a.md", "A.\n", "bomb.md", new byte[3 * 1024 * 1024], "b.md", "B.\n");

        List<String> refused = Archives.unpack(tar, root.resolve("out"), ArchiveLimits.DEFAULT);

        assertThat(refused).singleElement().asString().startsWith("entry 'bomb.md' unpacks to more than 100 times");
        assertThat(unpacked(root.resolve("out"))).containsExactly("a.md", "b.md");
    }

    @Test
    void anEntryPastTheSizeLimitIsRefusedAlone() throws Exception {
        Path zip = new Archive().add("a.md", "A.\n").add("big.md", noise(20 * 1024)).add("b.md", "B.\n")
                .writeZip(root.resolve("in.zip"));
        Path tar = Archive.tar(root.resolve("in.tgz"), "a.md", "A.\n", "big.md", noise(20 * 1024), "b.md", "B.\n");

        assertThat(Archives.unpack(zip, root.resolve("zip"), SMALL)).containsExactly(
                "entry 'big.md' unpacks to more than 16 KB, more than one entry may be; refused, the rest of the archive is unpacked");
        assertThat(Archives.unpack(tar, root.resolve("tar"), SMALL)).hasSize(1);
        assertThat(unpacked(root.resolve("zip"))).containsExactly("a.md", "b.md");
        assertThat(unpacked(root.resolve("tar"))).containsExactly("a.md", "b.md");
    }

    @Test
    void anArchivePastItsTotalKeepsTheEntriesBeforeAndSaysWhereItStopped() throws Exception {
        Archive archive = new Archive();
        for (int i = 1; i <= 6; i++) {
            archive.add("part-" + i + ".md", noise(15 * 1024));
        }
        Path zip = archive.writeZip(root.resolve("in.zip"));

        List<String> refused = Archives.unpack(zip, root.resolve("out"), SMALL);

        assertThat(refused).containsExactly("entries from 'part-5.md' on were not unpacked: the archive unpacks to more "
                + "than 64 KB, refused as a possible zip bomb");
        assertThat(unpacked(root.resolve("out"))).containsExactly("part-1.md", "part-2.md", "part-3.md", "part-4.md");
    }

    @Test
    void aTruncatedTarKeepsItsWholeEntries() throws Exception {
        Path tar = Archive.tar(root.resolve("in.tar.gz"), "a.md", "A.\n", "b.md", noise(40 * 1024));
        byte[] bytes = Files.readAllBytes(tar);
        Files.write(tar, java.util.Arrays.copyOf(bytes, bytes.length - 20 * 1024));

        List<String> refused = Archives.unpack(tar, root.resolve("out"), ArchiveLimits.DEFAULT);

        assertThat(refused).singleElement().asString().startsWith("the entries after the last one unpacked were not read");
        assertThat(unpacked(root.resolve("out"))).containsExactly("a.md");
    }

    @Test
    void whatIsNoArchiveAtAllIsRefusedWhole() throws Exception {
        Path zip = Files.writeString(root.resolve("fake.zip"), "not a zip");
        assertThatThrownBy(() -> Archives.unpack(zip, root.resolve("out"), ArchiveLimits.DEFAULT))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("is not a readable archive");
    }
}
