package org.quire.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.quire.Batch;
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

    static void check(Batch.Result result, boolean failOnWarnings) throws MojoExecutionException, MojoFailureException {
        for (Batch.Failure failure : result.failed()) {
            if (failure.ioFault() != null) {
                throw new MojoExecutionException("Quire could not build " + failure.source() + ": "
                        + failure.ioFault().getMessage(), failure.ioFault());
            }
        }
        if (!result.failed().isEmpty()) {
            List<Diagnostic> all = new ArrayList<>();
            result.failed().forEach(failure -> all.addAll(failure.diagnostics()));
            throw new MojoFailureException(result.failed().size() + " of "
                    + (result.failed().size() + result.built().size()) + " stories failed to build:\n"
                    + BuildMojo.describe(all));
        }
        long warnings = result.built().stream().mapToLong(report -> report.warnings().size()).sum();
        if (failOnWarnings && warnings > 0) {
            throw new MojoFailureException(warnings + " warning(s) and failOnWarnings (quire.failOnWarnings) is true; "
                    + "fix the warnings above or set it to false");
        }
    }
}
