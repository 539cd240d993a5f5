package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Chapter;
import org.quire.model.Story;
import org.quire.read.StoryReader;
import org.quire.testing.BookWords;
import org.quire.testing.Fidelity;
import org.quire.testing.Golden;
import org.quire.testing.Samples;
import org.quire.testing.SourceWords;

/**
 * Nothing lost: every word the writer typed, notes and metadata included, is in the EPUB's text
 * and in the PDF's text, in order, for the samples and every golden case (the field cases among
 * them). The corpus is checked the same way in quire-cli's {@code CorpusIT}.
 */
class FidelityIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> everyWordIsInBothEditionsInOrder() throws IOException {
        List<Path> stories = new ArrayList<>(Samples.stories());
        for (Path folder : Golden.cases(GOLDEN)) {
            Path in = folder.resolve("in");
            stories.add(Files.isRegularFile(in.resolve("story.yaml")) ? in : onlyMarkdown(in));
        }
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).build();
        return stories.stream().map(story -> DynamicTest.dynamicTest(name(story), () -> check(quire, story)));
    }

    private void check(Quire quire, Path story) throws Exception {
        BookReport report = quire.build(story, output.resolve(name(story)));
        List<SourceWords.Unit> units = SourceWords.of(story);
        Fidelity.Result epub = new Fidelity(BookWords.epub(report.files().get(0))).check(units);
        assertThat(epub.missing()).as("EPUB of " + name(story) + ": " + epub).isEmpty();
        assertThat(epub.kept()).isEqualTo(epub.words()).isPositive();
        // A word in a script no bundled font draws (Hebrew, Georgian…) is the PDF's known gap,
        // reported to the writer as MISSING-GLYPH at each character; every other word must be there.
        List<String> warnings = report.warnings().stream().map(Object::toString).toList();
        Fidelity.Result pdf = new Fidelity(BookWords.pdf(report.files().get(1), runningHeads(story)))
                .check(units, Fidelity.warnedUnprintable(warnings).or(Fidelity.stackedMarks(sourceText(story)))
                        .or(Fidelity.nonJoined(sourceText(story))).or(Fidelity.holam(sourceText(story) + metadataText(story))));
        assertThat(pdf.missing()).as("PDF of " + name(story) + ": " + pdf).isEmpty();
        assertThat(pdf.kept()).isEqualTo(pdf.words());
    }

    /** The lines a page may start with as its running head. */
    static List<String> runningHeads(Path story) throws Exception {
        Story read = new StoryReader().read(story);
        List<String> heads = new ArrayList<>(List.of(read.metadata().title(), "Afterword"));
        for (Chapter chapter : read.chapters()) {
            heads.add(chapter.title());
            heads.add("Chapter " + chapter.number());
        }
        return heads;
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

    /** Every Markdown file of a story, as typed. */
    /** The story's metadata file, when it has one (its title and author are in the PDF too). */
    private static String metadataText(Path story) throws java.io.IOException {
        Path yaml = story.resolve("story.yaml");
        return java.nio.file.Files.isRegularFile(yaml) ? "\n" + java.nio.file.Files.readString(yaml) : "";
    }

    static String sourceText(Path story) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(story)) {
            return java.nio.file.Files.readString(story);
        }
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = java.nio.file.Files.walk(story)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                text.append(java.nio.file.Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }
}
