package org.quire.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an author's note from story text in pasted fan fiction. "Never take story text for a
 * note" outranks "find every note", so only strong signals count:
 *
 * <ul>
 *   <li>a marker: {@code A/N:}, {@code ~A/N~}, {@code (A/N: …)}, {@code AN//}, {@code Author's
 *       note:}, {@code Note:}, {@code Disclaimer:}, a warning label ({@code TW:}, {@code CW:},
 *       {@code Trigger warning:}), and the same in German, French and Spanish
 *       ({@code Anmerkung der Autorin:}, {@code N/A:}, {@code Nota de la autora:});</li>
 *   <li>without one, words only an author says to readers about the writing: "please review",
 *       "thanks for reading", "let me know what you think", "should I continue", "hope you
 *       enjoy", "sorry for the wait", "my first fic", "don't forget to vote"; or a word of
 *       fan-fiction publishing (fic, one-shot, update, reviews, kudos, beta, sequel) said to the
 *       readers ("you", "guys", "everyone").</li>
 * </ul>
 *
 * A paragraph with dialogue (quotation marks of any script, a "she said") is never a note, and
 * narration that speaks to a reader of "this story" ("Dear reader", "I hope you'll forgive me")
 * is story text: it names nothing of the publishing.
 */
final class NoteGuesser {
    /** What a marker says the paragraph is. */
    enum Kind { NOTE, DISCLAIMER, WARNING }

    /** A marker: the text to remove (or keep, for a warning label), its kind, and whether brackets close at the end. */
    record Marker(String text, Kind kind, char closing) {
        /** The note's text: the paragraph without its marker (a warning keeps its label) and closing bracket. */
        String strip(String paragraph) {
            String rest = kind == Kind.WARNING ? paragraph.strip() : paragraph.substring(text.length()).strip();
            if (closing != 0 && rest.endsWith(String.valueOf(closing))) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            return rest;
        }
    }

    private static final String LEAD = "^(?<lead>[\\s*_~=+#•·(\\[\\p{So}\\p{Sk}\\uFE0F\\u200D-]{0,8}?)";
    /** Markers that are notes whatever follows them. */
    private static final String PLAIN = "(?<plain>a\\s*/\\s*n|author'?s?'?\\s*notes?|authors?\\s+notes?"
            + "|anmerkung\\s+(?:der\\s+autorin|des\\s+autors)|note\\s+de\\s+l['’]aut(?:eur|eure|rice)"
            + "|nota\\s+(?:de\\s+la\\s+autora|del\\s+autor|da\\s+autora|do\\s+autor))";
    /** Markers that must be followed by a separator: "Note" and "AN" are words too. */
    private static final String SEPARATED = "(?<word>notes?|n\\s*/\\s*a|anmerkung|nota|disclaimer|haftungsausschluss"
            + "|tw|cw|trigger\\s+warnings?|content\\s+warnings?|warnings?|triggerwarnung|inhaltswarnung)";
    private static final Pattern MARKED = Pattern.compile(LEAD + "(?:" + PLAIN + "(?<sep1>\\s*(?:[:\\-–—~)\\]]+|//+)|(?=\\s))"
            + "|" + SEPARATED + "(?<sep2>\\s*(?::+|\\s[\\-–—]|[~)\\]]+|//+))"
            + "|(?<an>an)\\s*(?::+|~+|//+))[*_~]*\\s*", Pattern.CASE_INSENSITIVE);

    /** Words only an author says to readers about the writing. */
    private static final Pattern OUTRIGHT = Pattern.compile(String.join("|",
            "\\bplease (?:review|comment|vote|r ?& ?r|rate|leave (?:a |some )?(?:review|comment|kudos))",
            "\\bread (?:and|&) review\\b", "(?<![\\p{L}])r ?& ?r\\b", "\\bi (?:don'?t|do not|dont) own\\b",
            "\\bno copyright\\b", "\\b(?:all )?(?:the )?characters belong to\\b",
            "\\bthanks?(?: you)?(?: so(?: so)? much)? (?:to )?(?:for|every(?:one|body)|all)\\b.{0,30}"
                    + "\\b(?:reading|review(?:s|ed|ing)?|kudos|comments?|commented|support|favou?rites?|follows?)\\b",
            "\\blet me know (?:what|how) (?:you|u|y'all)(?: guys| all)? (?:think|thought|feel)",
            "\\b(?:should|shall) i (?:continue|keep going|go on|update|write (?:a|the|more)|make (?:it|this) a)[^.!?]{0,60}\\?",
            "\\bhow was it\\s*[?!]", "\\bwhat did (?:you|u)(?: guys| all)? think\\b",
            "\\bhope (?:you|u|y'all|everyone|everybody)(?: guys| all)? (?:enjoy|like|love)(?:d|ed)?\\b",
            "\\benjoy the (?:chapter|story|fic|one-?shot|update|read)\\b",
            "\\bsorry (?:for|about) the (?:long |late )?(?:wait|delay|late update|hiatus)\\b",
            "\\b(?:reviews?|comments?|kudos) (?:(?:are|is) (?:love|loved|appreciated|welcome|always|my|the best|what)"
                    + "|(?:make|keep|feed|mean)s? (?:me|my|the|a lot|so much|everything))",
            "\\b(?:leave|drop) (?:a |me a )?(?:review|comment)\\b",
            "\\b(?:i'?ll|i will|will) update\\b", "\\bupdates? (?:soon|next week|every|weekly|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?)\\b",
            "\\bdon'?t forget to (?:vote|comment|review|leave)\\b", "\\bvote and comment\\b", "\\bqotd\\b",
            "\\b(?:next|new) chapter (?:will be|is|should be|coming) (?:up|out|posted)\\b",
            "\\b(?:this is|it'?s|was) my (?:very )?first\\b.{0,40}\\b(?:fic|fanfic|fanfiction|story|one-?shot|attempt)",
            "\\bcliffhanger\\b.{0,20}\\bsorry\\b"), Pattern.CASE_INSENSITIVE);

    /** Fan-fiction publishing: the writing as posted, not the world of the story. */
    private static final Pattern PUBLISHING = Pattern.compile("\\b(?:fic|fics|fanfic|fanfics|fanfiction|one-?shot|oneshot"
            + "|two-?shot|twoshot|multi-?chapter|kudos|beta'?d|unbeta'?d|ao3|wattpad|ff\\.?net|ooc"
            + "|(?:this|next|last|previous|the new) chapter)\\b", Pattern.CASE_INSENSITIVE);

    /** The readers addressed. */
    private static final Pattern READERS = Pattern.compile(
            "\\b(?:you|u|y'all|ya|guys|everyone|everybody|readers|lovelies|darlings|peeps)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Dialogue: a double quotation mark of any script, a single one opening a quotation
     * ({@code ‘} or a straight {@code '} before a word's first letter), or a dialogue tag.
     */
    private static final Pattern DIALOGUE = Pattern.compile(
            "[\"“”„«»‹›‘「『]|(^|[\\s(—–-])'\\p{L}|\\b(said|asked|replied|whispered|shouted|yelled|muttered|told)\\b",
            Pattern.CASE_INSENSITIVE);

    private NoteGuesser() {
    }

    /** The marker a marked note starts with ({@code A/N:}), if the paragraph has one and text after it. */
    static Optional<String> marker(String paragraph) {
        return find(paragraph).filter(m -> m.text().length() < paragraph.strip().length()).map(Marker::text);
    }

    /** The paragraph's marker, when it starts with one (with or without text after it). */
    static Optional<Marker> find(String paragraph) {
        Matcher matcher = MARKED.matcher(paragraph);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String name = matcher.group("plain") != null ? matcher.group("plain")
                : matcher.group("word") != null ? matcher.group("word") : matcher.group("an");
        String lead = matcher.group("lead");
        char closing = lead.contains("(") ? ')' : lead.contains("[") ? ']' : 0;
        return Optional.of(new Marker(paragraph.substring(0, matcher.end()).strip(), kind(name), closing));
    }

    /** A paragraph that is only a marker ("A/N:" on a line of its own): the note is what follows. */
    static boolean isBare(String paragraph) {
        return find(paragraph).filter(m -> m.text().length() >= paragraph.strip().length()).isPresent();
    }

    private static Kind kind(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("disclaimer") || lower.startsWith("haftungsausschluss")) {
            return Kind.DISCLAIMER;
        }
        return lower.matches("tw|cw|.*warn.*") ? Kind.WARNING : Kind.NOTE;
    }

    static boolean isDisclaimer(String marker) {
        return find(marker).map(m -> m.kind() == Kind.DISCLAIMER).orElse(false);
    }

    /** A paragraph without a marker that still reads as the author talking to readers about the writing. */
    static boolean talksToReaders(String paragraph) {
        if (DIALOGUE.matcher(paragraph).find()) {
            return false;
        }
        return OUTRIGHT.matcher(paragraph).find()
                || PUBLISHING.matcher(paragraph).find() && READERS.matcher(paragraph).find();
    }
}
