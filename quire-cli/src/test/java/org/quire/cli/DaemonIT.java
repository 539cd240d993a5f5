package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build server, for real: quire.jar started as the launcher starts it, its server a JVM of
 * its own on a Unix socket. What a server builds and prints is what a build in the client's own
 * JVM builds and prints, however many builds the server ran before.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DaemonIT {
    @TempDir
    Path root;

    private Path servers() {
        return root.resolve("servers");
    }

    @AfterEach
    void stopServers() throws Exception {
        QuireProcess.stopAll(servers());
    }

    private Path story(String name, String language, String words) throws Exception {
        Path story = root.resolve("in/" + name + ".md");
        Files.createDirectories(story.getParent());
        Files.writeString(story, "---\ntitle: " + name + "\nlanguage: " + language + "\n---\n" + words.repeat(60) + "\n\n*Fin.*\n");
        return story;
    }

    @Test
    void aServersFirstAndFifthBuildsAreTheBytesOfABuildInTheClientsJvm() throws Exception {
        Path english = story("english", "en", "A long story about a cat who would not sit still. ");
        Path german = story("german", "de", "Eine lange Geschichte über eine Katze, die nicht stillsitzen wollte. ");
        QuireProcess quire = new QuireProcess(servers(), root);

        for (int build = 1; build <= 5; build++) { // english, german, english, german, english
            Path story = build % 2 == 1 ? english : german;
            QuireProcess.Result result = quire.run("build", story.toString(), "--output", root.resolve("server-" + build).toString());
            assertThat(result.code()).as(result.toString()).isZero();
            assertThat(QuireProcess.servers(servers())).as("one server serves them all").hasSize(1);
        }
        QuireProcess.Result noDaemon = quire.run("build", english.toString(), "--output", root.resolve("no-daemon").toString(),
                "--no-daemon");
        QuireProcess.Result plainJar = new QuireProcess(servers(), root).plainJar()
                .run("build", english.toString(), "--output", root.resolve("in-process").toString());
        assertThat(noDaemon.code()).as(noDaemon.toString()).isZero();
        assertThat(plainJar.code()).as(plainJar.toString()).isZero();

        for (String book : new String[] {"english.pdf", "english.epub"}) {
            byte[] inProcess = Files.readAllBytes(root.resolve("in-process/" + book));
            assertThat(root.resolve("server-1/" + book)).hasBinaryContent(inProcess);
            assertThat(root.resolve("server-3/" + book)).hasBinaryContent(inProcess);
            assertThat(root.resolve("server-5/" + book)).hasBinaryContent(inProcess);
            assertThat(root.resolve("no-daemon/" + book)).hasBinaryContent(inProcess);
        }
        assertThat(root.resolve("server-4/german.pdf")).hasBinaryContent(Files.readAllBytes(root.resolve("server-2/german.pdf")));
        assertThat(Files.readString(QuireProcess.sockets(servers()).get(0).resolveSibling(
                QuireProcess.sockets(servers()).get(0).getFileName().toString().replace(".sock", ".log"))))
                .as("the server's log names each build").contains("english.md").contains("german.md");
    }

    @Test
    void aFailingStoryAndBadUsagePrintAndExitAsInTheClientsJvm() throws Exception {
        Path broken = root.resolve("in/broken/story.yaml");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "title: Broken\nstatus: {state: nearly}\n");
        Files.writeString(broken.resolveSibling("1-a.md"), "Text.\n");
        story("good", "en", "Fine words. ");
        QuireProcess quire = new QuireProcess(servers(), root);
        String[][] commands = {
            {"build", "in", "--output", "out", "--formats", "epub", "--force", "--jobs", "1"},
            {"build", "in", "--output", "out", "--formats", "epub", "--force", "--quiet"},
            {"build", "in", "--output", "out", "--formats", "epub", "--jobs", "1"},
            {"build", "in"},
            {"build", "no-such-folder", "--output", "out"},
            {"build", "in", "--output", "out", "--trim", "a9000"},
        };
        int[] codes = {1, 1, 1, 2, 2, 2};
        for (int i = 0; i < commands.length; i++) {
            QuireProcess.Result server = quire.run(commands[i]);
            QuireProcess.Result inProcess = quire.run(withNoDaemon(commands[i]));
            assertThat(server.code()).as(server.toString()).isEqualTo(codes[i]);
            assertThat(inProcess.code()).isEqualTo(codes[i]);
            assertThat(timesOut(server.out())).as(String.join(" ", commands[i])).isEqualTo(timesOut(inProcess.out()));
            assertThat(server.err()).as(String.join(" ", commands[i])).isEqualTo(inProcess.err());
        }
        assertThat(quire.run(commands[0]).out()).contains("in/broken/story.yaml:2:1: error [BAD-STATUS]");
        assertThat(quire.run(commands[3]).err()).startsWith("quire: ").contains("Try 'java -jar quire.jar --help'.");
        assertThat(QuireProcess.servers(servers())).hasSize(1);
    }

    private static String[] withNoDaemon(String[] command) {
        String[] with = java.util.Arrays.copyOf(command, command.length + 1);
        with[command.length] = "--no-daemon";
        return with;
    }

    /** Durations differ from run to run, and stories built (not up to date) with them. */
    private static String timesOut(String printed) {
        return printed.replaceAll("\\d+(\\.\\d+)? s\\b", "N s").replaceAll("\\(\\d+(\\.\\d+)? s\\)", "(N s)")
                .replaceAll("(?m)\\s+\\d+\\.\\d+$", " N");
    }

    @Test
    void anotherClockOrWorkingFolderIsAnotherServer() throws Exception {
        story("clock", "en", "Tick tock. ");
        QuireProcess.Result first = new QuireProcess(servers(), root).env("SOURCE_DATE_EPOCH", "1767225600")
                .run("build", "in/clock.md", "--output", "out-2026", "--formats", "pdf");
        QuireProcess.Result second = new QuireProcess(servers(), root).env("SOURCE_DATE_EPOCH", "1704067200")
                .run("build", "in/clock.md", "--output", "out-2024", "--formats", "pdf");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(QuireProcess.servers(servers())).hasSize(2);
        assertThat(created(root.resolve("out-2026/clock.pdf"))).isEqualTo(1767225600L);
        assertThat(created(root.resolve("out-2024/clock.pdf"))).isEqualTo(1704067200L);

        // The same relative paths from another folder: another server, which reads them there.
        Path elsewhere = root.resolve("elsewhere");
        Files.createDirectories(elsewhere.resolve("in"));
        Files.writeString(elsewhere.resolve("in/clock.md"), "---\ntitle: Elsewhere\n---\nAnother story.\n");
        QuireProcess.Result third = new QuireProcess(servers(), elsewhere).run("build", "in/clock.md", "--output", "out-2026",
                "--formats", "pdf");
        assertThat(third.code()).as(third.toString()).isZero();
        assertThat(elsewhere.resolve("out-2026/clock.pdf")).isRegularFile();
        assertThat(third.out()).contains("Books in out-2026/");
        assertThat(QuireProcess.servers(servers())).hasSize(3);
        assertThat(QuireProcess.sockets(servers())).hasSize(3);
    }

    /** The PDF's creation date, seconds since 1970. */
    private static long created(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getDocumentInformation().getCreationDate().getTimeInMillis() / 1000;
        }
    }
}
