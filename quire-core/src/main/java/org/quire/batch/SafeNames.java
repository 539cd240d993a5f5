package org.quire.batch;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names that are safe on every file system and never collide: only letters, digits, dot,
 * dash and underscore; no reserved Windows names; a numbered suffix when a name is taken
 * (compared without case, for case-insensitive file systems).
 */
final class SafeNames {
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "lpt1", "lpt2", "lpt3");
    private final Set<String> taken = new HashSet<>();

    static String segment(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        if (safe.isEmpty()) {
            safe = "story";
        }
        return RESERVED.contains(safe.toLowerCase(Locale.ROOT)) ? safe + "-story" : safe;
    }

    /** {@code name}, or {@code name-2}, {@code name-3}… if an earlier story took it in {@code folder}. */
    synchronized String unique(String folder, String name) {
        String candidate = name;
        for (int n = 2; !taken.add((folder + "/" + candidate).toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
