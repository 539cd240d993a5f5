package org.quire.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.quire.model.Diagnostic;

/** What became of one story in a batch. */
public record StoryResult(FoundStory story, Status status, List<Path> editions, int chapters, int words,
                          Duration time, List<Diagnostic> warnings, List<Diagnostic> errors) {

    public enum Status { BUILT, SKIPPED, FAILED }

    public StoryResult {
        editions = List.copyOf(editions);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }
}
