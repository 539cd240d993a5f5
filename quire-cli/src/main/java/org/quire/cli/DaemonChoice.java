package org.quire.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a command goes to a build server. Only {@code build} and {@code import} do (help,
 * version and {@code theme} take no time worth saving). In order, the first that applies:
 * {@code --no-daemon} → no; {@code QUIRE_DAEMON=off} (or {@code false}, {@code no}, {@code 0}) →
 * no; {@code QUIRE_DAEMON=on} (or {@code true}, {@code yes}, {@code 1}) → yes; {@code CI} set
 * (an ephemeral machine, where a server would outlive the job for nothing) → no; the
 * {@code quire} launcher ({@code -Dquire.daemon=auto}) → yes; plain {@code java -jar} → no.
 */
final class DaemonChoice {
    /** The system property the launcher script sets: {@code auto}, a server unless told otherwise. */
    static final String LAUNCHER_PROPERTY = "quire.daemon";
    private static final Set<String> ON = Set.of("on", "true", "yes", "1");
    private static final Set<String> OFF = Set.of("off", "false", "no", "0");
    private static final Set<String> IN_PROCESS = Set.of("--help", "-h", "--version", "-V");

    private DaemonChoice() {
    }

    /**
     * @param args the command line, {@code --no-daemon} removed
     * @param noDaemon whether {@code --no-daemon} was given
     * @param launcher the value of {@code -Dquire.daemon}, or null
     */
    static boolean use(List<String> args, boolean noDaemon, Map<String, String> environment, String launcher) {
        if (noDaemon || args.isEmpty() || !(args.get(0).equals("build") || args.get(0).equals("import"))) {
            return false;
        }
        for (String arg : args) { // a loop, not a stream: the client loads as little as it can
            if (IN_PROCESS.contains(arg)) {
                return false;
            }
        }
        String setting = environment.getOrDefault("QUIRE_DAEMON", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (OFF.contains(setting)) {
            return false;
        }
        if (ON.contains(setting)) {
            return true;
        }
        return !environment.containsKey("CI") && "auto".equals(launcher);
    }
}
