package org.quire.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Links (symbolic links) inside a story. A link is followed only while it stays inside the story:
 * a chapter, cover or template reached through a link that leads out of the story is an error at
 * that link ({@code LINK-OUTSIDE}), and one whose link leads nowhere is {@code LINK-BROKEN}. Such
 * a file is never read, and never dropped in silence: nothing outside a story is read.
 */
public final class Links {
    private Links() {
    }

    /**
     * Checks {@code file}, which lies under {@code root} by its name, for a link on its way (the
     * file itself or a folder between) that leads out of {@code root} or nowhere.
     *
     * @param what how the story uses the file, for the message: "chapter '2.md'", "cover 'art.jpg'"
     * @return the problem, at the first such link; empty when no link leaves {@code root}
     */
    public static Optional<Diagnostic> check(Path root, Path file, String what) {
        Path base = root.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return Optional.empty(); // not under root by name: the caller's own error says so
        }
        Path at = base;
        for (Path part : base.relativize(target)) {
            at = at.resolve(part);
            if (!Files.isSymbolicLink(at)) {
                continue;
            }
            Optional<Diagnostic> problem = leaving(base, at, what);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * Every link under {@code folder} (itself included) that leads out of {@code root} or nowhere.
     *
     * @param kind what the files are, for the message: "template" gives "template 'cover.ftlx'"
     */
    public static List<Diagnostic> leavingIn(Path root, Path folder, String kind) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        Path start = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(start)) {
            leaving(root.toAbsolutePath().normalize(), start, kind + "s folder '" + start.getFileName() + "'")
                    .ifPresent(problems::add);
            return problems;
        }
        if (!Files.isDirectory(start)) {
            return problems;
        }
        Files.walkFileTree(start, java.util.Set.of(), 16, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isSymbolicLink()) {
                    String name = start.relativize(file).toString().replace('\\', '/');
                    leaving(root.toAbsolutePath().normalize(), file, kind + " '" + name + "'").ifPresent(problems::add);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return problems;
    }

    private static Optional<Diagnostic> leaving(Path root, Path link, String what) {
        try {
            Path real = link.toRealPath();
            if (real.startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Diagnostic.error("LINK-OUTSIDE", Location.of(link), what + " is reached through a link that "
                    + "leads out of the story (to " + real + "); it is not read: put the file itself in the story's folder"));
        } catch (IOException e) {
            return Optional.of(Diagnostic.error("LINK-BROKEN", Location.of(link), what + " is reached through a link to "
                    + target(link) + ", which does not exist; point the link at a file of the story, or put the file there"));
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a place";
        }
    }
}
