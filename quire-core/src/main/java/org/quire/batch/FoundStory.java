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

    /**
     * The name the story's books would have by its own file name ({@code same} for
     * {@code same.txt}), before {@link SafeNames#unique} numbered it to keep it from another's.
     */
    String ownName() {
        String name = unpackedFrom != null && source.equals(unpackedFrom.folder()) ? Archives.baseName(unpackedFrom.archive())
                : source.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]{1,8}$", "");
        return SafeNames.segment(name);
    }

    /**
     * A warning when the story's books are not named after it because another story in the same
     * folder took the name ({@code same.md} and {@code same.txt} both make {@code same.epub}):
     * the writer must know which book is which.
     */
    public java.util.Optional<org.quire.model.Diagnostic> renamed() {
        String own = ownName();
        if (baseName.equals(own)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(org.quire.model.Diagnostic.warning("OUTPUT-RENAMED",
                org.quire.model.Location.of(shownPath(source)), "written under the name " + baseName + ", not " + own
                        + ": another story in the same folder, found first, has that name"));
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
