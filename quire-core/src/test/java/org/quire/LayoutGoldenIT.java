package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Golden;
import org.quire.testing.PageLayout;

/**
 * Golden files of page layout: each story under {@code src/test/resources/layout/} is set as a
 * PDF and described page by page (side, running head, folio, every line as broken, where the text
 * ends), and must equal {@code expected/layout.txt}. A change to how Quire breaks lines or pages
 * shows as a readable diff; regenerate with {@code -Dgolden.update=true} and review it.
 *
 * <ul>
 *   <li>{@code prose}: three chapters of Pride and Prejudice: recto openings with blank versos,
 *       running heads and folios (none on openings and blank pages), widows and orphans kept
 *       off page ends, no page ending in a hyphen, facing pages level;</li>
 *   <li>{@code notes}: footnotes at the foot of the page of their call, a long one split
 *       across pages, a note of several paragraphs and a quotation;</li>
 *   <li>{@code notes-short-page}: a note called on a chapter's last page, which the text
 *       does not fill, stands at the foot of the page (level with a full page's last line);</li>
 *   <li>{@code mixed}: headings kept with their text, a table, a quotation, text messages,
 *       a scene break and a list.</li>
 * </ul>
 */
class LayoutGoldenIT {
    private static final Path ROOT = Path.of("src", "test", "resources", "layout");

    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> everyStoryIsLaidOutAsItsGoldenFileSays() throws IOException {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        return Golden.cases(ROOT).stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            BookReport report = quire.build(folder.resolve("in"), output.resolve(folder.getFileName().toString()));
            String actual = PageLayout.describe(report.files().get(0));
            assertThat(Golden.compare(folder.resolve("expected").resolve("layout.txt"), actual)).isEmpty();
        }));
    }
}
