package org.quire.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Changes a reader made to the writer's markup, reported once per kind ({@code IMPORT-CHANGED}),
 * at the first place it happened, with how many more there were: a book with a thousand
 * {@code <font>} tags gets one warning, not a thousand.
 */
final class Changes {
    private record Seen(Location first, int count) {
    }

    private final Map<String, Seen> kinds = new LinkedHashMap<>();

    void add(Location at, String message) {
        kinds.merge(message, new Seen(at, 1), (a, b) -> new Seen(a.first(), a.count() + 1));
    }

    /** Adds one warning per kind of change to {@code warnings}, and forgets them. */
    void report(List<Diagnostic> warnings) {
        kinds.forEach((message, seen) -> warnings.add(Diagnostic.warning("IMPORT-CHANGED", seen.first(),
                message + (seen.count() > 1 ? " (" + (seen.count() - 1) + " more like it)" : ""))));
        kinds.clear();
    }
}
