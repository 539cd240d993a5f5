package org.quire.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.quire.batch.FoundStory;
import org.quire.read.StoryFiles;

/**
 * A story on a Hadoop file system, copied into an executor's scratch folder so the batch engine
 * reads it as a local one: the story's file or folder, and a one-shot's cover picture beside it.
 * Problems found in the copy are named after the original.
 */
final class RemoteStory {
    private final FoundStory story;
    private final Path folder;
    private final String remoteFolder;

    private RemoteStory(FoundStory story, Path folder, String remoteFolder) {
        this.story = story;
        this.folder = folder;
        this.remoteFolder = remoteFolder;
    }

    static RemoteStory fetch(StoryTask task, Path scratch, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(task.source());
        FileSystem fs = remote.getFileSystem(conf);
        Path folder = scratch.resolve("in");
        Files.createDirectories(folder);
        Path local = folder.resolve(remote.getName());
        // Straight to the local disk: Hadoop's own local file system would add .crc files to the story.
        FileUtil.copy(fs, remote, local.toFile(), false, conf);
        if (Files.isRegularFile(local)) {
            Optional<Path> cover = StoryFiles.coverOf(local);
            if (cover.isPresent() && cover.get().startsWith(folder) && !Files.exists(cover.get())) {
                String inner = folder.relativize(cover.get()).toString().replace('\\', '/');
                org.apache.hadoop.fs.Path picture = new org.apache.hadoop.fs.Path(remote.getParent(), inner);
                if (fs.isFile(picture)) {
                    Files.createDirectories(cover.get().getParent());
                    FileUtil.copy(fs, picture, cover.get().toFile(), false, conf);
                }
            }
        }
        return new RemoteStory(task.found(local), folder, remote.getParent().toString());
    }

    FoundStory story() {
        return story;
    }

    /** Names a file of the copy as the original on the remote file system. */
    UnaryOperator<String> shown() {
        String prefix = folder.toString();
        return file -> file.startsWith(prefix + "/")
                ? Locations.child(remoteFolder, file.substring(prefix.length() + 1)) : file;
    }
}
