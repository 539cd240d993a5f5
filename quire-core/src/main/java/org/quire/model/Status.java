package org.quire.model;

import java.util.Objects;

/** Whether a story is finished, and how many chapters the author plans (0 when unknown). */
public record Status(State state, int plannedChapters) {
    public static final Status UNSPECIFIED = new Status(State.UNSPECIFIED, 0);

    public enum State { COMPLETE, IN_PROGRESS, UNSPECIFIED }

    public Status {
        Objects.requireNonNull(state, "state");
    }

    public boolean complete() {
        return state == State.COMPLETE;
    }
}
