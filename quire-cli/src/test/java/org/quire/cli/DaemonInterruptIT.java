package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a client whose build runs in a server (InterruptIT's way: SIGINT to the client in the
 * middle of a batch): the server cancels it, the client prints the same words and exits with 130,
 * no temporary file is left, the server lives on, and the same command resumes. A client killed
 * outright cancels its build too: the server sees the socket close.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DaemonInterruptIT {
    private static final int STORIES = 12;

    @TempDir
    Path root;

    @AfterEach
    void stopServers() throws Exception {
        QuireProcess.stopAll(root.resolve("servers"));
    }

    private QuireProcess quire() throws Exception {
        for (int i = 1; i <= STORIES; i++) {
            Path story = root.resolve("in/story-" + i + ".md");
            Files.createDirectories(story.getParent());
            Files.writeString(story, "---\ntitle: Story " + i + "\n---\n" + "Words upon words, page after page. ".repeat(800) + "\n");
        }
        return new QuireProcess(root.resolve("servers"), root);
    }

    @Test
    void ctrlCOnTheClientCancelsTheServersBuildExitsWith130AndTheNextRunResumes() throws Exception {
        QuireProcess quire = quire();
        Process client = start(quire);
        String printed = QuireProcess.ctrlCAt(client, "[2/" + STORIES + "]");
        assertThat(client.waitFor(60, TimeUnit.SECONDS)).as("quire stops after Ctrl-C").isTrue();

        assertThat(client.exitValue()).as(printed).isEqualTo(130);
        assertThat(printed).contains("quire: interrupted; ").contains("run the same command again to resume");
        assertThat(temporaries()).isEmpty();
        assertThat(Files.readString(root.resolve("out/quire-report.json"))).contains("\"state\": \"interrupted\"");
        long kept = kept();
        assertThat(kept).isBetween(2L, STORIES - 1L);
        assertThat(QuireProcess.servers(root.resolve("servers"))).as("the server outlives its client's Ctrl-C").hasSize(1);

        QuireProcess.Result again = quire.run(command());
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains((STORIES - kept) + " built, " + kept + " up to date, 0 failed");
    }

    @Test
    void aKilledClientsBuildIsCancelledAndTheServerServesTheNext() throws Exception {
        QuireProcess quire = quire();
        Process client = start(quire);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("[2/" + STORIES + "]")) {
                    client.destroyForcibly(); // SIGKILL: no hook, no cancel byte; only the socket closing
                    break;
                }
            }
        }
        assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path report = root.resolve("out/quire-report.json");
        for (int i = 0; i < 300 && !(Files.exists(report) && Files.readString(report).contains("\"state\": \"interrupted\"")); i++) {
            Thread.sleep(100); // the server records the cancelled batch a moment after
        }
        assertThat(Files.readString(report)).contains("\"state\": \"interrupted\"");
        assertThat(kept()).isLessThan(STORIES);

        QuireProcess.Result again = quire.run(command());
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(temporaries()).isEmpty();
        assertThat(again.out()).contains("0 failed");
        assertThat(kept()).isEqualTo(STORIES);
        assertThat(Files.readString(log())).contains("(cancelled)");
    }

    private Process start(QuireProcess quire) throws Exception {
        // A build of something else first: the server is up and warm, so the batch below runs in it.
        Files.createDirectories(root.resolve("warm"));
        Files.writeString(root.resolve("warm/w.md"), "---\ntitle: W\n---\nWarm.\n");
        assertThat(quire.run("build", "warm", "--output", "warm-out").code()).isZero();
        Process client = quire.startMerged(command());
        client.getOutputStream().close();
        return client;
    }

    private String[] command() {
        return new String[] {"build", "in", "--output", "out", "--jobs", "1"};
    }

    private long kept() throws Exception {
        return Files.readString(root.resolve("out/.quire-manifest.tsv")).lines().filter(l -> l.startsWith("end\t")).count();
    }

    private Path log() throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("servers"))) {
            return files.filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow();
        }
    }

    private List<Path> temporaries() throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".quire-tmp-")).toList();
        }
    }
}
