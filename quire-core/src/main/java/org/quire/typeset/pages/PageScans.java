package org.quire.typeset.pages;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The scans of pages from each start, kept: a spread search asks for the same ones many times. */
final class PageScans {
    private record Key(int at, List<NotePart> carry, float limit, float shallowest, boolean top, float full) {
    }

    private final PageScan scan;
    private final Map<Key, List<PageScan.Break>> done = new HashMap<>();
    /** The scans that place footnotes, by identity. */
    private final java.util.Set<List<PageScan.Break>> withNotes = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    PageScans(PageScan scan) {
        this.scan = scan;
    }

    PageScan scan() {
        return scan;
    }

    /**
     * The breaks of a page from {@code at} that may end at most {@code limit} deep. Without
     * footnotes one scan to the deepest a page may go serves every shallower limit too.
     */
    List<PageScan.Break> from(int at, List<NotePart> carry, float deepest, float limit, float shallowest,
                              boolean top, float full) {
        List<PageScan.Break> wide = scan(at, carry, deepest, shallowest, top, full);
        if (carry.isEmpty() && !withNotes.contains(wide)) {
            return wide;
        }
        return scan(at, carry, limit, shallowest, top, full);
    }

    /** Whether a scan {@link #from} gave places footnotes, so that how deep it went changes its breaks. */
    boolean placesNotes(List<PageScan.Break> breaks) {
        return withNotes.contains(breaks) || !breaks.isEmpty() && !breaks.get(0).notes().isEmpty();
    }

    private List<PageScan.Break> scan(int at, List<NotePart> carry, float limit, float shallowest, boolean top,
                                      float full) {
        return done.computeIfAbsent(new Key(at, carry, limit, shallowest, top, full), k -> {
            List<PageScan.Break> found = Collections.unmodifiableList(scan.scan(at, new ArrayDeque<>(carry), limit,
                    shallowest, top, full));
            if (found.stream().anyMatch(b -> !b.notes().isEmpty() || !b.notes().waiting().isEmpty())) {
                withNotes.add(found);
            }
            return found;
        });
    }
}
