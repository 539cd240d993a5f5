package org.quire.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.quire.batch.BatchResult;
import org.quire.batch.StoryResult;
import org.quire.model.Diagnostic;

/**
 * The one place where Quire's outcomes become Maven's: a story or setting the author must fix
 * is a {@link MojoFailureException}; a fault of the machine (I/O) is a
 * {@link MojoExecutionException} that keeps its cause.
 */
final class Failures {
    private Failures() {
    }

    interface Io<T> {
        T get() throws IOException;
    }

    static <T> T io(Io<T> action, String what) throws MojoExecutionException {
        try {
            return action.get();
        } catch (IOException e) {
            throw new MojoExecutionException(what + ": " + e.getMessage(), e);
        }
    }

    static <T> T settings(java.util.function.Supplier<T> action) throws MojoFailureException {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad Quire setting: " + e.getMessage(), e);
        }
    }

    static void check(BatchResult result, boolean failOnWarnings) throws MojoFailureException {
        List<Diagnostic> problems = new ArrayList<>(result.refused());
        result.stories().forEach(story -> problems.addAll(story.errors()));
        long failed = result.count(StoryResult.Status.FAILED);
        if (!problems.isEmpty()) {
            throw new MojoFailureException(failed + " of " + result.stories().size() + " stories failed to build"
                    + (result.refused().isEmpty() ? "" : ", and inputs or archive entries were refused") + ":\n"
                    + BuildMojo.describe(problems));
        }
        long warnings = result.stories().stream().mapToLong(story -> story.warnings().size()).sum();
        if (failOnWarnings && warnings > 0) {
            throw new MojoFailureException(org.quire.batch.Plural.of(warnings, "warning") + " and failOnWarnings (quire.failOnWarnings) is true; "
                    + "fix the warnings above or set it to false");
        }
    }
}
