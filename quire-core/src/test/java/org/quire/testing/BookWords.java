package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's text as a sequence of words, compared case-insensitively after Unicode compatibility
 * normalisation (a ligature ﬁ reads as fi). A word of a PDF that ends a line remembers it, so a
 * word broken across lines ("won-" "derful") can be joined back.
 */
public final class BookWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern ZALGO = Pattern.compile("\\p{M}{3,}");
    private static final Pattern MYANMAR = Pattern.compile("\\p{IsMyanmar}");

    /**
     * The words, and for each whether it ends a line, and whether it does so with a hyphen
     * (always false for an EPUB).
     */
    public record Sequence(List<String> words, boolean[] endsLine, boolean[] hyphenated) {
        public int size() {
            return words.size();
        }
    }

    private BookWords() {
    }

    /** Words of plain text. Invisible characters (soft hyphen, zero width space, word joiner) are not separators. */
    public static List<String> tokens(String text) {
        return sequence(text).words();
    }

    public static Sequence epub(Path epub) throws IOException {
        return sequence(BookText.epubText(epub).replace('\n', ' '));
    }

    /** The PDF's words page by page, without running heads and folios ({@code runningHeads}: the lines to drop). */
    public static Sequence pdf(Path pdf, List<String> runningHeads) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String page : PdfPages.text(pdf)) {
            text.append(PdfPages.body(page, runningHeads)).append('\n');
        }
        return sequence(text.toString());
    }

    static Sequence sequence(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replaceAll("[\u00AD\u200B\u2060\uFEFF\uFE00-\uFE0F]", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        List<Boolean> hyphens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (matcher.group().codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                continue; // a mark over punctuation (the brow of a kaomoji) is not a word
            }
            // Zalgo text stacks marks that PDF text extraction reorders or drops: compared by its letters.
            // So is Myanmar, whose syllables stack three marks as a rule (ွား): a word broken over
            // two lines must read the same in its two pieces as whole.
            words.add(ZALGO.matcher(matcher.group()).find() || MYANMAR.matcher(matcher.group()).find()
                    ? matcher.group().replaceAll("\\p{M}", "") : matcher.group());
            int after = matcher.end();
            boolean hyphen = after < text.length() && text.charAt(after) == '-';
            if (hyphen) {
                after++;
            }
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            boolean end = after >= text.length() || text.charAt(after) == '\n';
            ends.add(end);
            hyphens.add(end && hyphen);
        }
        boolean[] endsLine = new boolean[ends.size()];
        boolean[] hyphenated = new boolean[ends.size()];
        for (int i = 0; i < endsLine.length; i++) {
            endsLine[i] = ends.get(i);
            hyphenated[i] = hyphens.get(i);
        }
        return new Sequence(words, endsLine, hyphenated);
    }
}
