package org.quire.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nothing lost: every word of every {@link SourceWords.Unit} must be found in the book, in order.
 * A unit is first located where its opening words stand together; each next word must then follow
 * within {@link #WINDOW} words, room enough for a page's footnotes, running head and folio between
 * two words of one paragraph. A chapter's text is looked for only after the chapter before it,
 * so chapters out of reading order count as lost.
 */
public final class Fidelity {
    /**
     * How far the next word may be from the last one found: past a page's footnotes, which on an
     * A5 page at 9 pt can hold 600 words (a long note split across pages).
     */
    static final int WINDOW = 800;
    private static final int PROBES = 12;
    /** Words this close to the last one found are taken without asking the next word. */
    private static final int NEAR = 12;
    /** How far back a word set out of order (cells of one table row) may stand. */
    private static final int BEHIND = 40;
    /** How far the rest of a word hyphenated at a page's foot may be: past two pages of footnotes. */
    static final int NOTES_WINDOW = 2000;

    /** What was kept: counts, the first words missed with where they were, and known gaps set aside. */
    public record Result(int words, int kept, List<String> missing, List<String> gaps) {
        public double percent() {
            return words == 0 ? 100 : 100.0 * kept / words;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d of %d words kept (%.3f%%)%s%s", kept, words, percent(),
                    gaps.isEmpty() ? "" : "; set aside as known gaps: " + String.join(", ", gaps),
                    missing.isEmpty() ? "" : "; missing: " + String.join("; ", missing));
        }
    }

    private final BookWords.Sequence book;
    private final java.util.BitSet taken = new java.util.BitSet();
    private final Map<String, List<Integer>> positions = new HashMap<>();

    public Fidelity(BookWords.Sequence book) {
        this.book = book;
        for (int i = 0; i < book.size(); i++) {
            positions.computeIfAbsent(book.words().get(i), k -> new ArrayList<>()).add(i);
        }
    }

    public Result check(List<SourceWords.Unit> units) {
        return check(units, word -> false);
    }

    /**
     * Words holding a character the build warned it cannot draw (MISSING-GLYPH, "U+05D7"): the
     * edition's known gap, each one already reported to the writer at its file, line and column.
     */
    /**
     * "Zalgo" words of a source text: words where some letter carries three or more combining
     * marks. Quire's typesetter draws the stacks, but its ToUnicode gives each glyph one text, so
     * the marks read back apart from their letters: such words are a known gap of the PDF's text
     * (the EPUB keeps them).
     */
    public static java.util.function.Predicate<String> stackedMarks(String source) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String token : source.split("\\s+")) {
            if (token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.MYANMAR)) {
                continue; // Myanmar stacks marks as a rule: its words are compared by their letters (BookWords)
            }
            int run = 0;
            for (int c : token.codePoints().toArray()) {
                run = Character.getType(c) == Character.NON_SPACING_MARK ? run + 1 : 0;
                if (run >= 3) {
                    words.addAll(BookWords.tokens(token));
                    break;
                }
            }
        }
        return words::contains;
    }

    /**
     * Words joined to the next by a zero-width non-joiner (Persian "موج‌ها"): the PDF draws the
     * non-joiner as nothing (the letters on either side simply do not join), so its text reads
     * the two parts as one word: a known gap of the PDF's text (the EPUB keeps the character).
     */
    public static java.util.function.Predicate<String> nonJoined(String source) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String token : source.split("\\s+")) {
            if (token.indexOf('\u200C') >= 0) {
                words.addAll(BookWords.tokens(token));
            }
        }
        return words::contains;
    }

    /**
     * Hebrew words with a holam (U+05B9, U+05BA: "כּוֹתֵב", "תֹהוּ"): the font sets the point at its
     * letter's top left, over the next letter, and a reader that orders glyphs by position
     * (PDFBox's PDFTextStripper) gives it to that letter. The glyphs are in logical order in the
     * content stream, so the structure tree reads the word whole (TaggedFidelityIT).
     */
    public static java.util.function.Predicate<String> holam(String source) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String token : source.split("\\s+")) {
            if (token.indexOf('\u05B9') >= 0 || token.indexOf('\u05BA') >= 0) {
                words.addAll(BookWords.tokens(token));
            }
        }
        return words::contains;
    }

    public static java.util.function.Predicate<String> warnedUnprintable(List<String> warnings) {
        java.util.Set<Integer> missing = new java.util.HashSet<>();
        java.util.Set<String> scripts = new java.util.HashSet<>();
        java.util.regex.Pattern codePoint = java.util.regex.Pattern.compile("U\\+([0-9A-F]{4,6})");
        java.util.regex.Pattern script = java.util.regex.Pattern.compile("can draw ([A-Z][a-z]+(?: [A-Z][a-z]+)*) script");
        for (String warning : warnings) {
            if (!warning.contains("[MISSING-GLYPH]")) {
                continue;
            }
            java.util.regex.Matcher matcher = codePoint.matcher(warning);
            while (matcher.find()) {
                missing.add(Integer.parseInt(matcher.group(1), 16));
            }
            java.util.regex.Matcher named = script.matcher(warning);
            if (named.find()) {
                scripts.add(named.group(1).toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
            }
        }
        return word -> word.codePoints().anyMatch(c -> missing.contains(c)
                || scripts.contains(Character.UnicodeScript.of(c).name()));
    }

    /**
     * Like {@link #check(List)}, with words the edition is known not to hold yet (a script its
     * fonts cannot draw, each such character a MISSING-GLYPH warning) counted apart, not as kept.
     */
    public Result check(List<SourceWords.Unit> units, java.util.function.Predicate<String> knownGap) {
        int words = 0;
        int kept = 0;
        List<String> missing = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int lastChapter = -1;
        for (SourceWords.Unit unit : units) {
            List<String> unitWords = unit.words();
            words += unitWords.size();
            // A chapter follows the one before it (an introduction may quote its opening line).
            int start = locate(unitWords, unit.chapterText() ? Math.max(0, lastChapter) : 0);
            if (unit.chapterText() && start >= 0) {
                lastChapter = start;
            }
            int at = start;
            for (int i = 0; i < unitWords.size(); i++) {
                if (knownGap.test(unitWords.get(i))) {
                    gaps.add(unitWords.get(i));
                    words--;
                    continue;
                }
                int found = at < 0 ? -1 : confirmed(unitWords, i, at);
                if (found < 0 && at > 0 && behind(unitWords.get(i), at)) {
                    kept++;
                    continue; // set just before: a table cell drawn beside a cell broken over lines
                }
                if (found < 0) {
                    if (missing.size() < 20) {
                        missing.add(unit.name() + " #" + i + " '" + unitWords.get(i) + "' after '"
                                + String.join(" ", unitWords.subList(Math.max(0, i - 5), i)) + "'");
                    }
                } else {
                    kept++;
                    taken.set(found - 1);
                    at = found;
                }
            }
        }
        return new Result(words, kept, missing, gaps);
    }

    /**
     * Where a unit starts: the first place its opening words stand next to each other, else
     * the first place they stand in order nearby, else the first place its first word stands
     * (joined across a line break if it must be).
     */
    private int locate(List<String> words, int from) {
        if (words.isEmpty()) {
            return from;
        }
        List<Integer> candidates = new ArrayList<>(positions.getOrDefault(words.get(0), List.of()));
        candidates.removeIf(candidate -> candidate < from);
        if (candidates.isEmpty()) {
            for (int i = from; i < book.size(); i++) {
                if (find(words.get(0), i, 1) >= 0) {
                    candidates.add(i);
                }
            }
        }
        for (int gap : new int[] {3, 60}) {
            for (int candidate : candidates) {
                if (opensAt(words, candidate, gap)) {
                    return candidate;
                }
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(0);
    }

    private boolean opensAt(List<String> words, int candidate, int gap) {
        int at = find(words.get(0), candidate, 1);
        for (int i = 1; i < Math.min(PROBES, words.size()) && at >= 0; i++) {
            at = find(words.get(i), at, gap);
        }
        return at >= 0;
    }

    /**
     * Where word {@code i} stands after {@code from}. Close by, the first place is taken; further
     * on (past a page's footnotes, or because the word is lost) only a place the next word
     * follows closely, so that a lost word is not matched far ahead, dragging every word after it
     * out of place.
     */
    private int confirmed(List<String> words, int i, int from) {
        int at = from;
        while (at >= 0 && at < from + WINDOW) {
            int found = find(words.get(i), at, from + WINDOW - at);
            if (found < 0) {
                return -1;
            }
            if (found - from <= NEAR || i + 1 == words.size() || find(words.get(i + 1), found, 3) >= 0) {
                return found;
            }
            at = found;
        }
        return -1;
    }

    /** The index after the last piece when the rest of {@code word} from {@code from} follows in pieces, else -1. */
    private int assemble(String word, int done, int from) {
        List<String> words = book.words();
        for (int j = from; j < Math.min(words.size(), from + 20); j++) {
            String piece = words.get(j);
            if (word.startsWith(piece, done) && !piece.isEmpty()) {
                if (done + piece.length() == word.length()) {
                    return j + 1;
                }
                int end = assemble(word, done + piece.length(), j + 1);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Whether {@code word} stands among the few words just before {@code at}, not yet taken. */
    private boolean behind(String word, int at) {
        for (int i = at - 1; i >= Math.max(0, at - BEHIND); i--) {
            if (book.words().get(i).equals(word) && !taken.get(i)) {
                taken.set(i);
                return true;
            }
        }
        return false;
    }

    /** Thai, Lao, Myanmar and Khmer, written without spaces between words (UAX #14 SA). */
    private static boolean southEastAsian(int c) {
        return c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF;
    }

    private int find(String word, int from) {
        return find(word, from, WINDOW);
    }

    /**
     * Whether the book's {@code here} is the source's {@code word}. A footnote call's number
     * follows its word without a space: "lens1" is "lens", and so is "lens" hyphenated "le-" "ns1".
     */
    private static boolean same(String here, String word) {
        return here.equals(word) || (here.startsWith(word) && here.substring(word.length()).matches("\\d{1,3}"));
    }

    /** The index after {@code word} when it stands within {@code window} words of {@code from}, else -1. */
    private int find(String word, int from, int window) {
        List<String> words = book.words();
        int end = Math.min(words.size(), from + window);
        for (int i = from; i < end; i++) {
            String here = words.get(i);
            // The figures of a word set below or above the line are read apart: "H O" and "2" for H2O.
            if (same(here, word) || (word.length() > 2 && here.equals(word.replaceAll("\\d", "")) && !here.isEmpty())) {
                return i + 1;
            }
            String letters = word.replaceAll("\\d", "");
            if (!letters.equals(word) && !here.isEmpty() && letters.startsWith(here) && letters.length() > here.length()) {
                int assembled = assemble(letters, here.length(), i + 1);
                if (assembled > 0) {
                    return assembled;
                }
            }
            // A word hyphenated at the foot of a page goes on after the page's footnotes.
            if (book.hyphenated()[i] && word.startsWith(here) && word.length() > here.length()) {
                String rest = word.substring(here.length());
                for (int j = i + 1; j < Math.min(words.size(), i + NOTES_WINDOW); j++) {
                    if (same(words.get(j), rest)) {
                        return j + 1;
                    }
                }
            }
            // A word broken in a table cell goes on under it, with other cells' words between. A word
            // of Thai, Lao, Khmer or Myanmar is read in pieces of any length: a justified line opens
            // between its dictionary words, which text extraction reads as spaces.
            if ((here.length() >= 3 || here.codePoints().anyMatch(Fidelity::southEastAsian)) && word.startsWith(here)
                    && word.length() > here.length()) {
                int assembled = assemble(word, here.length(), i + 1);
                if (assembled > 0) {
                    return assembled;
                }
            }
            // A word broken at a line's end, with or without a hyphen, is joined back.
            if (book.endsLine()[i] && word.startsWith(here)) {
                String joined = here;
                for (int j = i + 1; j < words.size() && j <= i + 3 && joined.length() < word.length(); j++) {
                    joined += words.get(j);
                    if (same(joined, word)) {
                        return j + 1; // (a note's number may follow the joined word: "itadaki-" "masu6")
                    }
                    if (!book.endsLine()[j]) {
                        break;
                    }
                }
            }
        }
        return -1;
    }
}
