package org.quire.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the built-in theme's templates and stylesheets into a writer's templates folder, so
 * they start from working files. A file already there is never overwritten: it is the writer's.
 * (Fonts and hyphenation patterns stay in Quire; add your own beside the copies.)
 */
public final class ThemeExport {
    private static final String INDEX = "theme-files.txt";

    /** What happened to each file of the theme. */
    public record Result(List<Path> copied, List<Path> kept) {
        public Result {
            copied = List.copyOf(copied);
            kept = List.copyOf(kept);
        }
    }

    private ThemeExport() {
    }

    /** The names of the theme's templates and stylesheets. */
    public static List<String> files() throws IOException {
        try (InputStream in = resource(INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    /**
     * A SHA-256 of the built-in theme's templates and stylesheets, so that books built with an
     * older theme (within one snapshot version) are not taken for up to date.
     */
    public static String fingerprint() throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : files()) {
                try (InputStream in = resource(name)) {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    digest.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /** Copies every file of the theme (see {@link #copyTo(Path, List)}). */
    public static Result copyTo(Path folder) throws IOException {
        return copyTo(folder, List.of());
    }

    /**
     * Copies the named files of the theme, or all of them when {@code names} is empty, so that a
     * writer who changes only the cover copies only {@code cover.ftlx} and {@code cover.css} and
     * keeps getting the rest of the theme's fixes.
     *
     * @throws IllegalArgumentException a name that is not a file of the theme, listing those that are
     */
    public static Result copyTo(Path folder, List<String> names) throws IOException {
        List<String> all = files();
        for (String name : names) {
            if (!all.contains(name)) {
                throw new IllegalArgumentException("the theme has no file '" + name + "'; its files are " + String.join(", ", all));
            }
        }
        Files.createDirectories(folder);
        List<Path> copied = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (String name : names.isEmpty() ? all : names) {
            Path target = folder.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                kept.add(target);
                continue;
            }
            try (InputStream in = resource(name)) {
                Files.copy(in, target);
            }
            copied.add(target);
        }
        return new Result(copied, kept);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ThemeExport.class.getResourceAsStream(Theme.BUILT_IN + name);
        if (in == null) {
            throw new IOException("the built-in theme has no " + name);
        }
        return in;
    }
}
