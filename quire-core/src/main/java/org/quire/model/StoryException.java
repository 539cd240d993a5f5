package org.quire.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A story (or a template it is laid out with) cannot be built. Carries every problem found, so
 * the author can fix them all in one pass.
 */
public class StoryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public StoryException(List<Diagnostic> diagnostics) {
        super(describe(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public StoryException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
