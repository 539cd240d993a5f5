package org.quire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.quire.read.StoryReader;

/** Finds the stories in a folder: one-shot {@code .md} files and folders holding {@code story.yaml}. */
final class StoryFinder {
    private StoryFinder() {
    }

    static List<Path> find(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no stories folder here");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(StoryReader::isStory)
                    .filter(path -> !path.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
    }
}
