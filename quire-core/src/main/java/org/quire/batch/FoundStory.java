package org.quire.batch;

import java.nio.file.Path;

/**
 * A story found in the inputs, and where its editions go.
 *
 * @param source the story file or folder (inside a private unpacked copy for archives)
 * @param shown how the story is named to the writer: its path as given, or archive!entry
 * @param outputFolder the folder under the output folder, mirroring the input tree
 * @param baseName the editions' file name without extension, unique in {@code outputFolder}
 * @param unpackedFrom for a story found in an archive, the private folder it was unpacked to and
 *     the archive's path, so problems are reported as {@code archive.zip!/story/1.md:3}; else null
 */
public record FoundStory(Path source, String shown, Path outputFolder, String baseName, Unpacked unpackedFrom) {

    /** Where an archive was unpacked. */
    public record Unpacked(Path folder, Path archive) {
    }

    /** Names a file of this story as the writer knows it: inside its archive when it came from one. */
    public Path shownPath(Path file) {
        if (unpackedFrom == null || !file.toAbsolutePath().startsWith(unpackedFrom.folder().toAbsolutePath())) {
            return file;
        }
        Path inner = unpackedFrom.folder().toAbsolutePath().relativize(file.toAbsolutePath());
        return Path.of(unpackedFrom.archive() + "!", inner.toString());
    }

    /** A stable key for the manifest and report: {@code folder/base}. */
    public String key() {
        return outputFolder.resolve(baseName).toString().replace('\\', '/');
    }

    // Written out rather than left to the record: the generated methods link a method handle the
    // first time they run (JEP 395's ObjectMethods), which a one-book build paid on its one path.
    @Override
    public boolean equals(Object other) {
        return other instanceof FoundStory that && java.util.Objects.equals(source, that.source)
                && java.util.Objects.equals(shown, that.shown) && java.util.Objects.equals(outputFolder, that.outputFolder)
                && java.util.Objects.equals(baseName, that.baseName) && java.util.Objects.equals(unpackedFrom, that.unpackedFrom);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, shown, outputFolder, baseName, unpackedFrom);
    }
}
