package org.quire.batch;

import java.util.List;
import org.quire.model.Diagnostic;

/**
 * Everything a batch did, in input order.
 *
 * @param refused archives and archive entries that were not unpacked, and inputs that are no
 *     story, with their reasons
 * @param files every file met in the inputs and what it became: a story, a part of one, or skipped
 */
public record BatchResult(List<StoryResult> stories, List<Diagnostic> refused, List<FoundFile> files) {
    public BatchResult {
        stories = List.copyOf(stories);
        refused = List.copyOf(refused);
        files = List.copyOf(files);
    }

    /** The files that were skipped, each with its reason. */
    public List<FoundFile> skipped() {
        return files.stream().filter(f -> f.role().equals(FoundFile.SKIPPED)).toList();
    }

    public long count(StoryResult.Status status) {
        return stories.stream().filter(s -> s.status() == status).count();
    }

    /** True when every story was built or skipped and nothing was refused. */
    public boolean ok() {
        return count(StoryResult.Status.FAILED) == 0 && refused.isEmpty();
    }
}
