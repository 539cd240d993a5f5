package org.quire.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.TreeMap;
import org.quire.batch.FoundStory;

/**
 * One story to build, as the driver found it, in a form Spark ships to an executor.
 *
 * @param index the story's place in the run, for the report's order
 * @param shown the story as the writer names it (a path, {@code hdfs://…} or {@code archive.zip!/…})
 * @param source a path the executor reads in place, or for a story on a Hadoop file system its URI
 * @param remote true when {@code source} is a Hadoop URI to copy into the executor's scratch first
 * @param outputFolder the story's folder under the output location
 * @param baseName the editions' file name without extension
 * @param unpackedFolder for a story found in an archive, where the driver unpacked it; else null
 * @param archive for a story found in an archive, the archive's path; else null
 * @param size bytes of the story's files, for balancing
 * @param previous the fingerprint the manifest holds for the story, or null
 * @param packed for a story from an archive sent to executors that cannot see the driver's disk,
 *     its files by their paths in {@code unpackedFolder}; else null
 * @param taken the OUTPUT-TAKEN error the driver found (a file where a book of the story would
 *     go is not Quire's to replace): the story fails with it unless it is skipped; else null
 */
record StoryTask(int index, String shown, String source, boolean remote, String outputFolder, String baseName,
                 String unpackedFolder, String archive, long size, String previous, TreeMap<String, byte[]> packed, Problem taken)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static StoryTask of(int index, FoundStory story, String shown, String source, boolean remote, long size,
                        String previous, TreeMap<String, byte[]> packed, Problem taken) {
        FoundStory.Unpacked from = story.unpackedFrom();
        return new StoryTask(index, shown, source, remote, story.outputFolder().toString(), story.baseName(),
                from == null ? null : from.folder().toString(), from == null ? null : from.archive().toString(),
                size, previous, packed, taken);
    }

    /** The story read where it lies, as the batch engine names it. */
    FoundStory found(Path at) {
        return found(at, unpackedFolder == null ? null : Path.of(unpackedFolder));
    }

    /** The story read at {@code at}, its archive unpacked in {@code unpacked}. */
    FoundStory found(Path at, Path unpacked) {
        return new FoundStory(at, shown, Path.of(outputFolder), baseName,
                unpacked == null ? null : new FoundStory.Unpacked(unpacked, Path.of(archive)));
    }
}
