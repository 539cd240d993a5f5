package org.quire.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code java -jar quire.jar build <input>... --output <dir>}: the jar's entry point. It decides,
 * before any class of quire-core or of a library is loaded, whether a build server runs the
 * command ({@link DaemonChoice}); if so it hands the command over ({@link DaemonClient}) and
 * relays what the server prints, else, or when no server can be started or reached, it runs the
 * command in this JVM ({@link Command}), exactly as without a server. Exit codes: 0 all built,
 * 1 some story failed, 2 bad usage, 130 interrupted (Ctrl-C; the next run resumes where it
 * stopped).
 */
public final class Main {
    static final int OK = 0;
    static final int STORY_FAILED = 1;
    static final int USAGE = 2;
    /** 128 + SIGINT, as shells report a command stopped by Ctrl-C. */
    static final int INTERRUPTED = 130;
    /** The option that builds in this JVM; the client removes it before the command is parsed. */
    static final String NO_DAEMON = "--no-daemon";
    static final String STOP_DAEMON = "--stop-daemon";

    private Main() {
    }

    public static void main(String[] arguments) {
        // No lambda, stream or core class on this path: each would cost the client milliseconds.
        List<String> args = new ArrayList<>(Arrays.asList(arguments));
        boolean noDaemon = false;
        while (args.remove(NO_DAEMON)) {
            noDaemon = true;
        }
        Map<String, String> environment = System.getenv();
        if (args.contains(STOP_DAEMON)) {
            System.exit(DaemonClient.stopAll(environment, System.out, System.err));
        }
        if (DaemonChoice.use(args, noDaemon, environment, System.getProperty(DaemonChoice.LAUNCHER_PROPERTY))) {
            boolean verbose = args.contains("-v") || args.contains("--verbose");
            Screen screen = Screen.detect(System.console() != null, environment);
            OptionalInt code = DaemonClient.submit(args, screen, environment, verbose ? System.err : null);
            if (code.isPresent()) {
                System.exit(code.getAsInt());
            }
        }
        // POI and PDFBox log through log4j-api, which has no provider in this jar and says so on
        // stderr; Quire reports its problems itself, so their logs go nowhere unless asked for.
        quietLibraries();
        System.exit(Command.run(args, System.out, System.err, Screen.detect(System.console() != null, environment)));
    }

    /** Turns off log4j-api's "no provider" message (the build server calls it too). */
    static void quietLibraries() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, out, err, terminal ? new Screen(true, Screen.DEFAULT_WIDTH) : Screen.LOG);
    }

    /** Runs a command in this JVM, printing to {@code out} and {@code err}; returns its exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err, Screen screen) {
        return Command.run(args, out, err, screen);
    }
}
