package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 short stories through Spark on local[2] and through the command line: the same books,
 * byte for byte, and the same report; a broken story beside them is reported at its line and
 * fails no task; a second run skips every story.
 */
class SparkBatchIT {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus").toAbsolutePath().normalize();
    /** One clock for both builds, as a reproducible build sets it. */
    private static final Map<String, String> CLOCK = Map.of("SOURCE_DATE_EPOCH", "1764460800");

    @TempDir
    Path dir;

    @Test
    void buildsTheCommandLinesBooksReportsTheBrokenStoryAndSkipsOnARerun() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not at " + CORPUS
                + " (../shared beside the checkout); this test makes its 200 stories from it");
        Path first = dir.resolve("in/first");
        Path second = dir.resolve("in/second");
        new ShortStories(CORPUS).write(first, second, 200);
        Files.writeString(second.resolve("broken.md"), "---\ntitle: Broken\ntags: [never closed\n---\nText.\n");

        Path cli = dir.resolve("cli");
        Path cliLog = dir.resolve("cli.log");
        assertThat(CommandLine.build(List.of(first.toString(), second.toString(), "--output", cli.toString(), "--jobs", "2"),
                CLOCK, cliLog)).as(CommandLine.log(cliLog)).isEqualTo(Main.STORY_FAILED);

        Path spark = dir.resolve("spark");
        // One input as a path, the other as a file:// URI, as a Hadoop file system names it.
        List<String> args = List.of("build", first.toString(), second.toUri().toString(), "--output", spark.toString(),
                "--master", "local[2]");
        String log = run(args);
        String report = Files.readString(spark.resolve("quire-report.json"));
        assertThat(report).contains("\"built\": 200,", "\"skipped\": 0,", "\"failed\": 1,");
        assertThat(report).containsPattern("broken\\.md:\\d+(:\\d+)?: error \\[YAML");
        assertThat(log).contains("201 stories: 200 built, 0 up to date, 1 failed");

        Map<String, byte[]> cliFiles = files(cli);
        Map<String, byte[]> sparkFiles = files(spark);
        assertThat(sparkFiles.keySet()).isEqualTo(cliFiles.keySet()).hasSizeGreaterThan(600);
        cliFiles.forEach((name, bytes) -> assertThat(sparkFiles.get(name)).as(name).isEqualTo(bytes));
        assertThat(withoutTimes(report)).isEqualTo(withoutTimes(Files.readString(cli.resolve("quire-report.json"))));

        Path book = spark.resolve("story-001.pdf");
        FileTime made = Files.getLastModifiedTime(book);
        String again = run(args);
        assertThat(again).contains("201 stories: 0 built, 200 up to date, 1 failed");
        assertThat(Files.readString(spark.resolve("quire-report.json"))).contains("\"built\": 0,", "\"skipped\": 200,");
        assertThat(Files.getLastModifiedTime(book)).isEqualTo(made);
    }

    private String run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, CLOCK);
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isEqualTo(Main.STORY_FAILED);
        return log;
    }

    /** Every file under {@code root} but the report (whose times differ), by relative path. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                if (!name.equals("quire-report.json")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static String withoutTimes(String report) {
        return report.replaceAll("\"seconds\": [0-9.]+", "\"seconds\": 0");
    }
}
