package org.quire.typeset.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The footnotes of a page being filled: the parts already placed, and those waiting for the
 * next page (the rest of a note split at the foot, and notes called after it). Notes keep the
 * order of their calls; a note too long for what is left of a page is split between lines
 * (as TeX splits insertions, The TeXbook ch. 15), at least one line of it staying with its call.
 */
final class NoteArea {
    private final Map<String, List<VItem>> notes;
    private final float separator;
    private final List<NotePart> placed = new ArrayList<>();
    private final Deque<NotePart> waiting = new ArrayDeque<>();
    private float height;

    NoteArea(Map<String, List<VItem>> notes, float separator) {
        this.notes = notes;
        this.separator = separator;
    }

    NoteArea copy() {
        NoteArea copy = new NoteArea(notes, separator);
        copy.placed.addAll(placed);
        copy.waiting.addAll(waiting);
        copy.height = height;
        return copy;
    }

    List<NotePart> placed() {
        return placed;
    }

    /** The parts left for the next page. */
    Deque<NotePart> waiting() {
        return waiting;
    }

    /** The room the placed notes take, with the space and rule above them. */
    float height() {
        return placed.isEmpty() ? 0 : height + separator;
    }

    boolean isEmpty() {
        return placed.isEmpty();
    }

    /** Starts a page with the parts a previous page left, as many of them as {@code room} holds. */
    void carry(Deque<NotePart> parts, float room) {
        for (NotePart part : parts) {
            if (!waiting.isEmpty()) {
                waiting.add(part);
                continue;
            }
            place(part, room - height(), true);
        }
    }

    /**
     * Places the notes a line calls, given {@code room}: what is left on the page for the line's
     * notes (after the line itself). Returns false when not even a line of the first note fits:
     * the line must go to the next page.
     */
    boolean call(List<String> ids, float room) {
        NoteArea trial = copy();
        for (String id : ids) {
            List<VItem> galley = notes.get(id);
            if (galley == null || galley.isEmpty()) {
                continue;
            }
            NotePart whole = new NotePart(id, 0, galley.size());
            if (!trial.waiting.isEmpty()) {
                trial.waiting.add(whole);
            } else if (!trial.place(whole, room - trial.height(), false)) {
                return false;
            }
        }
        placed.clear();
        placed.addAll(trial.placed);
        waiting.clear();
        waiting.addAll(trial.waiting);
        height = trial.height;
        return true;
    }

    /** Sends the notes a line calls to the next page whole: not a line of them fits on this one. */
    void defer(List<String> ids) {
        for (String id : ids) {
            List<VItem> galley = notes.get(id);
            if (galley != null && !galley.isEmpty()) {
                waiting.add(new NotePart(id, 0, galley.size()));
            }
        }
    }

    /** Places as much of a part as fits in {@code room} (the separator counted for the first note). */
    private boolean place(NotePart part, float room, boolean carried) {
        List<VItem> galley = notes.get(part.id());
        float available = room - (placed.isEmpty() ? separator : 0);
        float used = 0;
        int end = part.from();
        int lastFit = part.from();
        for (int i = part.from(); i < part.to(); i++) {
            VItem item = galley.get(i);
            if (item instanceof VItem.Line || item instanceof VItem.Box) {
                if (used + item.height() > available + 0.01f) {
                    break;
                }
                lastFit = i + 1;
            }
            used += item.height();
            end = i + 1;
        }
        if (lastFit == part.to() || end == part.to()) {
            placed.add(part);
            height += heightOf(galley, part.from(), part.to());
            return true;
        }
        if (lastFit == part.from()) {
            if (carried) {
                waiting.add(part);
                return true;
            }
            return false;
        }
        placed.add(new NotePart(part.id(), part.from(), lastFit));
        height += heightOf(galley, part.from(), lastFit);
        waiting.add(new NotePart(part.id(), lastFit, part.to()));
        return true;
    }

    private static float heightOf(List<VItem> galley, int from, int to) {
        float sum = 0;
        for (int i = from; i < to; i++) {
            sum += galley.get(i).height();
        }
        return sum;
    }

    List<VItem> galley(String id) {
        return notes.get(id);
    }
}
