package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Fidelity;
import org.quire.testing.Golden;
import org.quire.testing.Samples;
import org.quire.testing.SourceWords;
import org.quire.testing.TaggedText;

/**
 * Nothing lost, as a screen reader reads it: every word the writer typed is in the PDF's
 * structure tree, in order, for the samples and every golden case. Running heads, folios and
 * ornaments are artifacts and stay out; a word broken at a line's end reads whole (an inserted
 * hyphen is a soft hyphen in /ActualText); a footnote reads where it is called.
 */
class TaggedFidelityIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> everyWordIsInTheStructureTreeInOrder() throws IOException {
        List<Path> stories = new ArrayList<>(Samples.stories());
        for (Path folder : Golden.cases(GOLDEN)) {
            Path in = folder.resolve("in");
            stories.add(Files.isRegularFile(in.resolve("story.yaml")) ? in : onlyMarkdown(in));
        }
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        return stories.stream().map(story -> DynamicTest.dynamicTest(name(story), () -> {
            BookReport report = quire.build(story, output.resolve(name(story)));
            Fidelity.Result tagged = new Fidelity(TaggedText.words(report.files().get(0))).check(SourceWords.of(story), Fidelity.stackedMarks(FidelityIT.sourceText(story))
                    .or(Fidelity.nonJoined(FidelityIT.sourceText(story))));
            assertThat(tagged.missing()).as("structure tree of " + name(story) + ": " + tagged).isEmpty();
            assertThat(tagged.kept()).isEqualTo(tagged.words()).isPositive();
        }));
    }

    private static String name(Path story) {
        Path named = story.getFileName().toString().equals("in") ? story.getParent()
                : story.getParent().getFileName().toString().equals("in") ? story.getParent().getParent() : story;
        return named.getFileName().toString().replaceFirst("\\.md$", "");
    }

    private static Path onlyMarkdown(Path in) throws IOException {
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
    }
}
