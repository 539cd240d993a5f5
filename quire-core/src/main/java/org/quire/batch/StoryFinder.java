package org.quire.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Finds stories in any number of inputs. A folder with {@code story.yaml} is a story; a
 * {@code .md} file whose front matter has a {@code title}, outside a story folder, is a one-shot;
 * any other folder is searched to any depth; {@code .zip} and {@code .tar.gz} archives are read
 * as if unpacked. Links are never followed, hidden files and build folders are skipped.
 */
final class StoryFinder {
    private static final int MAX_DEPTH = 32;
    private final Path scratch;
    private final ArchiveLimits limits;
    private final SafeNames names = new SafeNames();
    private final List<Diagnostic> refused = new ArrayList<>();
    private int archives;

    StoryFinder(Path scratch, ArchiveLimits limits) {
        this.scratch = scratch;
        this.limits = limits;
    }

    /** Archives and entries that were refused, each with its reason. */
    List<Diagnostic> refused() {
        return refused;
    }

    List<FoundStory> find(List<Path> inputs) throws IOException {
        List<FoundStory> found = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.NoSuchFileException(input.toString(), null, "no such story, folder or archive");
            }
            if (isStoryFolder(input) || isOneShot(input)) {
                add(found, input, input.toString(), Path.of(""), null);
            } else {
                search(found, input, input.toString(), Path.of(""), 0, null);
            }
        }
        return found;
    }

    private void search(List<FoundStory> found, Path folder, String shown, Path out, int depth,
                        FoundStory.Unpacked from) throws IOException {
        if (Archives.isArchive(folder) && Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
            unpack(found, folder, shown, out, depth);
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || depth > MAX_DEPTH) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("templates")
                    || Files.isSymbolicLink(child)) {
                continue;
            }
            String childShown = shown + "/" + name;
            if (isStoryFolder(child) || isOneShot(child)) {
                add(found, child, childShown, out, from);
            } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                search(found, child, childShown, out.resolve(SafeNames.segment(name)), depth + 1, from);
            } else if (Archives.isArchive(child) && from != null) {
                // Each level would get fresh limits: an archive of archives could dodge them all.
                refused.add(Diagnostic.error("ARCHIVE-NESTED", Location.of(from.archive()),
                        "'" + name + "' is an archive inside an archive; unpack it and add it as an input"));
            } else if (Archives.isArchive(child)) {
                unpack(found, child, childShown, out, depth);
            }
        }
    }

    private void unpack(List<FoundStory> found, Path archive, String shown, Path out, int depth) throws IOException {
        Path folder = scratch.resolve("archive-" + (++archives));
        Files.createDirectories(folder);
        try {
            for (String entry : Archives.unpack(archive, folder, limits)) {
                refused.add(Diagnostic.error("ARCHIVE-ENTRY", Location.of(archive), entry));
            }
        } catch (ArchiveException e) {
            refused.add(Diagnostic.error("ARCHIVE-REFUSED", Location.of(archive), e.getMessage()));
            return;
        } catch (IOException e) {
            refused.add(Diagnostic.error("ARCHIVE-REFUSED", Location.of(archive), "could not be unpacked: " + e.getMessage()));
            return;
        }
        Path inner = out.resolve(SafeNames.segment(Archives.baseName(archive)));
        FoundStory.Unpacked from = new FoundStory.Unpacked(folder, archive);
        if (isStoryFolder(folder)) {
            add(found, folder, shown, out, from);
        } else {
            search(found, folder, shown + "!", inner, depth + 1, from);
        }
    }

    private void add(List<FoundStory> found, Path source, String shown, Path out, FoundStory.Unpacked from) {
        String name = from != null && source.equals(from.folder()) ? Archives.baseName(from.archive())
                : source.getFileName().toString().replaceFirst("(?i)\\.md$", "");
        String folder = out.toString().replace('\\', '/');
        found.add(new FoundStory(source, shown, out, names.unique(folder, SafeNames.segment(name)), from));
    }

    static boolean isStoryFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(path.resolve("story.yaml"), LinkOption.NOFOLLOW_LINKS);
    }

    /** A Markdown file whose front matter names a title; anything else (a README) is not a story. */
    static boolean isOneShot(Path path) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1); // a byte-order mark, as some editors save UTF-8
            }
            if (first == null || !first.strip().equals("---")) {
                return false;
            }
            for (int i = 0; i < 200; i++) {
                String line = reader.readLine();
                if (line == null || line.strip().equals("---")) {
                    return false;
                }
                if (line.matches("^['\"]?title['\"]?\\s*:.*")) {
                    return true;
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            return true; // let the reader report the bad bytes at their line
        }
        return false;
    }
}
