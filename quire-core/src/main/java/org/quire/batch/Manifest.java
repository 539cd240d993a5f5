package org.quire.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build made from which inputs, kept in the output folder as
 * {@code .quire-manifest.tsv} (one {@code key<TAB>fingerprint} line per story), so a story whose
 * inputs have not changed is skipped.
 */
final class Manifest {
    static final String FILE = ".quire-manifest.tsv";
    private final Path file;
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    private Manifest(Path file) {
        this.file = file;
    }

    static Manifest load(Path outputFolder) throws IOException {
        Manifest manifest = new Manifest(outputFolder.resolve(FILE));
        if (Files.isRegularFile(manifest.file)) {
            for (String line : Files.readAllLines(manifest.file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    manifest.entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return manifest;
    }

    boolean unchanged(String key, String fingerprint) {
        return fingerprint.equals(entries.get(key));
    }

    /** The fingerprint {@code key} was last built from, or null. */
    String fingerprint(String key) {
        return entries.get(key);
    }

    void record(String key, String fingerprint) {
        entries.put(key, fingerprint);
    }

    void forget(String key) {
        entries.remove(key);
    }

    void save() throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(entries).forEach((key, value) -> text.append(key).append('\t').append(value).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
