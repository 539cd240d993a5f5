package org.quire.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.quire.model.Diagnostic;

/**
 * Everything a batch did, in input order.
 *
 * @param stories every story that finished (all of them, unless the run was interrupted)
 * @param found how many stories the inputs hold
 * @param refused archives and archive entries that were not unpacked, and inputs that are no
 *     story, with their reasons
 * @param files every file met in the inputs and what it became: a story, a part of one, or skipped
 * @param stale files Quire wrote earlier that no story writes any more, removed or kept
 * @param output the output folder
 * @param time how long the run took, from finding the stories to the report
 */
public record BatchResult(List<StoryResult> stories, int found, List<Diagnostic> refused, List<FoundFile> files,
                          List<StaleFile> stale, Path output, Duration time) {
    public BatchResult {
        stories = List.copyOf(stories);
        refused = List.copyOf(refused);
        files = List.copyOf(files);
        stale = List.copyOf(stale);
    }

    /** The files that were skipped, each with its reason. */
    public List<FoundFile> skipped() {
        return files.stream().filter(f -> f.role().equals(FoundFile.SKIPPED)).toList();
    }

    public long count(StoryResult.Status status) {
        return stories.stream().filter(s -> s.status() == status).count();
    }

    /** Every warning of every story, those skipped as up to date included. */
    public List<Diagnostic> warnings() {
        return stories.stream().flatMap(s -> s.warnings().stream()).toList();
    }

    /** Every error: the failed stories' and the refused inputs'. */
    public List<Diagnostic> errors() {
        return java.util.stream.Stream.concat(stories.stream().flatMap(s -> s.errors().stream()), refused.stream()).toList();
    }

    /** True when every story was built or skipped and nothing was refused. */
    public boolean ok() {
        return count(StoryResult.Status.FAILED) == 0 && refused.isEmpty();
    }
}
