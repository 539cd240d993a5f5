package org.quire.typeset.lines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;

/**
 * Turns a paragraph's styled text into Knuth–Plass items and breaks it into lines: words are
 * shaped piece by piece (one piece per style, font and stretch between break points), spaces
 * become glue, and a line may break at spaces, after typed hyphens and dashes, at soft hyphens,
 * at Liang's hyphenation points and, when nothing else fits, inside a word wider than the measure.
 * Text of mixed directions is broken in logical order; each piece is shaped in its run's
 * direction (UAX #9 levels from {@link BidiRules}) and the line's runs are put in visual order
 * when it is drawn ({@link SetParagraph#drawLine}).
 */
public final class ParagraphSetter {
    /** The most a word may take of the measure before it may break anywhere (emergency breaks). */
    private static final float LONG_WORD = 0.95f;
    /** Breaking a word with no hyphen is a last resort: a loose line is better (TeX would leave it underfull). */
    private static final int EMERGENCY_PENALTY = 9000;
    /** The break kind of an opportunity between characters of a script written without spaces: glue, not a penalty. */
    private static final byte BETWEEN_CHARACTERS = 5;

    private final LineBreaker breaker;
    private final BidiRules bidi;

    public ParagraphSetter(BreakParameters parameters) {
        this(parameters, JdkBidi.INSTANCE);
    }

    public ParagraphSetter(BreakParameters parameters, BidiRules bidi) {
        this.breaker = new LineBreaker(parameters);
        this.bidi = bidi;
    }

    /** Sets a paragraph: the text (with '\n' for forced line breaks) and its runs, covering it all in order. */
    public SetParagraph set(String text, List<TextRun> runs, ParagraphSettings settings) {
        Builder b = new Builder(text, runs, settings, bidi.levels(forBidi(text, runs), settings.rightToLeft()));
        b.build();
        float ragged = settings.alignment() == ParagraphSettings.Alignment.JUSTIFY ? 0
                : 3 * b.baseSize;
        LineBreaker lines = settings.parameters() == null ? breaker : new LineBreaker(settings.parameters());
        float first = settings.measure() - settings.indent();
        LineBreaker.Breaks breaks = ragged == 0 ? lines.breakLines(b.items, first, settings.measure())
                : lines.breakLines(b.items, first, settings.measure(), ragged);
        if (settings.alignment() == ParagraphSettings.Alignment.CENTER && breaks.at().length > 1 && breaks.pass() <= 2) {
            breaks = BalancedLines.of(lines, b.items, settings, ragged, breaks);
        }
        return new SetParagraph(text, runs, settings, b.items, b.pieces, b.from, b.to, b.role, breaks.at(), breaks.pass(),
                b.missing, b.levels == null ? null : new SetParagraph.Bidi(b.levels, bidi));
    }

    /**
     * The text as the bidi algorithm sees it: a leader stands as a tab (UAX #9 class S), which
     * rule L1 sets at the paragraph's level, so a contents entry's title and page number are
     * ordered on either side of it as the paragraph runs, even when the title is in the other
     * direction (a Latin title in a Hebrew book: the number stays at the left end).
     */
    private static String forBidi(String text, List<TextRun> runs) {
        char[] chars = null;
        for (TextRun run : runs) {
            if (run.leader() != null) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int i = run.start(); i < run.end(); i++) {
                    chars[i] = '\t';
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * The paragraph set again in {@code delta} lines more (or fewer), its spaces justified within
     * the hyphenating pass's tolerance; null when it cannot be (TeX's {@code \looseness}).
     */
    public SetParagraph loosened(SetParagraph paragraph, int delta) {
        return paragraph.reset(breaker, paragraph.lineCount() + delta);
    }

    /** The paragraph under construction. */
    private static final class Builder {
        final String text;
        final List<TextRun> runs;
        final ParagraphSettings settings;
        final Items items = new Items();
        final List<Piece> pieces = new ArrayList<>();
        int[] from = new int[64];
        int[] to = new int[64];
        byte[] role = new byte[64];
        final boolean[] allowed;
        final float baseSize;
        final java.util.Set<Integer> missing = new java.util.TreeSet<>();
        /** Font expansion for justified text only: ragged lines keep their glyphs as drawn. */
        final float expansion;
        /** Each char's UAX #9 level, or null when the paragraph is all left to right. */
        final byte[] levels;

        Builder(String text, List<TextRun> runs, ParagraphSettings settings, byte[] levels) {
            this.levels = levels;
            this.text = text;
            this.runs = runs;
            this.settings = settings;
            this.allowed = new boolean[text.length() + 1];
            settings.rules().opportunities(text, allowed);
            this.baseSize = runs.isEmpty() ? 10 : runs.get(0).style().size();
            this.expansion = settings.alignment() == ParagraphSettings.Alignment.JUSTIFY && !settings.preserveSpaces()
                    && settings.parameters() != null ? (float) settings.parameters().expansion() : 0;
        }

        private void note(int item, int start, int end, byte kind) {
            if (item >= from.length) {
                int capacity = Math.max(item + 1, from.length * 2);
                from = Arrays.copyOf(from, capacity);
                to = Arrays.copyOf(to, capacity);
                role = Arrays.copyOf(role, capacity);
            }
            from[item] = start;
            to[item] = end;
            role[item] = kind;
        }

        private int runAt(int index, int hint) {
            int r = Math.max(0, hint);
            while (r < runs.size() - 1 && runs.get(r).end() <= index) {
                r++;
            }
            return r;
        }

        void build() {
            int n = text.length();
            int run = 0;
            boolean lineStart = true;
            int i = 0;
            while (i < n) {
                run = runAt(i, run);
                TextRun current = runs.get(run);
                char c = text.charAt(i);
                if (c == '\n') {
                    note(items.penalty(0, Items.INFINITY, (byte) 0, -1), i, i, SetParagraph.NONE);
                    note(items.glue(0, 1e6f, 0, -1), i, i, SetParagraph.NONE);
                    note(items.penalty(0, -Items.INFINITY, (byte) 0, -1), i, i + 1, SetParagraph.NEWLINE);
                    lineStart = true;
                    i++;
                } else if (current.leader() != null) {
                    note(items.glue(0, 1e9f, 0, run), i, i + 1, SetParagraph.LEADER);
                    lineStart = false;
                    i++;
                } else if (c == ' ' && !(settings.preserveSpaces() && lineStart)) {
                    int j = i;
                    while (j < n && text.charAt(j) == ' ' && (settings.preserveSpaces() || j == i)) {
                        j++;
                    }
                    space(i, j, current, run, allowed[j] || j == n);
                    i = j;
                } else if (c == '\u00A0' && !lineStart) {
                    space(i, i + 1, current, run, false);
                    i++;
                } else {
                    int j = i;
                    while (j < n && !endsWord(j, j == i)) {
                        j++;
                    }
                    word(i, Math.max(j, i + 1), run);
                    lineStart = false;
                    i = Math.max(j, i + 1);
                }
            }
            if (items.size() == 0) {
                note(items.box(0, -1), 0, 0, SetParagraph.NONE);
            }
            if (settings.hang() > 0) {
                // The last line may run this far past the measure: a negative kern before the
                // paragraph's end (TeX's \parfillskip set to minus its \rightskip, as LaTeX sets
                // contents entries), after an infinite penalty so no line ends at it.
                note(items.penalty(0, Items.INFINITY, (byte) 0, -1), n, n, SetParagraph.NONE);
                note(items.glue(-settings.hang(), 0, 0, -1), n, n, SetParagraph.NONE);
            }
            int end = items.size();
            items.finish();
            for (int k = end; k < items.size(); k++) {
                note(k, n, n, SetParagraph.NONE);
            }
        }

        private boolean endsWord(int j, boolean first) {
            char c = text.charAt(j);
            return c == '\n' || (!first && (c == ' ' || c == '\u00A0' || runs.get(runAt(j, 0)).leader() != null));
        }

        /** Glue for spaces {@code [i, j)}: one word space, or as many as typed when spaces are kept. */
        private void space(int i, int j, TextRun run, int runIndex, boolean breakable) {
            TextStyle style = run.style();
            FontFace face = style.fonts().primary();
            float width = (face.spaceWidth() * style.size() / 1000f + style.letterSpacing()) * (j - i);
            boolean ragged = settings.alignment() != ParagraphSettings.Alignment.JUSTIFY || settings.preserveSpaces();
            if (!breakable) {
                note(items.penalty(0, Items.INFINITY, (byte) 0, runIndex), i, i, SetParagraph.NONE);
            }
            // TeX's interword glue for a font: stretch half a space, shrink a third (The TeXbook, ch. 12).
            note(items.glue(width, ragged ? 0 : width / 2, ragged ? 0 : width / 3, runIndex), i, j, SetParagraph.SPACE);
        }

        /** A word {@code [i, j)}: pieces of one style and face, boxes between the places it may break. */
        private void word(int i, int j, int runHint) {
            int start = pieces.size();
            int run = runHint;
            int k = i;
            while (k < j) {
                char c = text.charAt(k);
                if (ignorable(c)) {
                    k++;
                    continue;
                }
                run = runAt(k, run);
                TextRun r = runs.get(run);
                FontFace face = faceFor(r.style(), k);
                int e = k + Character.charCount(text.codePointAt(k));
                while (e < j && !ignorable(text.charAt(e)) && e < r.end() && (faceFor(r.style(), e) == face
                        || Character.getType(text.codePointAt(e)) == Character.NON_SPACING_MARK)
                        && (levels == null || levels[e] == levels[k])) {
                    e += Character.charCount(text.codePointAt(e));
                }
                if (face == null) {
                    text.substring(k, e).codePoints().forEach(missing::add);
                }
                String part = text.substring(k, e);
                boolean rtl = levels != null && (levels[k] & 1) != 0;
                FontFace drawing = face == null ? r.style().fonts().primary() : face;
                pieces.add(new Piece(k, e, r.style(), drawing, face == null ? null : shape(drawing, part, rtl), r.tag(),
                        face == null, part, rtl));
                k = e;
            }
            int end = pieces.size();
            if (start == end) {
                return;
            }
            byte[] kinds = new byte[j - i + 1];
            for (int p = i + 1; p < j; p++) {
                if (allowed[p]) {
                    kinds[p - i] = ScriptBreakRules.betweenCharacters(text, p) ? BETWEEN_CHARACTERS
                            : (byte) (text.charAt(p - 1) == '-' || text.charAt(p - 1) == '\u2010' ? 4 : 2);
                } else if (text.charAt(p - 1) == '\u00AD' && pieces.get(start).style.softHyphens()) {
                    kinds[p - i] = 1;
                }
            }
            // A run of Chinese or Thai is as many words as it has breaks between characters: each is
            // measured on its own, and only one wider than the measure may break anywhere.
            int wordStart = i;
            for (int cut = i + 1; cut <= j; cut++) {
                if (cut < j && kinds[cut - i] != BETWEEN_CHARACTERS) {
                    continue;
                }
                float wordWidth = 0;
                for (int p = start; p < end; p++) {
                    Piece q = pieces.get(p);
                    int a = Math.max(q.start, wordStart);
                    int b = Math.min(q.end, cut);
                    if (a < b) {
                        wordWidth += q.width(a, b);
                    }
                }
                boolean overlong = wordWidth > LONG_WORD * settings.measure();
                hyphenation(wordStart, cut, i, start, kinds, overlong);
                if (overlong) {
                    for (int p = wordStart + 1; p < cut; p++) {
                        if (kinds[p - i] == 0 && LineClasses.clusterBoundary(text, p)) {
                            kinds[p - i] = 3;
                        }
                    }
                }
                wordStart = cut;
            }
            int p = start;
            int segment = i;
            for (int cut = i + 1; cut <= j; cut++) {
                if (cut < j && kinds[cut - i] == 0) {
                    continue;
                }
                while (p < end && pieces.get(p).end <= segment) {
                    p++;
                }
                int piece = p;
                while (piece < end && pieces.get(piece).start < cut) {
                    Piece q = pieces.get(piece);
                    int a = Math.max(q.start, segment);
                    int b = Math.min(q.end, cut);
                    if (a < b) {
                        float w = q.width(a, b);
                        note(items.box(w, expansion * w, expansion * w, piece), a, b, SetParagraph.TEXT);
                    }
                    piece++;
                }
                if (cut < j && kinds[cut - i] == BETWEEN_CHARACTERS) {
                    Piece before = pieces.get(Math.max(start, Math.min(piece, end) - 1));
                    note(items.glue(0, ragged() ? 0 : interCharacterStretch(before, cut), 0,
                            Math.max(start, Math.min(piece, end) - 1)), cut, cut, SetParagraph.NONE);
                } else if (cut < j) {
                    byte kind = kinds[cut - i];
                    Piece before = pieces.get(Math.max(start, Math.min(piece, end) - 1));
                    // A word broken in an emergency shows a hyphen like any other broken word, unless
                    // it is an address or a number, where a hyphen would read as part of it.
                    boolean shown = kind == 1 || kind == 3 && Character.isLetter(text.charAt(cut - 1))
                            && Character.isLetter(text.charAt(cut)) && !address(text, i, j)
                            && !ScriptBreakRules.unhyphenated(text.charAt(cut - 1));
                    float hyphen = shown ? before.face.hyphen().width() * before.style.size() / 1000f : 0;
                    int cost = kind == 1 ? hyphenPenalty() : kind == 3 ? EMERGENCY_PENALTY : settings.parameters().explicitPenalty();
                    note(items.penalty(hyphen, cost, kind, Math.max(start, Math.min(piece, end) - 1)), cut, cut, SetParagraph.NONE);
                }
                segment = cut;
            }
        }

        private boolean ragged() {
            return settings.alignment() != ParagraphSettings.Alignment.JUSTIFY || settings.preserveSpaces();
        }

        /**
         * How far a line may open between two characters of a script written without spaces, in
         * points: a tenth of an em between Chinese or Japanese characters (JIS X 4051 §4.3 spreads
         * a justified line's slack between its characters), and half a word space between Thai
         * words, as between words of spaced text (The TeXbook, ch. 12).
         */
        private float interCharacterStretch(Piece before, int cut) {
            float size = before.style.size();
            return LineClasses.southEastAsian(text.charAt(cut - 1)) || LineClasses.southEastAsian(text.charAt(cut))
                    ? before.style.fonts().primary().spaceWidth() * size / 2000f : size / 10f;
        }

        /** Whether characters {@code [from, to)} are a web or e-mail address (or a path). */
        private static boolean address(CharSequence text, int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c == '/' || c == '@' || c == ':' || c == '\\') {
                    return true;
                }
            }
            return false;
        }

        private int hyphenPenalty() {
            return settings.parameters().hyphenPenalty();
        }

        /**
         * Liang's points in runs of five letters or more, when the style allows (and no soft hyphen
         * says otherwise). A word wider than the measure must break somewhere, so it gets its
         * points even where the style says {@code hyphens: manual} (a title, a colophon): a break
         * at a syllable with a hyphen reads as one word, a break anywhere without one as two.
         */
        private void hyphenation(int i, int j, int origin, int firstPiece, byte[] kinds, boolean overlong) {
            TextStyle style = pieces.get(firstPiece).style;
            boolean wanted = style.hyphenate() || (overlong && style.softHyphens());
            if (!wanted || settings.hyphenator() == Hyphenator.NONE) {
                return;
            }
            for (int p = i; p < j; p++) {
                char c = text.charAt(p);
                // A soft hyphen says where the writer wants the word broken; a web or mail
                // address must not get a hyphen that is not part of it.
                if (c == '\u00AD' || c == '/' || c == '@') {
                    return;
                }
            }
            int p = i;
            while (p < j) {
                if (!hyphenable(text.charAt(p))) {
                    p++;
                    continue;
                }
                int s = p;
                while (p < j && hyphenable(text.charAt(p))) {
                    p++;
                }
                if (p - s >= 5) {
                    for (int point : settings.hyphenator().points(text.substring(s, p))) {
                        if (kinds[s + point - origin] == 0) {
                            kinds[s + point - origin] = 1;
                        }
                    }
                }
            }
        }

        /** A letter of a script that is hyphenated (not Chinese, Japanese, Korean or Thai: their practice is not to). */
        private static boolean hyphenable(char c) {
            return Character.isLetter(c) && !ScriptBreakRules.unhyphenated(c);
        }

        private FontFace faceFor(TextStyle style, int index) {
            return style.fonts().faceFor(text.codePointAt(index));
        }
    }

    /** Characters that take no glyph and no width: joiners and soft hyphens (they only steer breaks). */
    static boolean ignorable(char c) {
        // Variation selectors only ask for emoji or text presentation of the character before
        // them (a heart and U+FE0F); the book's fonts draw text presentation.
        return c == '\u2060' || c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D'
                || (c >= '\uFE00' && c <= '\uFE0F')
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL;
    }

    /** {@code text} shaped in {@code face}, right to left for a run at an odd level. */
    static Shaped shape(FontFace face, String text, boolean rightToLeft) {
        return rightToLeft ? face.shapeRightToLeft(text) : face.shape(text);
    }

    /** What a character no face can draw prints as. */
    public static final char MISSING_MARK = '#';

    /** One {@link #MISSING_MARK} for each character of {@code text}. */
    public static String marks(String text) {
        return String.valueOf(MISSING_MARK).repeat(text.codePointCount(0, text.length()));
    }

    /**
     * Text of one style and face inside a word, shaped as a whole.
     *
     * @param missing no face has these characters: each is drawn as {@link #MISSING_MARK} in the
     *     style's first face (as the MISSING-GLYPH warning tells the writer), the text stays for extraction
     */
    record Piece(int start, int end, TextStyle style, FontFace face, Shaped shaped, Object tag, boolean missing,
                 String text, boolean rightToLeft) {
        /** Whether a glyph cluster of the shaped piece starts at {@code offset}. */
        private boolean boundary(int offset) {
            for (int g = 0; g < shaped.size(); g++) {
                if (shaped.cluster(g) == offset) {
                    return true;
                }
            }
            return false;
        }

        private String textOf(int a, int b) {
            return text.substring(a - start, b - start);
        }

        /**
         * The advance of chars {@code [a, b)} of the paragraph, in points: the glyphs of the whole
         * piece's clusters there, or, when a cut falls inside a ligature ("of|fice"), the part
         * shaped on its own, as it is drawn when the line breaks there.
         */
        float width(int a, int b) {
            if (missing) {
                String marks = marks(textOf(a, b));
                return face.shape(marks).width() * style.size() / 1000f + style.letterSpacing() * marks.length();
            }
            if (shaped == null) {
                return 0;
            }
            if ((a != start && !boundary(a - start)) || (b != end && !boundary(b - start))) {
                Shaped part = shape(face, textOf(a, b), rightToLeft);
                return part.width() * style.size() / 1000f + style.letterSpacing() * part.size();
            }
            float units = a == start && b == end ? shaped.width() : shaped.width(a - start, b - start);
            int glyphs = 0;
            for (int g = 0; g < shaped.size(); g++) {
                int cluster = shaped.cluster(g) + start;
                if (cluster >= a && cluster < b) {
                    glyphs++;
                }
            }
            return units * style.size() / 1000f + style.letterSpacing() * glyphs;
        }
    }
}
