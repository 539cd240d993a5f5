package org.quire.importer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Emphasis, strong, struck and underlined text written as Markdown a writer can keep editing,
 * without changing a character of the text around it.
 *
 * <p>Readers put a mark's {@link #open} and {@link #close} placeholders (Unicode noncharacters,
 * which no text holds) tight around the marked text; {@link #resolve} then turns each pair into
 * {@code *…*}, {@code **…**} or {@code ~~…~~} where CommonMark reads that back as the same
 * emphasis (§6.2: the opening run left-flanking, the closing one right-flanking, no other
 * {@code *} or {@code ~} touching it), and into {@code <em>}, {@code <strong>} or {@code <del>}
 * where it would not, as in {@code <em>Stop.</em>He}. Underlining has no Markdown: always
 * {@code <u>}. Spaces just inside a mark move outside it, and a mark around nothing goes.
 * (flexmark's converter writes {@code *Yes* ,} for {@code <em>Yes</em>,}, vsch/flexmark-java#422.)
 */
final class InlineMarks {
    /** A kind of mark, with its Markdown delimiter (or none) and its HTML tags. */
    enum Mark {
        EM("*", "em"), STRONG("**", "strong"), STRUCK("~~", "del"), UNDERLINE("", "u");

        final String delimiter;
        final String tag;

        Mark(String delimiter, String tag) {
            this.delimiter = delimiter;
            this.tag = tag;
        }

        char open() {
            return (char) (FIRST + 2 * ordinal());
        }

        char close() {
            return (char) (FIRST + 2 * ordinal() + 1);
        }
    }

    /** U+FDD0…U+FDD7: noncharacters, "permanently reserved for internal use" (Unicode §23.7). */
    private static final char FIRST = '\uFDD0';
    private static final char LAST = (char) (FIRST + 2 * Mark.values().length - 1);

    private InlineMarks() {
    }

    static String open(Mark mark) {
        return String.valueOf(mark.open());
    }

    static String close(Mark mark) {
        return String.valueOf(mark.close());
    }

    /** True for a placeholder character. */
    static boolean isPlaceholder(char c) {
        return c >= FIRST && c <= LAST;
    }

    /**
     * Text with every noncharacter of U+FDD0…U+FDEF removed: a file that smuggled one in cannot
     * pose as a mark or a block (they are never text, Unicode §23.7).
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\uFDD0' && text.charAt(i) <= '\uFDEF') {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Replaces every pair of placeholders in {@code text} with Markdown or HTML; unpaired ones go. */
    static String resolve(String text) {
        StringBuilder chars = new StringBuilder(text);
        int[] partner;
        boolean dropped;
        do {
            tighten(chars);
            partner = pair(chars);
            dropped = false;
            for (int i = chars.length() - 1; i >= 0; i--) {
                if (isPlaceholder(chars.charAt(i)) && partner[i] < 0) {
                    chars.deleteCharAt(i); // unpaired, around nothing, or joined: nothing to write
                    dropped = true;
                }
            }
        } while (dropped);
        boolean[] markdown = decide(chars, partner);
        StringBuilder out = new StringBuilder(chars.length() + 16);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (!isPlaceholder(c)) {
                out.append(c);
            } else {
                Mark mark = Mark.values()[(c - FIRST) / 2];
                boolean opening = (c - FIRST) % 2 == 0;
                if (markdown[opening ? i : partner[i]]) {
                    out.append(mark.delimiter);
                } else {
                    out.append(opening ? "<" + mark.tag + ">" : "</" + mark.tag + ">");
                }
            }
        }
        return out.toString();
    }

    /**
     * For each opening placeholder, whether its pair is written as Markdown. Inside a pair written
     * with the same delimiter character, a pair must open and close unambiguously, or the outer
     * pair's closing run would be taken for it (CommonMark §6.2, "process emphasis").
     */
    private static boolean[] decide(StringBuilder chars, int[] partner) {
        boolean[] markdown = new boolean[chars.length()];
        Deque<Integer> active = new ArrayDeque<>();
        for (int i = 0; i < chars.length(); i++) {
            while (!active.isEmpty() && partner[active.peek()] < i) {
                active.pop();
            }
            char c = chars.charAt(i);
            if (!isPlaceholder(c) || (c - FIRST) % 2 != 0 || partner[i] < 0) {
                continue;
            }
            Mark mark = Mark.values()[(c - FIRST) / 2];
            if (mark.delimiter.isEmpty()) {
                continue;
            }
            boolean nested = false;
            for (int outer : active) {
                Mark other = Mark.values()[(chars.charAt(outer) - FIRST) / 2];
                nested |= other.delimiter.charAt(0) == mark.delimiter.charAt(0);
            }
            if (!nested && joinsInner(chars, partner, i)) {
                markdown[i] = true; // ***x***: the inner pair is written with it
                markdown[i + 1] = true;
                active.push(i);
                active.push(i + 1);
                i++;
                continue;
            }
            markdown[i] = fits(chars, partner, i, partner[i], mark, nested);
            if (markdown[i]) {
                active.push(i);
            }
        }
        return markdown;
    }

    /** Moves spaces and line ends just inside a mark to outside it: {@code <em>Yes </em>} is {@code *Yes* }. */
    private static void tighten(StringBuilder chars) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i + 1 < chars.length(); i++) {
                char c = chars.charAt(i);
                char next = chars.charAt(i + 1);
                if (isPlaceholder(c) && (c - FIRST) % 2 == 0 && isWhitespace(next)) {
                    chars.setCharAt(i, next);
                    chars.setCharAt(i + 1, c);
                    moved = true;
                } else if (isPlaceholder(next) && (next - FIRST) % 2 == 1 && isWhitespace(c)) {
                    chars.setCharAt(i, next);
                    chars.setCharAt(i + 1, c);
                    moved = true;
                }
            }
        }
    }

    /**
     * Each placeholder's partner index, or -1: pairs nest as the elements they came from did.
     * A pair around nothing, and a close met at once by an open of the same mark
     * ({@code <em>a</em><em>b</em>}), are dropped or joined.
     */
    private static int[] pair(StringBuilder chars) {
        int[] partner = new int[chars.length()];
        java.util.Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (!isPlaceholder(c)) {
                continue;
            }
            if ((c - FIRST) % 2 == 0) {
                open.push(i);
            } else if (!open.isEmpty() && chars.charAt(open.peek()) == c - 1) {
                int start = open.pop();
                if (!isEmpty(chars, start, i)) {
                    partner[start] = i;
                    partner[i] = start;
                }
            }
        }
        for (int i = 0; i + 1 < chars.length(); i++) {
            char c = chars.charAt(i);
            if (partner[i] >= 0 && isPlaceholder(c) && (c - FIRST) % 2 == 1 && chars.charAt(i + 1) == c - 1
                    && partner[i + 1] >= 0) {
                // </em><em>: one mark from the first open to the second close
                int start = partner[i];
                int end = partner[i + 1];
                partner[start] = end;
                partner[end] = start;
                partner[i] = -1;
                partner[i + 1] = -1;
            }
        }
        return partner;
    }

    private static boolean isEmpty(StringBuilder chars, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!isPlaceholder(chars.charAt(i)) && !isWhitespace(chars.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code delimiter} at both ends reads back as this mark: the opening run can open
     * (left-flanking), the closing run can close (right-flanking), and no character outside the
     * pair is one of the delimiter's own, which would join its run.
     */
    private static boolean fits(StringBuilder chars, int[] partner, int openAt, int closeAt, Mark mark,
                                boolean nested) {
        char delimiter = mark.delimiter.charAt(0);
        int before = neighbour(chars, openAt, -1);
        int first = neighbour(chars, openAt, 1);
        int last = neighbour(chars, closeAt, -1);
        int after = neighbour(chars, closeAt, 1);
        if (before == delimiter || after == delimiter || first == delimiter || last == delimiter
                || outsideMark(chars, openAt, -1, delimiter) || outsideMark(chars, closeAt, 1, delimiter)) {
            return false;
        }
        boolean opens = flanking(before, first);
        boolean closes = flanking(after, last);
        if (nested) {
            // the opening run must not be able to close, nor the closing run to open
            return opens && closes && !flanking(first, before) && !flanking(last, after);
        }
        return opens && closes;
    }

    /**
     * Whether a delimiter run with {@code inside} on one side and {@code outside} on the other is
     * flanking towards {@code inside}: left-flanking for an opening run, right-flanking for a closing one.
     */
    private static boolean flanking(int outside, int inside) {
        return !isWhitespace(inside) && (!isPunctuation(inside) || isWhitespace(outside) || isPunctuation(outside));
    }

    /**
     * Emphasis exactly around strong text, or the other way round, as one run of three:
     * {@code ***x***}, when both runs can only open and only close.
     */
    private static boolean joinsInner(StringBuilder chars, int[] partner, int open) {
        int inner = open + 1;
        int close = partner[open];
        if (inner >= chars.length() || !isPlaceholder(chars.charAt(inner)) || partner[inner] != close - 1) {
            return false;
        }
        Mark outer = Mark.values()[(chars.charAt(open) - FIRST) / 2];
        Mark within = Mark.values()[(chars.charAt(inner) - FIRST) / 2];
        if (outer.delimiter.isEmpty() || within.delimiter.isEmpty()
                || outer.delimiter.charAt(0) != '*' || within.delimiter.charAt(0) != '*' || outer == within) {
            return false;
        }
        int before = neighbour(chars, open, -1);
        int first = neighbour(chars, inner, 1);
        int last = neighbour(chars, close - 1, -1);
        int after = neighbour(chars, close, 1);
        return before != '*' && after != '*' && first != '*' && last != '*'
                && !outsideMark(chars, open, -1, '*') && !outsideMark(chars, close, 1, '*')
                && flanking(before, first) && !flanking(first, before) && flanking(after, last) && !flanking(last, after);
    }

    /** Whether the placeholder next to {@code at} (outside the pair) stands for a mark using {@code delimiter}. */
    private static boolean outsideMark(StringBuilder chars, int at, int step, char delimiter) {
        int i = at + step;
        if (i < 0 || i >= chars.length() || !isPlaceholder(chars.charAt(i))) {
            return false;
        }
        Mark next = Mark.values()[(chars.charAt(i) - FIRST) / 2];
        return !next.delimiter.isEmpty() && next.delimiter.charAt(0) == delimiter;
    }

    /**
     * The character next to {@code at} in direction {@code step}: a placeholder stands for
     * punctuation ({@code *}, {@code ~} or {@code <}), a line's end for whitespace (-1 is "none").
     */
    private static int neighbour(StringBuilder chars, int at, int step) {
        int i = at + step;
        if (i < 0 || i >= chars.length()) {
            return ' ';
        }
        char c = chars.charAt(i);
        return isPlaceholder(c) ? '<' : c;
    }

    /** Unicode whitespace as CommonMark means it: Zs, tab, line feed, form feed, carriage return. */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** ASCII punctuation and Unicode P categories (CommonMark §2.1, as flexmark reads it). */
    static boolean isPunctuation(int c) {
        if (c < 128) {
            return c > 32 && c < 127 && !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
