package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C, for real: quire.jar in its own JVM gets SIGINT in the middle of a batch, exits with 130,
 * leaves no temporary file, and the same command run again resumes where it stopped.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptIT {
    private static final Path JAR = Path.of("target", "quire.jar").toAbsolutePath();
    private static final int STORIES = 12;

    @TempDir
    Path root;

    @Test
    void ctrlCExitsWith130KeepsWhatFinishedAndTheNextRunResumes() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (mvn package makes it); skipping");
        for (int i = 1; i <= STORIES; i++) {
            Path story = root.resolve("in/story-" + i + ".md");
            Files.createDirectories(story.getParent());
            Files.writeString(story, "---\ntitle: Story " + i + "\n---\n" + "Words upon words, page after page. ".repeat(400) + "\n");
        }
        Process quire = start();
        String printed = QuireProcess.ctrlCAt(quire, "[2/" + STORIES + "]");
        assertThat(quire.waitFor(60, TimeUnit.SECONDS)).as("quire stops after Ctrl-C").isTrue();

        assertThat(quire.exitValue()).as(printed).isEqualTo(130);
        assertThat(printed).contains("quire: interrupted; ").contains("run the same command again to resume");
        assertThat(temporaries()).isEmpty();
        assertThat(Files.readString(root.resolve("out/quire-report.json"))).contains("\"state\": \"interrupted\"");
        long kept = Files.readString(root.resolve("out/.quire-manifest.tsv")).lines().filter(l -> l.startsWith("end\t")).count();
        assertThat(kept).isBetween(2L, STORIES - 1L);

        Process again = start();
        String second = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(second).isZero();
        assertThat(second).contains((STORIES - kept) + " built, " + kept + " up to date, 0 failed");
    }

    private Process start() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "build", root.resolve("in").toString(), "--output", root.resolve("out").toString(), "--jobs", "1")
                .redirectErrorStream(true).start();
    }

    private List<Path> temporaries() throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".quire-tmp-")).toList();
        }
    }
}
