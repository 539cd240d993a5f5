package org.quire.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that start a chapter in a writer's text, as the plain-text, Word and EPUB readers find
 * them: "Chapter 3", "Chapter Three: The Storm", "~*~ Chapter 2 ~*~", "— Chapter 1 —", "Ch. 1",
 * "Part One", "Prologue", the same words in German, French, Spanish, Italian, Portuguese, Dutch,
 * Polish and Russian ("Kapitel 1", "Chapitre 1", "Capítulo 1"), Chinese and Japanese numbered
 * chapters ("第一章", "第3話"), and bare numbers ("1", "1.", "I.", "II") when they count up from
 * one through the text, so a lone "1" in a list of things is not taken for one.
 */
final class ChapterLines {
    /** A chapter line is short: a line of text longer than this is prose. */
    static final int MAX_LENGTH = 100;
    private static final String DECOR = "[~*=#_\\-–—•·+<>|\\s]";
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final String WORDS = "(?:chapter|chap|part|book|kapitel|teil|chapitre|partie|livre|cap[ií]tulo|parte"
            + "|capitolo|hoofdstuk|deel|rozdzia[łl]|część|глава|часть)\\s+|(?:ch|chap|cap|kap)\\.\\s*";
    private static final String OPENINGS = "prologue|prolog|pr[óo]logo|proloog|epilogue|epilog|[ée]pilogue|ep[íi]logo"
            + "|epiloog|interlude|intermezzo|pr[ée]face";
    static final Pattern CHAPTER = Pattern.compile("^" + DECOR + "*("
            + "(?:" + WORDS + ")(?:\\d+|[ivxlc]+|" + NUMBER_WORD + ")\\b(?:\\s*[:.\\-–—]\\s*.*?)?"
            + "|(?:" + OPENINGS + ")\\b.*?"
            + "|第[0-9０-９〇零一二三四五六七八九十百千两]+[章回节節话話卷部幕](?:[\\s:：、].*?)?"
            + ")" + DECOR + "*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DECORATION = Pattern.compile("[\\s~*=#_\\-–—•·+<>|]+$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^" + DECOR + "*(\\d{1,3}|[IVXLC]{1,7})\\.?" + DECOR + "*$");

    private ChapterLines() {
    }

    /** The chapter's title if {@code line} is a chapter line of its own ("Chapter 1: The Storm"). */
    static Optional<String> title(String line) {
        if (line.length() > MAX_LENGTH || line.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Matcher chapter = CHAPTER.matcher(line.strip());
        if (!chapter.matches()) {
            return Optional.empty();
        }
        String title = DECORATION.matcher(chapter.group(1)).replaceAll("").strip();
        return Optional.of(title.replaceFirst("^(\\S+\\s+\\S+)\\.$", "$1")); // "Chapter 1." → "Chapter 1"
    }

    /**
     * Which of {@code lines} are bare chapter numbers: those that count 1, 2, 3… (or I, II, III…)
     * in order; at least two, else none.
     */
    static Set<Integer> numbered(List<String> lines) {
        Set<Integer> found = new HashSet<>();
        for (boolean roman : new boolean[] {false, true}) {
            Set<Integer> chain = new HashSet<>();
            int expected = 1;
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = BARE_NUMBER.matcher(lines.get(i).strip());
                if (matcher.matches() && matcher.group(1).matches(roman ? "[IVXLC]+" : "\\d+")
                        && value(matcher.group(1)) == expected) {
                    chain.add(i);
                    expected++;
                }
            }
            if (chain.size() >= 2) {
                found.addAll(chain);
            }
        }
        return found;
    }

    private static final Pattern NUMBERED = Pattern.compile("^(?:" + WORDS + ")(\\d+|[ivxlc]+|" + NUMBER_WORD + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> WORD_NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /**
     * The number of a chapter line's title ("Chapter 2", "Chapter Two: …", "II", "第二章"), or 0
     * when it has none Quire can read (a "Prologue", a number word past twelve).
     */
    static int number(String title) {
        String text = title.strip();
        Matcher numbered = NUMBERED.matcher(text);
        Matcher bare = BARE_NUMBER.matcher(text);
        String number = numbered.find() ? numbered.group(1) : bare.matches() ? bare.group(1) : "";
        if (number.matches("\\d+")) {
            return Integer.parseInt(number);
        }
        if (number.matches("(?i)[ivxlc]+")) {
            return value(number.toUpperCase(java.util.Locale.ROOT));
        }
        int word = WORD_NUMBERS.indexOf(number.toLowerCase(java.util.Locale.ROOT));
        if (word >= 0) {
            return word + 1;
        }
        Matcher han = Pattern.compile("^第([一二三四五六七八九十])[章回节節话話卷部幕]").matcher(text);
        return han.find() ? "一二三四五六七八九十".indexOf(han.group(1)) + 1 : 0;
    }

    /** A bare number's title as written, without its full stop: "1.", "IV". */
    static String bareTitle(String line) {
        Matcher matcher = BARE_NUMBER.matcher(line.strip());
        return matcher.matches() ? matcher.group(1) : line.strip();
    }

    private static int value(String number) {
        if (number.matches("\\d+")) {
            return Integer.parseInt(number);
        }
        int total = 0;
        int previous = 0;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = switch (number.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return total;
    }
}
