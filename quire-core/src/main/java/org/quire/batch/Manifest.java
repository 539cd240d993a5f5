package org.quire.batch;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;
import org.quire.write.AtomicOutput;

/**
 * What the last builds made from which inputs, kept in the output folder as
 * {@code .quire-manifest.tsv} (see {@link ManifestCodec}): per story, the fingerprint of its
 * inputs, the files it wrote with their SHA-256, and its warnings. It is a journal: each story's
 * block is appended the moment the story finishes, so a run stopped by Ctrl-C or a kill resumes
 * where it stopped; it is rewritten with only the live entries when it is loaded and at the end of a run.
 */
final class Manifest {
    static final String FILE = ".quire-manifest.tsv";
    private final Path file;
    private final Map<String, ManifestEntry> previous;
    private final Map<String, ManifestEntry> entries;
    /** Which story's entry lists each file, so no story's removal takes another's file. */
    private final Map<String, String> claims = new ConcurrentHashMap<>();
    /** Files builds started writing: a kill between the write and the story's block leaves them Quire's. */
    private final Set<String> writing = ConcurrentHashMap.newKeySet();

    private Manifest(Path file, Map<String, ManifestEntry> loaded, Set<String> pending) {
        this.file = file;
        this.writing.addAll(pending);
        this.previous = Map.copyOf(loaded);
        this.entries = new ConcurrentHashMap<>(loaded);
        loaded.values().forEach(this::claim);
    }

    /**
     * Reads the manifest of {@code outputFolder}; a block cut short by a kill is dropped. A
     * manifest of an older Quire, which kept no files or warnings, counts as none: every story is
     * built once more.
     */
    static Manifest load(Path outputFolder) throws IOException {
        Path file = outputFolder.resolve(FILE);
        Set<String> pending = new HashSet<>();
        Map<String, ManifestEntry> loaded = Files.isRegularFile(file)
                ? parse(Files.readString(file, StandardCharsets.UTF_8), pending) : Map.of();
        Manifest manifest = new Manifest(file, loaded, pending);
        manifest.compact(); // appends must start on a fresh line, after complete blocks only
        return manifest;
    }

    /** The entry of {@code key} as it was when the run started. */
    Optional<ManifestEntry> previous(String key) {
        return Optional.ofNullable(previous.get(key));
    }

    /** Every entry as it was when the run started. */
    List<ManifestEntry> previousEntries() {
        return List.copyOf(previous.values());
    }

    /** The entry of {@code key} now. */
    Optional<ManifestEntry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Every entry now. */
    List<ManifestEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** Records a story's build, at once, on disk. */
    synchronized void record(ManifestEntry entry) throws IOException {
        append(ManifestCodec.block(entry));
        unclaim(entries.put(entry.key(), entry));
        claim(entry);
    }

    /** Drops a story, at once, on disk. */
    synchronized void forget(String key) throws IOException {
        ManifestEntry gone = entries.remove(key);
        if (gone != null) {
            append(ManifestCodec.forget(key));
            unclaim(gone);
        }
    }

    /**
     * Whether the file at {@code path} (relative to the output folder), whose bytes hash to
     * {@code sha256}, may be replaced: Quire wrote it and it is unchanged, or a build that was
     * killed before recording itself had started writing it.
     */
    boolean replaceable(String path, String sha256) {
        if (writing.contains(path)) {
            return true;
        }
        String key = claims.get(path);
        ManifestEntry entry = key == null ? null : entries.get(key);
        return entry != null && entry.files().stream().anyMatch(f -> f.path().equals(path) && f.sha256().equals(sha256));
    }

    /** Notes, on disk, the files a story's build is about to write, before it writes them. */
    synchronized void writing(String key, List<String> paths) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String path : paths) {
            if (writing.add(path)) {
                lines.append(ManifestCodec.writing(key, path));
            }
        }
        if (!lines.isEmpty()) {
            append(lines.toString());
        }
    }

    /** True when an entry other than {@code key}'s lists the file at {@code path}. */
    boolean claimedByOther(String path, String key) {
        String claimant = claims.get(path);
        return claimant != null && !claimant.equals(key);
    }

    private void claim(ManifestEntry entry) {
        entry.files().forEach(f -> claims.put(f.path(), entry.key()));
    }

    private void unclaim(ManifestEntry entry) {
        if (entry != null) {
            entry.files().forEach(f -> claims.remove(f.path(), entry.key()));
        }
    }

    /** Rewrites the file with the live entries only. */
    synchronized void compact() throws IOException {
        StringBuilder text = new StringBuilder(ManifestCodec.HEADER).append('\n');
        new TreeMap<>(entries).values().forEach(entry -> text.append(ManifestCodec.block(entry)));
        // Files a killed build had started writing, and no entry lists: still Quire's.
        new java.util.TreeSet<>(writing).stream().filter(path -> !claims.containsKey(path))
                .forEach(path -> text.append(ManifestCodec.writing("", path)));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            AtomicOutput.write(file, out -> out.write(bytes));
        } catch (StoryException e) {
            throw new IllegalStateException("writing bytes raises no story problem", e);
        }
    }

    /** A plain stream, not a channel: an interrupted thread still records the story it finished. */
    private void append(String block) throws IOException {
        try (OutputStream out = new FileOutputStream(file.toFile(), true)) {
            out.write(block.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, ManifestEntry> parse(String text, Set<String> pending) {
        Map<String, ManifestEntry> entries = new HashMap<>();
        Map<String, Set<String>> writing = new HashMap<>();
        if (!text.startsWith(ManifestCodec.HEADER + "\n")) {
            return entries;
        }
        Map<String, Block> open = new HashMap<>();
        int end = text.lastIndexOf('\n'); // a last line without its newline was cut short
        for (String line : text.substring(0, end + 1).split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                List<String> fields = ManifestCodec.fields(line);
                String key = fields.get(1);
                switch (fields.get(0)) {
                    case "story" -> open.put(key, new Block(fields));
                    case "file" -> open.get(key).files.add(new ManifestEntry.WrittenFile(fields.get(2), fields.get(3)));
                    case "warning" -> open.get(key).warnings.add(ManifestCodec.warning(fields));
                    case "end" -> {
                        entries.put(key, open.remove(key).entry());
                        writing.remove(key);
                    }
                    case "writing" -> writing.computeIfAbsent(key, k -> new HashSet<>()).add(fields.get(2));
                    case "forget" -> {
                        entries.remove(key);
                        open.remove(key);
                    }
                    default -> {
                        // a record of a later Quire: ignored
                    }
                }
            } catch (RuntimeException e) {
                // a damaged line: its story is not known, so it is built again
            }
        }
        writing.values().forEach(pending::addAll);
        return entries;
    }

    /** A story's lines read so far. */
    private static final class Block {
        private final List<String> story;
        private final List<ManifestEntry.WrittenFile> files = new ArrayList<>();
        private final List<Diagnostic> warnings = new ArrayList<>();

        Block(List<String> story) {
            this.story = story;
        }

        ManifestEntry entry() {
            return new ManifestEntry(story.get(1), story.get(2), story.get(3), Integer.parseInt(story.get(4)),
                    Integer.parseInt(story.get(5)), files, warnings);
        }
    }
}
