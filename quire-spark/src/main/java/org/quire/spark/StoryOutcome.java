package org.quire.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.quire.batch.BatchSteps;
import org.quire.batch.FoundStory;
import org.quire.batch.StoryResult;

/**
 * What became of one story, sent from the executor back to the driver.
 *
 * @param editions the editions' paths relative to the output location, {@code /}-separated
 * @param fingerprint for a story built now, the fingerprint its manifest block records; else null
 * @param sha256 for a story built now, each edition's SHA-256 (as the manifest keeps it), taken
 *     where it was written; else empty
 */
record StoryOutcome(int index, String status, List<String> editions, int chapters, int words, long nanos,
                    List<Problem> warnings, List<Problem> errors, String fingerprint, List<String> sha256)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    StoryOutcome {
        editions = List.copyOf(editions);
        sha256 = List.copyOf(sha256);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /**
     * @param root the folder the editions' paths are relative to
     * @param shown renames the executor's private copies of the story's files after its source
     */
    static StoryOutcome of(int index, StoryResult result, Path root, UnaryOperator<String> shown, String fingerprint)
            throws IOException {
        boolean built = result.status() == StoryResult.Status.BUILT;
        List<String> sha256 = new ArrayList<>();
        if (built) {
            for (Path edition : result.editions()) {
                sha256.add(BatchSteps.sha256(edition));
            }
        }
        return new StoryOutcome(index, result.status().name(),
                result.editions().stream().map(e -> root.relativize(e).toString().replace('\\', '/')).toList(),
                result.chapters(), result.words(), result.time().toNanos(),
                result.warnings().stream().map(Problem::of).map(p -> renamed(p, shown)).toList(),
                result.errors().stream().map(Problem::of).map(p -> renamed(p, shown)).toList(),
                built ? fingerprint : null, sha256);
    }

    private static Problem renamed(Problem p, UnaryOperator<String> shown) {
        return new Problem(p.severity(), p.code(), shown.apply(p.file()), p.line(), p.column(), p.message());
    }

    StoryResult.Status state() {
        return StoryResult.Status.valueOf(status);
    }

    /**
     * The batch engine's result, for the report and the manifest, with the editions under
     * {@code root} and each problem's file named by {@code shown} (a story unpacked from a remote
     * archive by the archive's URI, not the driver's listing of it).
     */
    StoryResult result(FoundStory story, Path root, UnaryOperator<String> shown) {
        return new StoryResult(story, state(), editions.stream().map(root::resolve).toList(), chapters, words,
                Duration.ofNanos(nanos), warnings.stream().map(p -> renamed(p, shown).diagnostic()).toList(),
                errors.stream().map(p -> renamed(p, shown).diagnostic()).toList());
    }
}
