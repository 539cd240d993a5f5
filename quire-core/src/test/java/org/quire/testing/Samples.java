package org.quire.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quire.read.StoryReader;

/** The project's sample stories and the shared data beside the checkout. */
public final class Samples {
    private Samples() {
    }

    /** {@code stories/} at the top of the project (tests run in {@code quire-core/}). */
    public static Path storiesFolder() {
        return Path.of("..", "stories").toAbsolutePath().normalize();
    }

    /** The sample stories: one-shot {@code .md} files and folders with {@code story.yaml}, by name. */
    public static List<Path> stories() throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(storiesFolder())) {
            return entries.filter(StoryReader::isStory).sorted().toList();
        }
    }

    public static Path story(String name) {
        return storiesFolder().resolve(name);
    }

    /** {@code ../shared} beside the checkout; tests that need it skip when it is absent. */
    public static Path shared() {
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }

    public static Path seed() {
        return shared().resolve("seeds").resolve("000_7bbb8b2783d20dbc.txt");
    }

    public static boolean hasSeed() {
        return Files.isRegularFile(seed());
    }
}
