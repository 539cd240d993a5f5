package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Samples;
import org.quire.testing.Widows;

/**
 * No page opens with a paragraph's last line (the stylesheet asks {@code widows: 2}): read from
 * Pride and Prejudice as set on A5, where the first typographer's trial found them (trial 1,
 * finding 3). The book is in the shared corpus; the test skips, saying so, when it is absent.
 */
class WidowsIT {
    @TempDir
    Path output;

    @Test
    void noPageOpensWithTheLastLineOfAParagraph() throws Exception {
        Path book = Samples.shared().resolve("corpus").resolve("pride-and-prejudice");
        assumeTrue(Files.isDirectory(book), "the shared corpus (" + book + ") is absent: widows not checked");
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        Path pdf = quire.build(book, output).files().get(0);
        assertThat(Widows.of(pdf)).isEmpty();
    }
}
