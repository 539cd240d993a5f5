package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** When build servers start, stop, and are not used at all: real processes and sockets. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DaemonLifecycleIT {
    @TempDir
    Path root;

    private Path servers() {
        return root.resolve("servers");
    }

    @BeforeEach
    void story() throws Exception {
        Files.createDirectories(root.resolve("in"));
        Files.writeString(root.resolve("in/story.md"), "---\ntitle: Story\n---\nWords of a story.\n");
    }

    @AfterEach
    void stopServers() throws Exception {
        QuireProcess.stopAll(servers());
    }

    private QuireProcess.Result build(QuireProcess quire) throws Exception {
        QuireProcess.Result result = quire.run("build", "in", "--output", "out", "--formats", "epub", "--force");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(root.resolve("out/story.epub")).isRegularFile();
        return result;
    }

    @Test
    void anIdleServerExitsAndRemovesItsSocket() throws Exception {
        build(new QuireProcess(servers(), root).env("QUIRE_DAEMON_IDLE", "2"));
        List<ProcessHandle> running = QuireProcess.servers(servers());
        assertThat(running).hasSize(1);
        assertThat(QuireProcess.sockets(servers())).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(servers()))).isEqualTo("rwx------");

        running.get(0).onExit().get(20, TimeUnit.SECONDS);
        assertThat(QuireProcess.sockets(servers())).isEmpty();
        assertThat(Files.readString(Files.list(servers()).filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow()))
                .contains("stopping: idle for 2 s");
    }

    @Test
    void aServerWhoseHeapGrewPastItsLimitMakesWayAfterTheBuild() throws Exception {
        QuireProcess quire = new QuireProcess(servers(), root).env("QUIRE_DAEMON_MAX_HEAP_MB", "1");
        build(quire);
        assertThat(waitForLog("stopping: its heap grew to")).contains("(over 1 MB)");
        build(quire); // the next build starts a fresh server, which makes way in turn
        String log = waitForLog("(?s)heap grew.*serving .*heap grew.*stopped");
        assertThat(log.split("serving ", -1)).as(log).hasSize(3);
        assertThat(QuireProcess.sockets(servers())).isEmpty();
    }

    /** The servers' log once it matches {@code pattern} (DOTALL off), waiting up to 20 s. */
    private String waitForLog(String pattern) throws Exception {
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(pattern);
        String log = "";
        for (int i = 0; i < 200; i++) {
            try (var files = Files.list(servers())) {
                Path file = files.filter(f -> f.toString().endsWith(".log")).findFirst().orElse(null);
                log = file == null ? "" : Files.readString(file);
            }
            if (wanted.matcher(log).find()) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the log never showed " + pattern + ":\n" + log);
    }

    @Test
    void aKilledServersSocketIsTakenOverByTheNextServer() throws Exception {
        QuireProcess quire = new QuireProcess(servers(), root);
        build(quire);
        ProcessHandle first = QuireProcess.servers(servers()).get(0);
        first.destroyForcibly(); // SIGKILL: no hook runs, the socket file stays
        first.onExit().get(10, TimeUnit.SECONDS);
        assertThat(QuireProcess.sockets(servers())).as("left by the killed server").hasSize(1);

        build(quire);
        List<ProcessHandle> now = QuireProcess.servers(servers());
        assertThat(now).hasSize(1);
        assertThat(now.get(0).pid()).isNotEqualTo(first.pid());
        build(quire); // and it serves the next build too
        assertThat(QuireProcess.servers(servers())).containsExactlyElementsOf(now);
    }

    @Test
    void offByEnvironmentOptionCiOrPlainJarStartsNoServer() throws Exception {
        build(new QuireProcess(servers(), root).env("QUIRE_DAEMON", "off"));
        build(new QuireProcess(servers(), root).env("CI", "true"));
        build(new QuireProcess(servers(), root).plainJar());
        QuireProcess.Result noDaemon = new QuireProcess(servers(), root)
                .run("build", "in", "--output", "out", "--formats", "epub", "--no-daemon");
        assertThat(noDaemon.code()).as(noDaemon.toString()).isZero();
        assertThat(QuireProcess.servers(servers())).isEmpty();
        assertThat(QuireProcess.sockets(servers())).isEmpty();

        build(new QuireProcess(servers(), root).plainJar().env("QUIRE_DAEMON", "on"));
        assertThat(QuireProcess.servers(servers())).as("QUIRE_DAEMON=on with java -jar").hasSize(1);
    }

    @Test
    void stopDaemonStopsEveryServerOfTheUser() throws Exception {
        build(new QuireProcess(servers(), root));
        build(new QuireProcess(servers(), root).env("SOURCE_DATE_EPOCH", "0"));
        List<ProcessHandle> running = QuireProcess.servers(servers());
        assertThat(running).hasSize(2);

        QuireProcess.Result stop = new QuireProcess(servers(), root).run("--stop-daemon");
        assertThat(stop.code()).isZero();
        assertThat(stop.out()).isEqualTo("quire: stopped 2 build servers\n");
        for (ProcessHandle server : running) {
            server.onExit().get(20, TimeUnit.SECONDS);
        }
        assertThat(QuireProcess.sockets(servers())).isEmpty();
    }

    @Test
    void aFolderOthersCanWriteIsRefusedAndTheBuildRunsInTheClient() throws Exception {
        Files.createDirectories(servers());
        Files.setPosixFilePermissions(servers(), PosixFilePermissions.fromString("rwxrwxrwx"));
        QuireProcess.Result result = new QuireProcess(servers(), root)
                .run("build", "in", "--output", "out", "--formats", "epub", "--verbose");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("quire: building in this process: the folder " + servers() + " is not safe");
        assertThat(QuireProcess.servers(servers())).isEmpty();
    }
}
