package org.quire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a build server is for: one server per key, and a client only talks to the server of its
 * own key. The key is a SHA-256 of everything that can change what a build writes or prints, or
 * what its arguments mean: the jar (path, size, modification time), {@code java.home}, the JVM's
 * options as its command line gives them (class-data-sharing ones left out: they change how fast classes load, never what a
 * build does, and the launcher switches from writing the archive to reading it after its first
 * run), the working folder (relative paths in arguments and messages), and the environment
 * variables Quire or the JVM read: {@code SOURCE_DATE_EPOCH} (the books' clock), {@code TZ},
 * {@code LANG}, {@code LANGUAGE}, {@code LC_*} and the JVM option variables. {@code COLUMNS},
 * which {@code Screen.detect} reads, is not in it: the client measures its screen and sends it
 * with each command.
 *
 * @param digest the SHA-256, 64 hex digits
 * @param jar the jar this JVM runs, absolute
 * @param jvmOptions this JVM's options, to start the server with the same
 */
record DaemonKey(String digest, Path jar, List<String> jvmOptions) {
    private static final List<String> VARIABLES = List.of("SOURCE_DATE_EPOCH", "TZ", "LANG", "LANGUAGE",
            "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final List<String> CLASS_PATH = List.of("-cp", "-classpath", "--class-path");
    /** The java launcher's options whose value is the next argument (java --help). */
    private static final List<String> WITH_VALUE = List.of("-p", "--module-path", "--upgrade-module-path", "--add-modules",
            "--limit-modules", "--add-exports", "--add-opens", "--add-reads", "--patch-module", "--enable-native-access");
    private static final List<String> SHARING = List.of("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=", "-Xshare:",
            "-Xlog:cds", "-XX:+AutoCreateSharedArchive");

    /** The name of this key's socket, log and lock in the servers' folder: the digest's first 80 bits. */
    String name() {
        return digest.substring(0, 20);
    }

    /** This JVM's key; empty when it does not run from one jar (a class path of folders has no version to compare). */
    static Optional<DaemonKey> current(Map<String, String> environment) {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            BasicFileAttributes file = Files.readAttributes(jar, BasicFileAttributes.class);
            List<String> options = jvmOptions(commandLine());
            List<String> keyed = new ArrayList<>();
            keyed.add("quire-daemon " + DaemonProtocol.VERSION);
            keyed.add(jar + " " + file.size() + " " + file.lastModifiedTime().toMillis());
            keyed.add(System.getProperty("java.home"));
            for (String option : options) {
                if (!sharing(option)) {
                    keyed.add(option);
                }
            }
            keyed.add(System.getProperty("user.dir"));
            Map<String, String> variables = new TreeMap<>();
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                if (VARIABLES.contains(variable.getKey()) || variable.getKey().startsWith("LC_")) {
                    variables.put(variable.getKey(), variable.getValue());
                }
            }
            keyed.add(variables.toString());
            return Optional.of(new DaemonKey(sha256(String.join("\n", keyed)), jar, List.copyOf(options)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * This process's arguments: Linux's {@code /proc/self/cmdline} (ProcessHandle's reader costs the
     * client a lambda bootstrap, milliseconds), else ProcessHandle's.
     */
    private static String[] commandLine() throws IOException {
        Path proc = Path.of("/proc/self/cmdline");
        if (Files.isReadable(proc)) {
            String[] argv = new String(Files.readAllBytes(proc), java.nio.charset.Charset.defaultCharset()).split("\0");
            return java.util.Arrays.copyOfRange(argv, 1, argv.length);
        }
        return ProcessHandle.current().info().arguments().orElseThrow(() -> new IOException("no command line"));
    }

    /**
     * The options of a {@code java} command line ({@code argv} without {@code argv[0]}): what comes
     * before {@code -jar} or the main class, the class path left out (the server has its own).
     * Read from the command line, not from the JVM (its input arguments also hold those of
     * {@code JDK_JAVA_OPTIONS}, which the server, inheriting the environment, would take twice).
     */
    static List<String> jvmOptions(String[] argv) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("-jar") || !arg.startsWith("-")) {
                break;
            }
            if (CLASS_PATH.contains(arg)) {
                i++;
            } else if (WITH_VALUE.contains(arg) && i + 1 < argv.length) {
                options.add(arg);
                options.add(argv[++i]);
            } else if (!arg.startsWith("-Djava.class.path=")) {
                options.add(arg);
            }
        }
        return options;
    }

    private static boolean sharing(String option) {
        for (String prefix : SHARING) {
            if (option.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
