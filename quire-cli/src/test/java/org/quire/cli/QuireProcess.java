package org.quire.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * quire.jar run as a writer runs it, in a JVM of its own, with its build servers' folder
 * ({@code QUIRE_DAEMON_DIR}) in a test's temporary folder, so a test sees, and stops, only the
 * servers it started.
 */
final class QuireProcess {
    static final Path JAR = Path.of("target", "quire.jar").toAbsolutePath();
    private final Path servers;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> jvm = new ArrayList<>(List.of("-Dquire.daemon=auto"));
    private Path folder;

    /** A run of the {@code quire} launcher's kind: a build server unless told otherwise. */
    QuireProcess(Path servers, Path folder) {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (mvn package makes it); skipping");
        this.servers = servers;
        this.folder = folder;
        environment.put("QUIRE_DAEMON_DIR", servers.toString());
        environment.put("SOURCE_DATE_EPOCH", "1767225600");
    }

    QuireProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** As {@code java -jar quire.jar}, without the launcher's {@code -Dquire.daemon=auto}. */
    QuireProcess plainJar() {
        jvm.clear();
        return this;
    }

    QuireProcess in(Path workingFolder) {
        folder = workingFolder;
        return this;
    }

    /** Started, its stderr merged into its stdout (as a terminal shows them). */
    Process startMerged(String... args) throws IOException {
        return start(true, args);
    }

    Process start(String... args) throws IOException {
        return start(false, args);
    }

    private Process start(boolean merged, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(merged);
        builder.environment().remove("CI"); // the CI machine's own setting would turn the servers off
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs to the end (at most 3 minutes). */
    Result run(String... args) throws Exception {
        Process process = start(args);
        process.getOutputStream().close();
        // stderr read on its own thread: a full pipe would stop the process
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("quire " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    /** What a run printed, and its exit code. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /**
     * Reads what {@code process} prints (stderr merged) to the end, and sends it SIGINT, as
     * Ctrl-C in a terminal does, once a line starts with {@code prefix}.
     *
     * @return all it printed
     */
    static String ctrlCAt(Process process, String prefix) throws Exception {
        StringBuilder printed = new StringBuilder();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                printed.append(line).append('\n');
                if (line.startsWith(prefix)) {
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                }
            }
        }
        return printed.toString();
    }

    /** The live build servers whose sockets are in {@code servers}. */
    static List<ProcessHandle> servers(Path servers) {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info().commandLine().orElse("").contains("org.quire.cli.DaemonServer " + servers))
                    .toList();
        }
    }

    /** Stops the servers of {@code servers} as a writer would ({@code --stop-daemon}), then kills any left. */
    static void stopAll(Path servers) throws Exception {
        new QuireProcess(servers, servers.getParent()).run("--stop-daemon");
        for (ProcessHandle server : servers(servers)) {
            server.destroyForcibly();
            server.onExit().get(10, TimeUnit.SECONDS);
        }
    }

    static List<Path> sockets(Path servers) throws IOException {
        if (!Files.isDirectory(servers)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(servers)) {
            return files.filter(f -> f.toString().endsWith(".sock")).sorted().toList();
        }
    }
}
