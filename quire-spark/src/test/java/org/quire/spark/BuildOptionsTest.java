package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An executor loads the theme, fonts and hyphenation once: every task brings its own
 * deserialised copy of the options, and each copy finds the one Quire its JVM built.
 */
class BuildOptionsTest {
    private static final BuildOptions OPTIONS = new BuildOptions(List.of("epub", "pdf"), 1764460800L, "a5", List.of(),
            true, "guess");

    @Test
    void everyTasksCopyOfTheOptionsSharesOneQuire() throws Exception {
        BuildOptions firstTask = shipped(OPTIONS);
        BuildOptions secondTask = shipped(OPTIONS);
        assertThat(firstTask).isNotSameAs(secondTask);
        assertThat(firstTask.quire()).isSameAs(secondTask.quire()).isSameAs(OPTIONS.quire());
    }

    @Test
    void otherOptionsGetAQuireOfTheirOwn() throws Exception {
        BuildOptions sixByNine = shipped(new BuildOptions(List.of("epub", "pdf"), 1764460800L, "6x9in", List.of(), true,
                "guess"));
        assertThat(sixByNine.quire()).isNotSameAs(OPTIONS.quire());
    }

    /** The options as a task receives them: serialised on the driver, read back on the executor. */
    private static BuildOptions shipped(BuildOptions options) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(options);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (BuildOptions) in.readObject();
        }
    }
}
