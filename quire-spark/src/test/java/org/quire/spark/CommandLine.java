package org.quire.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code quire build} (the command line, org.quire.cli.Main) in its own JVM, as a writer runs it. */
final class CommandLine {
    private CommandLine() {
    }

    /** @return the exit code; the output is in {@code log} */
    static int build(List<String> args, Map<String, String> environment, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.quire.cli.Main", "build"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start().waitFor();
    }

    static String log(Path log) throws IOException {
        return Files.readString(log);
    }
}
