package org.quire.importer;

import java.util.Locale;

/**
 * How the plain-text reader finds the author's notes around a story and its chapters.
 *
 * <ul>
 *   <li>{@link #GUESS}: a paragraph marked {@code A/N:}, {@code AN:}, {@code Author's note:},
 *       {@code Note:} or {@code Disclaimer:}, or one that talks to readers about the story
 *       ("my first story", "hope you enjoy", "please review"), at the start or end;</li>
 *   <li>{@link #EDGES}: the first paragraph is the note before, the last the note after;</li>
 *   <li>{@link #NONE}: no notes, every paragraph is story text.</li>
 * </ul>
 */
public enum NoteMode {
    GUESS, EDGES, NONE;

    /** {@code guess}, {@code edges} or {@code none}, as typed on the command line. */
    public static NoteMode parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "guess", "auto" -> GUESS;
            case "edges", "first-last", "firstlast" -> EDGES;
            case "none", "off" -> NONE;
            default -> throw new IllegalArgumentException(
                    "notes must be guess, edges or none, not '" + text + "'");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
