package org.quire.batch;

import java.util.List;
import org.quire.model.Diagnostic;

/**
 * Everything a batch did, in input order.
 *
 * @param refused archives and archive entries that were not unpacked, with their reasons
 */
public record BatchResult(List<StoryResult> stories, List<Diagnostic> refused) {
    public BatchResult {
        stories = List.copyOf(stories);
        refused = List.copyOf(refused);
    }

    public long count(StoryResult.Status status) {
        return stories.stream().filter(s -> s.status() == status).count();
    }

    /** True when every story was built or skipped and nothing was refused. */
    public boolean ok() {
        return count(StoryResult.Status.FAILED) == 0 && refused.isEmpty();
    }
}
