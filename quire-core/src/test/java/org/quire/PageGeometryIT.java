package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.BookWords;
import org.quire.testing.Fidelity;
import org.quire.testing.Golden;
import org.quire.testing.PageGeometry;
import org.quire.testing.SourceWords;

/**
 * Text is never printed over other text, off its page, or not at all. The PDF is read back with
 * PDFBox: every glyph must lie on its page, no two lines may overprint ({@link PageGeometry}),
 * and every word the writer typed must be in the text, in order ({@link Fidelity}).
 *
 * <ul>
 *   <li>{@code pages/long-note}: a note of some 900 words called on a chapter's first page, so
 *       long that it runs over three pages below the text (typographer's trial 1, finding 1);</li>
 *   <li>{@code pages/long-note-among-others}: a long note and short ones called near it;</li>
 *   <li>the layout golden cases (prose, notes, a table, lists).</li>
 * </ul>
 */
class PageGeometryIT {
    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> noTextOverprintsOrIsLost() throws IOException {
        List<Path> stories = new ArrayList<>();
        for (String root : List.of("pages", "layout")) {
            for (Path folder : Golden.cases(Path.of("src", "test", "resources", root))) {
                stories.add(folder.resolve("in"));
            }
        }
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        return stories.stream().map(story -> DynamicTest.dynamicTest(story.getParent().getFileName().toString(), () -> {
            BookReport report = quire.build(story, output.resolve(story.getParent().getFileName().toString()));
            Path pdf = report.files().get(0);
            List<String> problems = PageGeometry.problems(pdf);
            assertThat(problems.subList(0, Math.min(20, problems.size())))
                    .as("%d glyphs off the page or printed over each other, the first 20", problems.size()).isEmpty();
            Fidelity.Result words = new Fidelity(BookWords.pdf(pdf, FidelityIT.runningHeads(story)))
                    .check(SourceWords.of(story));
            assertThat(words.missing()).as(words.toString()).isEmpty();
            assertThat(words.kept()).isEqualTo(words.words()).isPositive();
        }));
    }
}
