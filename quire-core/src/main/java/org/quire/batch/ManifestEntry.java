package org.quire.batch;

import java.util.List;
import org.quire.model.Diagnostic;

/**
 * What the manifest knows of one story's last good build.
 *
 * @param key the story's {@link FoundStory#key()}
 * @param fingerprint the {@link InputHash} of its inputs when it was built
 * @param origin where the story was read from: its absolute path, or
 *     {@code <archive's absolute path>!/<path inside>}; a story whose origin lies under a
 *     run's input and is not found there any more is gone
 * @param files the files that build wrote, with their SHA-256: only these are ever removed
 * @param warnings the build's warnings, shown again while the story is skipped as up to date
 */
record ManifestEntry(String key, String fingerprint, String origin, int chapters, int words,
                     List<WrittenFile> files, List<Diagnostic> warnings) {

    /** A file a build wrote: its path relative to the output folder ({@code /}-separated) and its SHA-256 in hex. */
    record WrittenFile(String path, String sha256) {
    }

    ManifestEntry {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The part of {@link #origin()} that is a path on this machine: the story, or its archive. */
    String originFile() {
        int bang = origin.indexOf("!/");
        return bang < 0 ? origin : origin.substring(0, bang);
    }
}
