package org.quire.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an author's note from story text in pasted fan fiction. A note is either marked
 * ({@code A/N:}, {@code AN:}, {@code Author's note:}, {@code Note:}, {@code Disclaimer:}) or
 * unmarked but plainly the author talking: it addresses the readers ("hope you enjoy", "let me
 * know", "how was it?") <em>and</em> speaks of the writing itself ("story", "chapter", "fic",
 * "update", "review"), or it says so outright ("please review", "I don't own", "R&R").
 * Story text is never taken for a note: a paragraph with dialogue (double or single quotation
 * marks, a "she said") stays in the story, and so does narration in the first person ("my first
 * love") that speaks of no story.
 */
final class NoteGuesser {
    /** A note's marker and what follows; group 1 is the marker's name. */
    private static final Pattern MARKED = Pattern.compile(
            "^[*_(\\[]*\\s*(a\\s*/\\s*n|an(?=\\s*[:\\-–—])|author'?s?'?\\s*notes?|authors?\\s+notes?|notes?|disclaimer)"
                    + "\\s*[:\\-–—)\\]]+[*_]*\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The author speaking to readers. */
    private static final Pattern READERS = Pattern.compile(String.join("|",
            "\\b(you|u|y'all|ya|everyone|everybody|guys|readers?|reviewers?)\\b",
            "\\bhow was it\\b", "\\bwhat did (you|u)\\b", "\\blet me know\\b", "\\bshould i\\b",
            "\\bthanks?( you)?( so much)? for\\b", "\\bhope\\b"), Pattern.CASE_INSENSITIVE);

    /** The writing itself, as opposed to the world of the story. */
    private static final Pattern WRITING = Pattern.compile(String.join("|",
            "\\b(story|stories|fic|fics|fanfic|fanfics|fanfiction|one-?shot|oneshot|two-?shot|twoshot|multi-?chapter"
                    + "|chapters?|updates?|updating|sequel|prequel|series|prompt|beta|beta'?d|reviews?|reviewing"
                    + "|kudos|comments?|reading|read|publish(ed|ing)?|posted|posting|wrote|written|writing|plot)\\b"),
            Pattern.CASE_INSENSITIVE);

    /** Phrases that are notes on their own. */
    private static final Pattern OUTRIGHT = Pattern.compile(String.join("|",
            "\\bplease (review|comment|leave (a )?(review|comment|kudos))", "\\bread (and|&) review\\b",
            "\\br ?& ?r\\b", "\\bi (don'?t|do not|dont) own\\b", "\\bno copyright\\b",
            "\\bthanks? (you )?(so much )?for reading\\b"), Pattern.CASE_INSENSITIVE);

    /**
     * Dialogue: a double quotation mark of any script, a single one opening a quotation
     * ({@code ‘} or a straight {@code '} before a word's first letter), or a dialogue tag.
     */
    private static final Pattern DIALOGUE = Pattern.compile(
            "[\"“”„«»‹›‘]|(^|[\\s(—–-])'\\p{L}|\\b(said|asked|replied|whispered|shouted|yelled|muttered|told)\\b",
            Pattern.CASE_INSENSITIVE);

    private NoteGuesser() {
    }

    /** The marker a marked note starts with ({@code A/N:}), if the paragraph has one. */
    static Optional<String> marker(String paragraph) {
        Matcher matcher = MARKED.matcher(paragraph);
        if (matcher.lookingAt() && matcher.end() < paragraph.length()) {
            return Optional.of(paragraph.substring(0, matcher.end()).strip());
        }
        return Optional.empty();
    }

    static boolean isDisclaimer(String marker) {
        return marker.toLowerCase(Locale.ROOT).contains("disclaimer");
    }

    /** A paragraph without a marker that still reads as the author talking to readers about the story. */
    static boolean talksToReaders(String paragraph) {
        if (DIALOGUE.matcher(paragraph).find()) {
            return false;
        }
        return OUTRIGHT.matcher(paragraph).find()
                || READERS.matcher(paragraph).find() && WRITING.matcher(paragraph).find();
    }
}
