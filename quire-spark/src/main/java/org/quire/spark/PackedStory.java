package org.quire.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.quire.batch.FoundStory;
import org.quire.read.StoryFiles;

/**
 * A story the driver unpacked from an archive, sent with its task to an executor that cannot
 * see the driver's disk: the driver packs the story's files (a folder's tree; a one-shot and its
 * cover), the executor unpacks them in its scratch folder, and problems still name the file
 * inside the archive ({@code works.zip!/saga/1.md:3}).
 */
final class PackedStory {
    private PackedStory() {
    }

    /** The files of {@code story}, by their paths in the folder its archive was unpacked to. */
    static TreeMap<String, byte[]> pack(FoundStory story) throws IOException {
        Path root = story.unpackedFrom().folder();
        TreeMap<String, byte[]> files = new TreeMap<>();
        List<Path> paths;
        if (Files.isDirectory(story.source(), LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(story.source())) {
                paths = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            }
        } else {
            Optional<Path> cover = StoryFiles.coverOf(story.source())
                    .filter(c -> c.startsWith(root.toAbsolutePath()) && Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS));
            paths = cover.isPresent() ? List.of(story.source(), cover.get()) : List.of(story.source());
        }
        for (Path path : paths) {
            files.put(root.toAbsolutePath().relativize(path.toAbsolutePath()).toString().replace('\\', '/'),
                    Files.readAllBytes(path));
        }
        return files;
    }

    /** Writes the task's files under {@code scratch} and names the story there. */
    static FoundStory unpack(StoryTask task, Path scratch) throws IOException {
        Path folder = scratch.resolve("unpacked").toAbsolutePath().normalize();
        for (var file : task.packed().entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("a packed file would land outside the scratch folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Path inner = Path.of(task.unpackedFolder()).toAbsolutePath().relativize(Path.of(task.source()).toAbsolutePath());
        return task.found(folder.resolve(inner), folder);
    }
}
