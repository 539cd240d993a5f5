package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories read from, and books written to, a Hadoop file system that is not the local one (as
 * {@code hdfs://} or {@code s3a://} are): the driver lists the input, executors copy each story
 * (a one-shot with its cover picture, a story folder, a text file; a one-shot in a zip, sent with
 * its task as on a cluster) and upload each edition through a temporary name; the books are the
 * command line's, byte for byte.
 */
class RemoteStoresIT {
    private static final Map<String, String> CLOCK = Map.of("SOURCE_DATE_EPOCH", "1764460800");
    private static final String MOUNT = "spark.hadoop.fs.viewfs.mounttable.quire.link./store";
    /** As on a cluster: stories from archives travel with their tasks, not through the driver's disk. */
    private static final String PACK = "spark.quire.packArchives";

    @TempDir
    static Path dir;

    @BeforeAll
    static void mount() {
        // viewfs://quire/store/… is Hadoop's own file system over a mount table, here onto the
        // local disk: another scheme, reached only through Hadoop, as hdfs:// and s3a:// are.
        // SparkConf reads spark.* system properties; spark.hadoop.* reach the Hadoop configuration.
        System.setProperty(MOUNT, dir.toUri().toString());
        System.setProperty(PACK, "true");
    }

    @AfterAll
    static void unmount() {
        System.clearProperty(MOUNT);
        System.clearProperty(PACK);
    }

    @Test
    void readsAndWritesThroughTheFileSystemAndMakesTheCommandLinesBooks() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("lamp.md"), "---\ntitle: The Lamp\nauthor: A. Writer\ncover: art/lamp.png\n---\n"
                + "Maren climbed the hundred and twelve steps.\n\nThe lamp was lit.\n");
        Files.createDirectories(in.resolve("art"));
        Files.write(in.resolve("art/lamp.png"), png());
        Path folder = Files.createDirectories(in.resolve("shelf/keeper"));
        Files.writeString(folder.resolve("story.yaml"), "title: The Keeper\nauthor: B. Writer\n");
        Files.writeString(folder.resolve("1-one.md"), "# One\n\nThe sea was grey.\n");
        Files.writeString(in.resolve("shelf/pasted.txt"), "A note before.\n\nThe story itself, pasted.\n\nA note after.\n");
        zip(in.resolve("shelf/box.zip"), Map.of("gift/gift.md", ("---\ntitle: The Gift\ncover: wrap.png\n---\n"
                + "It was small and heavy.\n").getBytes(StandardCharsets.UTF_8), "gift/wrap.png", png(), "gift/notes.txt",
                "Not a story.\n".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(in.resolve("broken.md"), "---\ntitle: [Broken\n---\nText.\n");

        Path cli = dir.resolve("cli");
        Path cliLog = dir.resolve("cli.log");
        assertThat(CommandLine.build(List.of(in.toString(), "--output", cli.toString()), CLOCK, cliLog))
                .as(CommandLine.log(cliLog)).isEqualTo(Main.STORY_FAILED);

        Path out = dir.resolve("out");
        List<String> args = List.of("build", "viewfs://quire/store/in", "--output", "viewfs://quire/store/out", "--master", "local[2]");
        String log = run(args);
        assertThat(log).contains("5 stories: 4 built, 0 up to date, 1 failed");
        String report = Files.readString(out.resolve("quire-report.json"));
        assertThat(report).contains("viewfs://quire/store/in/shelf/keeper").containsPattern("broken\\.md:2(:\\d+)?: error");
        for (String book : List.of("lamp.epub", "lamp.pdf", "lamp-cover.jpg", "shelf/keeper.epub", "shelf/pasted.pdf",
                "shelf/box/gift/gift.pdf", "shelf/box/gift/gift-cover.jpg")) {
            assertThat(out.resolve(book)).as(book).hasSameBinaryContentAs(cli.resolve(book));
        }
        // The same journal, but that it names the stories' files by their URIs (a warning's file is
        // a Path, which writes viewfs:/ with one slash).
        assertThat(Files.readString(out.resolve(".quire-manifest.tsv")).replaceAll("viewfs:/+quire/store", dir.toString()))
                .isEqualTo(Files.readString(cli.resolve(".quire-manifest.tsv")));
        assertThat(Files.readString(out.resolve(".quire-manifest.tsv"))).contains("\tviewfs://quire/store/in/lamp.md\t");
        try (Stream<Path> files = Files.walk(out)) {
            // (Hadoop's local file system, under the mount, writes a .crc beside each file; HDFS and S3 do not.)
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(run(args)).contains("5 stories: 0 built, 4 up to date, 1 failed");
    }

    private static byte[] png() throws IOException {
        BufferedImage picture = new BufferedImage(60, 90, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(30, 45, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static void zip(Path archive, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    private static String run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, CLOCK);
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isEqualTo(Main.STORY_FAILED);
        return log;
    }
}
