package org.quire.read;

import java.util.List;

/** The metadata keys Quire reads, and "did you mean" suggestions for misspelt ones. */
final class KeyNames {
    static final List<String> STORY = List.of("title", "author", "language", "summary", "notes",
            "end_notes", "fandoms", "rating", "warnings", "categories", "relationships", "characters",
            "tags", "series", "status", "published", "updated", "identifier", "source", "rights", "disclaimer",
            "dedication", "cover", "chapters");
    static final List<String> CHAPTER = List.of("title", "summary", "notes", "end_notes");
    /** A one-shot's front matter holds the story's keys, and the chapter's where they agree. */
    static final List<String> ONE_SHOT = STORY.stream().filter(k -> !k.equals("chapters")).toList();
    static final List<String> SERIES = List.of("name", "part");
    static final List<String> STATUS = List.of("state", "chapters");

    private KeyNames() {
    }

    /** {@code " (did you mean 'end_notes'?)"}, or empty when no known key is close. */
    static String suggestion(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(key.toLowerCase(java.util.Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, key.length() / 3);
        return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance, where a hyphen or space for an underscore costs nothing. */
    static int distance(String a, String b) {
        String left = a.replace('-', '_').replace(' ', '_');
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = left.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
