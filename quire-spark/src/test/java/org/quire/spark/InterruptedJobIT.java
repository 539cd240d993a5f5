package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.batch.BatchSteps;

/**
 * A job stopped half-way (cancelled, as a kill or a lost driver stops it) keeps the manifest
 * blocks of the stories that finished, and the same command goes on from there: what was
 * built is skipped, the rest is built.
 */
class InterruptedJobIT {
    private static final Map<String, String> CLOCK = Map.of("SOURCE_DATE_EPOCH", "1764460800");
    private static final String INTERVAL = "spark.quire.manifestSeconds";

    @TempDir
    Path dir;

    @BeforeEach
    void everyPartition() {
        System.setProperty(INTERVAL, "0");
    }

    @AfterEach
    void reset() {
        System.clearProperty(INTERVAL);
    }

    @Test
    void aRerunGoesOnWhereTheStoppedJobEnded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int n = 1; n <= 24; n++) {
            Files.writeString(in.resolve(String.format("s%02d.md", n)), "---\ntitle: Story " + n + "\n---\n"
                    + "One sentence of story " + n + ", and then another.\n\nThe end.\n");
        }
        Path out = dir.resolve("out");
        Path manifest = out.resolve(BatchSteps.manifestFile());
        List<String> args = List.of("build", in.toString(), "--output", out.toString(), "--master", "local[1]",
                "--partitions", "12", "--formats", "epub");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream firstErr = new ByteArrayOutputStream(); // checked below, not printed into the build's log
        CompletableFuture<Integer> job = CompletableFuture.supplyAsync(() -> Main.run(args,
                new PrintStream(first, true, StandardCharsets.UTF_8), new PrintStream(firstErr, true, StandardCharsets.UTF_8), CLOCK));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (stories(manifest) < 4 && !job.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        SparkContext.getOrCreate().cancelAllJobs();
        assertThat(job.get(2, TimeUnit.MINUTES)).as(first.toString(StandardCharsets.UTF_8)).isEqualTo(Main.STORY_FAILED);
        assertThat(firstErr.toString(StandardCharsets.UTF_8)).contains("quire: the Spark job stopped")
                .contains("the same command goes on from there");
        long kept = stories(manifest);
        assertThat(Files.readString(out.resolve(BatchSteps.reportFile()))).contains("\"state\": \"interrupted\"");
        assertThat(kept).as("stories recorded before the job stopped").isBetween(4L, 23L);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(second, true, StandardCharsets.UTF_8), System.err, CLOCK);
        String log = second.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isEqualTo(Main.OK);
        assertThat(log).contains("24 stories: " + (24 - kept) + " built, " + kept + " up to date, 0 failed");
        assertThat(stories(manifest)).isEqualTo(24);
        assertThat(Files.readString(out.resolve(BatchSteps.reportFile()))).contains("\"state\": \"complete\"");
    }

    /** Stories the manifest journal holds: a block counts once its {@code end} line is written. */
    private static long stories(Path manifest) throws java.io.IOException {
        return Files.isRegularFile(manifest)
                ? Files.readAllLines(manifest).stream().filter(line -> line.startsWith("end\t")).count() : 0;
    }
}
