package org.quire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Builds many stories, each isolated from the others: a story that fails is reported with all
 * its problems, and the rest are still built.
 */
public final class Batch {
    private final Quire quire;

    public Batch(Quire quire) {
        this.quire = quire;
    }

    /** One story that could not be built, and why. */
    public record Failure(Path source, List<Diagnostic> diagnostics, IOException ioFault) {
        public Failure {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** What a batch built and what it could not. */
    public record Result(List<BookReport> built, List<Failure> failed) {
        public Result {
            built = List.copyOf(built);
            failed = List.copyOf(failed);
        }

        public boolean ok() {
            return failed.isEmpty();
        }
    }

    /**
     * @param onBuilt told of each book as soon as it is written
     * @param onFailed told of each story as soon as it fails
     */
    public Result build(List<Path> stories, Path outputFolder, Consumer<BookReport> onBuilt,
                        Consumer<Failure> onFailed) {
        List<BookReport> built = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (Path story : stories) {
            Failure failure;
            try {
                BookReport report = quire.build(story, outputFolder);
                built.add(report);
                onBuilt.accept(report);
                continue;
            } catch (StoryException e) {
                failure = new Failure(story, e.diagnostics(), null);
            } catch (IOException e) {
                failure = new Failure(story, List.of(Diagnostic.error("IO", Location.of(story),
                        "could not read or write: " + e)), e);
            }
            failed.add(failure);
            onFailed.accept(failure);
        }
        return new Result(built, failed);
    }
}
