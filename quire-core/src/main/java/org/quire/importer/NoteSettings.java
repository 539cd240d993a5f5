package org.quire.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How author's notes are found in plain-text stories, for a whole run and story by story:
 * {@code guess} for all, say, but {@code edges} for {@code seed.txt} whose notes the guess
 * missed. Written as a comma-separated list of a mode and {@code file=mode} entries, as the
 * command line's {@code --notes} and Maven's {@code quire.notes} take it:
 * {@code guess,seed.txt=edges,drafts/old.txt=none}. A file entry names a story by its file name
 * or by the end of its path. Immutable.
 */
public final class NoteSettings {
    public static final NoteSettings GUESS = new NoteSettings(NoteMode.GUESS, Map.of());

    private final NoteMode fallback;
    private final Map<String, NoteMode> stories;

    private NoteSettings(NoteMode fallback, Map<String, NoteMode> stories) {
        this.fallback = Objects.requireNonNull(fallback);
        this.stories = Map.copyOf(stories);
    }

    /** One mode for every story. */
    public static NoteSettings of(NoteMode mode) {
        return new NoteSettings(mode, Map.of());
    }

    /**
     * Reads {@code guess}, {@code seed.txt=edges} or a comma-separated list of them, over this
     * setting: a later mode replaces the run's mode, a later entry for a file its earlier one.
     *
     * @throws IllegalArgumentException a mode is not {@code guess}, {@code edges} or {@code none}, or a file entry names no file
     */
    public NoteSettings with(String text) {
        NoteMode mode = fallback;
        Map<String, NoteMode> entries = new LinkedHashMap<>(stories);
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.lastIndexOf('=');
            if (equals < 0) {
                mode = NoteMode.parse(part);
            } else {
                String file = part.substring(0, equals).strip().replace('\\', '/');
                if (file.isEmpty()) {
                    throw new IllegalArgumentException("notes '" + part.strip() + "' names no file before '='");
                }
                entries.put(file, NoteMode.parse(part.substring(equals + 1)));
            }
        }
        return new NoteSettings(mode, entries);
    }

    /** {@link #with} over {@link #GUESS}. */
    public static NoteSettings parse(String text) {
        return GUESS.with(text);
    }

    /** The mode for the story in {@code file}: its own entry if one names it, else the run's. */
    public NoteMode modeFor(Path file) {
        String path = file.toString().replace('\\', '/');
        NoteMode found = fallback;
        int longest = -1;
        for (Map.Entry<String, NoteMode> entry : stories.entrySet()) {
            String name = entry.getKey();
            boolean matches = path.equals(name) || path.endsWith("/" + name);
            if (matches && name.length() > longest) {
                found = entry.getValue();
                longest = name.length();
            }
        }
        return found;
    }

    /** The run's mode, for stories no entry names. */
    public NoteMode fallback() {
        return fallback;
    }

    /** The setting as typed: {@code guess,seed.txt=edges}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(fallback.label());
        new java.util.TreeMap<>(stories).forEach((file, mode) -> out.append(',').append(file).append('=').append(mode.label()));
        return out.toString();
    }
}
