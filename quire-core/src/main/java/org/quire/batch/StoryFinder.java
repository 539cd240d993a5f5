package org.quire.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.read.StoryFiles;

/**
 * Finds stories in any number of inputs, deciding what each path is through
 * {@link StoryFiles}: story folders, one-shots and files in other formats are stories; other
 * folders are searched to any depth; {@code .zip} and {@code .tar.gz} archives are read as if
 * unpacked. Every file met is reported as a story, a part of one, or skipped with the reason.
 * A file named as an input that is no story is refused.
 */
final class StoryFinder {
    private static final int MAX_DEPTH = 32;
    private final Path scratch;
    private final ArchiveLimits limits;
    /** The output folder: when it lies inside an input, its books are no stories. */
    private final Path output;
    private final SafeNames names = new SafeNames();
    private final List<Diagnostic> refused = new ArrayList<>();
    private final Map<Path, List<Diagnostic>> incomplete = new java.util.HashMap<>();
    private final List<FoundFile> files = new ArrayList<>();
    /** Pictures met, by their place in {@link #files}, told apart once every one-shot's cover is known. */
    private final Map<Integer, Path> pictures = new java.util.LinkedHashMap<>();
    private final Set<Path> covers = new HashSet<>();
    private int archives;

    StoryFinder(Path scratch, ArchiveLimits limits) {
        this(scratch, limits, null);
    }

    StoryFinder(Path scratch, ArchiveLimits limits, Path output) {
        this.scratch = scratch;
        this.limits = limits;
        this.output = output == null ? null : output.toAbsolutePath().normalize();
    }

    /**
     * Errors that stop a story found in an archive: an entry of it was refused, so building the
     * rest would publish a book with a chapter or its cover missing.
     */
    List<Diagnostic> problems(FoundStory story) {
        return incomplete.getOrDefault(story.source(), List.of());
    }

    /** The errors of {@link #problems}, by story source. */
    Map<Path, List<Diagnostic>> incomplete() {
        return incomplete;
    }

    /** Archives and entries that were refused, and inputs that are no story, each with its reason. */
    List<Diagnostic> refused() {
        return refused;
    }

    /** Every file met, in the order met, with what it became. */
    List<FoundFile> files() {
        return files;
    }

    List<FoundStory> find(List<Path> inputs) throws IOException {
        List<FoundStory> found = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.NoSuchFileException(input.toString(), null, "no such story, folder or archive");
            }
            if (isOutput(input)) {
                files.add(new FoundFile(input.toString(), FoundFile.SKIPPED, "the output folder"));
                refused.add(Diagnostic.error("NOT-A-STORY", Location.of(input),
                        "is the output folder: its books would be read as stories; name the stories' folder"));
                continue;
            }
            StoryFiles.Verdict verdict = StoryFiles.named(input);
            int before = found.size();
            int refusedBefore = refused.size();
            if (verdict.isStory()) {
                add(found, input, input.toString(), Path.of(""), null, verdict);
            } else if (verdict.kind() == StoryFiles.Kind.FOLDER || verdict.kind() == StoryFiles.Kind.ARCHIVE) {
                search(found, input, input.toString(), Path.of(""), 0, null);
                if (verdict.kind() == StoryFiles.Kind.ARCHIVE && found.size() == before && refused.size() == refusedBefore) {
                    refused.add(Diagnostic.error("NOT-A-STORY", Location.of(input),
                            "named as an input but holds no story (see the files it holds in the report)"));
                }
            } else {
                files.add(new FoundFile(input.toString(), FoundFile.SKIPPED, reason(verdict)));
                refused.add(Diagnostic.error("NOT-A-STORY", Location.of(input),
                        "named as an input but it is " + reason(verdict) + "; name a story, a folder or an archive"));
            }
        }
        resolvePictures();
        return found;
    }

    /**
     * Pictures are told apart once every one-shot is found: a one-shot may name a picture in a
     * folder met before it ({@code art/cover.jpg} sorts before {@code b.md}).
     */
    private void resolvePictures() {
        for (Map.Entry<Integer, Path> picture : pictures.entrySet()) {
            FoundFile file = files.get(picture.getKey());
            if (covers.contains(picture.getValue())) {
                files.set(picture.getKey(), new FoundFile(file.shown(), FoundFile.PART, "a cover picture"));
            }
        }
        pictures.clear();
    }

    private boolean isOutput(Path path) {
        return output != null && path.toAbsolutePath().normalize().equals(output);
    }

    private static String reason(StoryFiles.Verdict verdict) {
        return verdict.kind() == StoryFiles.Kind.TEMPLATES ? "a templates folder" : verdict.reason();
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
            String childShown = shown + "/" + name;
            if (isOutput(child)) {
                files.add(new FoundFile(childShown, FoundFile.SKIPPED, "the output folder, where the books go"));
                continue;
            }
            StoryFiles.Verdict verdict = StoryFiles.of(child);
            switch (verdict.kind()) {
                case STORY_FOLDER, ONE_SHOT, FOREIGN -> add(found, child, childShown, out, from, verdict);
                case FOLDER -> search(found, child, childShown, out.resolve(SafeNames.segment(name)), depth + 1, from);
                case TEMPLATES -> files.add(new FoundFile(childShown, FoundFile.PART, "templates for the books"));
                case PICTURE -> {
                    pictures.put(files.size(), child.toAbsolutePath().normalize());
                    files.add(new FoundFile(childShown, FoundFile.SKIPPED, verdict.reason()));
                }
                case ARCHIVE -> {
                    if (from != null) {
                        // Each level would get fresh limits: an archive of archives could dodge them all.
                        refused.add(Diagnostic.error("ARCHIVE-NESTED", Location.of(from.archive()),
                                "'" + name + "' is an archive inside an archive; unpack it and add it as an input"));
                        files.add(new FoundFile(childShown, FoundFile.SKIPPED, "an archive inside an archive"));
                    } else {
                        unpack(found, child, childShown, out, depth);
                    }
                }
                case SKIPPED -> files.add(new FoundFile(childShown, FoundFile.SKIPPED, verdict.reason()));
            }
        }
    }

    private void unpack(List<FoundStory> found, Path archive, String shown, Path out, int depth) throws IOException {
        Path folder = scratch.resolve("archive-" + (++archives));
        Files.createDirectories(folder);
        Set<String> lost = new HashSet<>();
        int before = found.size();
        try {
            for (String entry : Archives.unpack(archive, folder, limits, lost)) {
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
        if (StoryFiles.of(folder).isStory()) { // an archive of one story folder, or of an unpacked EPUB
            add(found, folder, shown, out, from, StoryFiles.of(folder));
        } else {
            search(found, folder, shown + "!", inner, depth + 1, from);
        }
        for (FoundStory story : found.subList(before, found.size())) {
            incomplete(story, folder, archive, lost);
        }
    }

    /** A story folder of the archive that lost one of its entries is not built (its other books stay as they were). */
    private void incomplete(FoundStory story, Path folder, Path archive, Set<String> lost) {
        if (!Files.isDirectory(story.source(), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String inside = folder.relativize(story.source()).toString().replace('\\', '/');
        for (String entry : lost) {
            if (inside.isEmpty() || entry.startsWith(inside + "/")) {
                incomplete.computeIfAbsent(story.source(), k -> new ArrayList<>()).add(Diagnostic.error("ARCHIVE-ENTRY",
                        Location.of(archive), "entry '" + entry + "' was not unpacked (see above); it belongs to the story "
                                + story.shown() + ", which is not built without it: fix or remove that entry"));
            }
        }
    }

    private void add(List<FoundStory> found, Path source, String shown, Path out, FoundStory.Unpacked from,
                     StoryFiles.Verdict verdict) throws IOException {
        String folder = out.toString().replace('\\', '/');
        String name = new FoundStory(source, shown, out, "", from).ownName();
        found.add(new FoundStory(source, shown, out, names.unique(folder, name), from));
        files.add(new FoundFile(shown, FoundFile.STORY, verdict.format()));
        if (verdict.kind() == StoryFiles.Kind.ONE_SHOT) {
            StoryFiles.coverOf(source).ifPresent(c -> covers.add(c.toAbsolutePath().normalize()));
        }
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            for (StoryFiles.Part part : StoryFiles.parts(source)) {
                String inner = source.relativize(part.file()).toString().replace('\\', '/');
                files.add(new FoundFile(shown + "/" + inner, part.read() ? FoundFile.PART : FoundFile.SKIPPED, part.what()));
            }
        }
    }
}
