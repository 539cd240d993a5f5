package org.quire.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.quire.batch.FoundStory;
import org.quire.batch.StoryResult;

/**
 * What became of one story, sent from the executor back to the driver.
 *
 * @param editions the editions' paths relative to the output location, {@code /}-separated
 * @param fingerprint for a story built now, the fingerprint its manifest line records; else null
 */
record StoryOutcome(int index, String status, List<String> editions, int chapters, int words, long nanos,
                    List<Problem> warnings, List<Problem> errors, String fingerprint) implements Serializable {
    private static final long serialVersionUID = 1L;

    StoryOutcome {
        editions = List.copyOf(editions);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /**
     * @param root the folder the editions' paths are relative to
     * @param shown renames the executor's private copies of the story's files after its source
     */
    static StoryOutcome of(int index, StoryResult result, Path root, UnaryOperator<String> shown, String fingerprint) {
        return new StoryOutcome(index, result.status().name(),
                result.editions().stream().map(e -> root.relativize(e).toString().replace('\\', '/')).toList(),
                result.chapters(), result.words(), result.time().toNanos(),
                result.warnings().stream().map(Problem::of).map(p -> renamed(p, shown)).toList(),
                result.errors().stream().map(Problem::of).map(p -> renamed(p, shown)).toList(),
                result.status() == StoryResult.Status.BUILT ? fingerprint : null);
    }

    private static Problem renamed(Problem p, UnaryOperator<String> shown) {
        return new Problem(p.severity(), p.code(), shown.apply(p.file()), p.line(), p.column(), p.message());
    }

    StoryResult.Status state() {
        return StoryResult.Status.valueOf(status);
    }

    /** The batch engine's result, for the report, with the editions under {@code root}. */
    StoryResult result(FoundStory story, Path root) {
        return new StoryResult(story, state(), editions.stream().map(root::resolve).toList(), chapters, words,
                Duration.ofNanos(nanos), warnings.stream().map(Problem::diagnostic).toList(),
                errors.stream().map(Problem::diagnostic).toList());
    }
}
