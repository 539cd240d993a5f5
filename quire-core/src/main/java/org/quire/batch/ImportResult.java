package org.quire.batch;

import java.nio.file.Path;
import java.util.List;
import org.quire.model.Diagnostic;

/**
 * Everything an import did, in input order.
 *
 * @param stories what each story found became
 * @param refused archives, entries and inputs refused, with their reasons
 * @param files every file met and what it became (a story, a part of one, skipped with the reason)
 */
public record ImportResult(List<Entry> stories, List<Diagnostic> refused, List<FoundFile> files) {
    public ImportResult {
        stories = List.copyOf(stories);
        refused = List.copyOf(refused);
        files = List.copyOf(files);
    }

    /** How one story's import ended. */
    public enum Status { IMPORTED, COPIED, EXISTS, FAILED }

    /**
     * One story.
     *
     * @param shown the input as the writer knows it
     * @param format the format it was read as ({@code quire} when it already was Quire source)
     * @param written the one-shot file or story folder written, or null when nothing was
     */
    public record Entry(String shown, String format, Status status, Path written, int chapters, int words,
                        List<Diagnostic> warnings, List<Diagnostic> errors) {
        public Entry {
            warnings = List.copyOf(warnings);
            errors = List.copyOf(errors);
        }
    }

    public long count(Status status) {
        return stories.stream().filter(s -> s.status() == status).count();
    }

    /** True when every story was imported or copied and nothing was refused. */
    public boolean ok() {
        return count(Status.FAILED) == 0 && count(Status.EXISTS) == 0 && refused.isEmpty();
    }
}
