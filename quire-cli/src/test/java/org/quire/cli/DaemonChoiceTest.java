package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which commands go to a build server, and which settings turn it on or off (first match wins). */
class DaemonChoiceTest {
    private static final List<String> BUILD = List.of("build", "in", "--output", "out");

    @Test
    void theLauncherUsesAServerForBuildAndImportOnly() {
        assertThat(DaemonChoice.use(BUILD, false, Map.of(), "auto")).isTrue();
        assertThat(DaemonChoice.use(List.of("import", "in", "-o", "out"), false, Map.of(), "auto")).isTrue();
        assertThat(DaemonChoice.use(List.of("theme"), false, Map.of(), "auto")).isFalse();
        assertThat(DaemonChoice.use(List.of("build", "--help"), false, Map.of(), "auto")).isFalse();
        assertThat(DaemonChoice.use(List.of("--version"), false, Map.of(), "auto")).isFalse();
        assertThat(DaemonChoice.use(List.of(), false, Map.of(), "auto")).isFalse();
    }

    @Test
    void plainJavaJarUsesNoneUnlessAsked() {
        assertThat(DaemonChoice.use(BUILD, false, Map.of(), null)).isFalse();
        assertThat(DaemonChoice.use(BUILD, false, Map.of("QUIRE_DAEMON", "on"), null)).isTrue();
    }

    @Test
    void offWinsOverEverythingAndCiTurnsTheLaunchersDefaultOff() {
        assertThat(DaemonChoice.use(BUILD, true, Map.of("QUIRE_DAEMON", "on"), "auto")).isFalse();
        assertThat(DaemonChoice.use(BUILD, false, Map.of("QUIRE_DAEMON", "OFF"), "auto")).isFalse();
        assertThat(DaemonChoice.use(BUILD, false, Map.of("CI", "true"), "auto")).isFalse();
        assertThat(DaemonChoice.use(BUILD, false, Map.of("CI", "true", "QUIRE_DAEMON", "on"), "auto")).isTrue();
    }

    @Test
    void theServerTakesTheClientsJvmOptionsButNotItsClassPathOrCommand() {
        assertThat(DaemonKey.jvmOptions(new String[] {"-XX:TieredStopAtLevel=1", "-Dquire.daemon=auto", "-jar", "quire.jar",
            "build", "-Dx"})).containsExactly("-XX:TieredStopAtLevel=1", "-Dquire.daemon=auto");
        assertThat(DaemonKey.jvmOptions(new String[] {"-cp", "quire.jar", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "-Xmx400m", "org.quire.cli.Main", "build"}))
                .containsExactly("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xmx400m");
    }
}
