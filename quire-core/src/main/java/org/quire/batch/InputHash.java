package org.quire.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.quire.read.StoryFiles;

/**
 * A fingerprint of everything a story's editions depend on: its files (a folder's whole tree,
 * its own templates and pictures included; a one-shot's file and its folder's pictures), the
 * project's templates, the build options and Quire's version. Equal fingerprints mean the
 * editions on disk are still right.
 */
final class InputHash {
    private static final String THEME = themeFingerprint();

    private InputHash() {
    }

    private static String themeFingerprint() {
        try {
            return org.quire.render.ThemeExport.fingerprint();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the built-in theme cannot be read", e);
        }
    }

    static String of(Path story, List<Path> templateFolders, String options) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "quire " + org.quire.render.Version.get() + " theme " + THEME + "\n" + options + "\n");
        if (Files.isDirectory(story, LinkOption.NOFOLLOW_LINKS)) {
            tree(digest, story);
        } else {
            file(digest, story, story.getFileName().toString());
            Path folder = story.toAbsolutePath().getParent();
            // A one-shot's cover is named in its front matter, read by the one front-matter parser;
            // a file in another format carries its cover inside. Only a picture really inside the
            // story's folder is read, as the cover reader does.
            Path cover = StoryFiles.of(story).kind() == StoryFiles.Kind.ONE_SHOT
                    ? StoryFiles.coverOf(story).orElse(null) : null;
            if (cover != null && Files.isRegularFile(cover) && cover.toRealPath().startsWith(folder.toRealPath())) {
                file(digest, cover, "cover");
            }
        }
        for (Path folder : templateFolders) {
            if (Files.isDirectory(folder)) {
                update(digest, "templates\n");
                tree(digest, folder.toRealPath()); // a folder the writer named, followed if it is a link
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Every file of the tree, and every link by where it points (never by what it reaches: a
     * link inside the story reaches a file hashed here anyway, and one leading out is not read).
     */
    private static void tree(MessageDigest digest, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (Files.isSymbolicLink(file)) {
                    update(digest, "link " + name + " -> " + Files.readSymbolicLink(file) + "\n");
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    file(digest, file, name);
                }
            }
        }
    }

    private static void file(MessageDigest digest, Path file, String name) throws IOException {
        update(digest, name + "\n" + Files.size(file) + "\n");
        digest.update(Files.readAllBytes(file));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
