package org.quire.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an author's note from story text in pasted fan fiction. A note is either marked
 * ({@code A/N:}, {@code AN:}, {@code Author's note:}, {@code Note:}, {@code Disclaimer:}) or talks
 * to readers about the story. Story text is never taken for an unmarked note: a paragraph with
 * dialogue (a quotation mark) or without a phrase that addresses readers stays in the story.
 */
final class NoteGuesser {
    /** A note's marker and what follows; group 1 is the marker's name. */
    private static final Pattern MARKED = Pattern.compile(
            "^[*_(\\[]*\\s*(a\\s*/\\s*n|an(?=\\s*[:\\-–—])|author'?s?'?\\s*notes?|authors?\\s+notes?|notes?|disclaimer)"
                    + "\\s*[:\\-–—)\\]]+[*_]*\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Phrases with which writers talk to their readers about the story. */
    private static final Pattern TALK = Pattern.compile(String.join("|",
            "\\bmy (very )?first\\b",
            "\\bhope (you|u|y'all|everyone)( all| guys)? (enjoy|like|liked|enjoyed)",
            "\\benjoy(ed)? (it|the (story|chapter|fic))\\b",
            "\\bshould i (continue|make|write|update|keep|do)\\b",
            "\\bplease (review|comment|leave)",
            "\\breview(s)? (please|are|would be)\\b",
            "\\bread (and|&) review\\b", "\\br ?& ?r\\b",
            "\\bhow was it\\b", "\\bwhat did you (guys )?think\\b", "\\blet me know\\b",
            "\\bthanks? (you )?(so much )?for (reading|the reviews|all the)",
            "\\bi (don'?t|do not) own\\b", "\\bno copyright\\b", "\\bbelongs? to\\b.*\\b(not me|owner)",
            "\\b(this|the|next|last) (story|fic|fanfic|one-?shot|chapter|update) (is|was|will)\\b",
            "\\b(two|three|multi)[- ]?(shot|chapter)",
            "\\bupdate (soon|next)\\b", "\\bkudos\\b", "\\bfanfic(tion)?\\b",
            "\\b(dear )?readers\\b", "\\byou guys\\b"), Pattern.CASE_INSENSITIVE);

    private static final Pattern QUOTE = Pattern.compile("[\"“”„«»]");

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

    /** A paragraph without a marker that still reads as the author talking to readers. */
    static boolean talksToReaders(String paragraph) {
        return !QUOTE.matcher(paragraph).find() && TALK.matcher(paragraph).find();
    }
}
