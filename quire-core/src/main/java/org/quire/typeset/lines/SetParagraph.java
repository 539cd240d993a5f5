package org.quire.typeset.lines;

import java.util.List;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;

/**
 * A paragraph broken into lines, ready to draw line by line. Lines are justified (or aligned)
 * to the measure; a line that ends at a space or at a forced break (and the last line, when
 * {@link ParagraphSettings#spaceAtEnd} asks) draws an invisible space glyph there, so that text
 * taken from the page does not run the last word of a line into the first of the next.
 */
public final class SetParagraph {
    static final byte NONE = 0;
    static final byte TEXT = 1;
    static final byte SPACE = 2;
    static final byte LEADER = 3;
    static final byte NEWLINE = 4;

    private final String text;
    private final List<TextRun> runs;
    private final ParagraphSettings settings;
    private final Items items;
    private final List<ParagraphSetter.Piece> pieces;
    private final int[] from;
    private final int[] to;
    private final byte[] role;
    private final int[] breaks;
    private final int pass;
    private final java.util.Set<Integer> missing;
    private final Bidi bidi;

    /** A paragraph of mixed directions: each char's UAX #9 level, and the rules that order a line's runs. */
    record Bidi(byte[] levels, BidiRules rules) {
    }

    /** @param bidi null for a paragraph all left to right */
    SetParagraph(String text, List<TextRun> runs, ParagraphSettings settings, Items items, List<ParagraphSetter.Piece> pieces,
                 int[] from, int[] to, byte[] role, int[] breaks, int pass, java.util.Set<Integer> missing, Bidi bidi) {
        this.missing = missing;
        this.bidi = bidi;
        this.text = text;
        this.runs = runs;
        this.settings = settings;
        this.items = items;
        this.pieces = pieces;
        this.from = from;
        this.to = to;
        this.role = role;
        this.breaks = breaks;
        this.pass = pass;
    }

    /** This paragraph broken into exactly {@code lines} lines, or null (see {@link ParagraphSetter#loosened}). */
    SetParagraph reset(LineBreaker breaker, int lines) {
        if (lines < 1 || settings.preserveSpaces() || settings.alignment() != ParagraphSettings.Alignment.JUSTIFY) {
            return null;
        }
        LineBreaker own = settings.parameters() == null ? breaker : new LineBreaker(settings.parameters());
        int[] found = own.breakLines(items, settings.measure() - settings.indent(), settings.measure(), 0, lines);
        return found == null ? null : new SetParagraph(text, runs, settings, items, pieces, from, to, role, found, 2, missing, bidi);
    }

    /** Characters no face of their style can draw (they are kept for text extraction, not shown). */
    public java.util.Set<Integer> missing() {
        return missing;
    }

    public int lineCount() {
        return breaks.length;
    }

    /** The letter spacing of the line's last letter, in points; 0 when the line does not end in one. */
    private float trailingLetterSpacing(int start, int end) {
        if (items.type(end) == Items.PENALTY && items.width(end) > 0) {
            return 0; // the line ends in a hyphen added at the break
        }
        for (int k = end - 1; k >= start; k--) {
            byte type = items.type(k);
            if (type == Items.PENALTY || type == Items.GLUE && items.width(k) == 0) {
                continue; // the paragraph's end: its penalties and fill glue
            }
            return type == Items.BOX && role[k] == TEXT ? pieces.get(items.ref(k)).style().letterSpacing() : 0;
        }
        return 0;
    }

    /** Which pass found the breaks: 1 without hyphens, 2 with them, 3 or 4 in an emergency. */
    public int pass() {
        return pass;
    }

    public String text() {
        return text;
    }

    /** The first char of the paragraph's text on line {@code line}. */
    public int lineStartChar(int line) {
        return line == 0 ? 0 : from[breaks[line - 1]];
    }

    /** The char where line {@code line} breaks: everything before it (and after the previous break) is on the line. */
    public int lineEndChar(int line) {
        return line == breaks.length - 1 ? text.length() : from[breaks[line]];
    }

    /** The line a char is on. */
    public int lineOf(int charIndex) {
        for (int line = 0; line < breaks.length - 1; line++) {
            if (charIndex < from[breaks[line]]) {
                return line;
            }
        }
        return breaks.length - 1;
    }

    /** Whether the line ends in a hyphen: one the break added, or a compound's own. */
    public boolean endsWithHyphen(int line) {
        int end = breaks[line];
        if (items.type(end) != Items.PENALTY) {
            return false;
        }
        return items.flagged(end);
    }

    /** Whether the line ends at a hyphen the break added. */
    public boolean hyphenated(int line) {
        int end = breaks[line];
        return items.addsHyphen(end);
    }

    /** The first item of a line: after the previous break, past the glue and penalties a line drops. */
    private int lineStart(int line) {
        if (line == 0) {
            return 0;
        }
        int k = breaks[line - 1];
        if (items.type(k) == Items.PENALTY && items.penalty(k) <= -Items.INFINITY) {
            return k + 1;
        }
        k++;
        while (k < items.size() && items.type(k) != Items.BOX) {
            if (items.type(k) == Items.PENALTY && items.penalty(k) <= -Items.INFINITY) {
                return k;
            }
            k++;
        }
        return k;
    }

    /** The line's measure: the first line is shortened (or lengthened) by the indent. */
    private float measure(int line) {
        return line == 0 ? settings.measure() - settings.indent() : settings.measure();
    }

    /** The glue ratio of a line and its natural width. */
    private double[] fit(int line) {
        int start = lineStart(line);
        int end = breaks[line];
        double width = 0;
        double stretch = 0;
        double shrink = 0;
        for (int k = start; k < end; k++) {
            if (items.type(k) != Items.PENALTY) {
                width += items.width(k);
                stretch += items.stretch(k);
                shrink += items.shrink(k);
            }
        }
        if (items.type(end) == Items.PENALTY) {
            width += items.width(end);
        }
        double measure = measure(line);
        double ratio = 0;
        if (width < measure && stretch > 0) {
            ratio = (measure - width) / stretch;
        } else if (width > measure && shrink > 0) {
            ratio = Math.max(-1, (measure - width) / shrink);
        }
        return new double[] {ratio, width};
    }

    /** The natural width of a line (its words and spaces unstretched), in points. */
    public float naturalWidth(int line) {
        return (float) fit(line)[1];
    }

    /**
     * The widest stretch of text the paragraph cannot break inside without hyphenating or an
     * emergency break, in points: a table column needs at least this much.
     */
    public float widestUnbreakable() {
        float widest = 0;
        float current = 0;
        for (int k = 0; k < items.size(); k++) {
            byte type = items.type(k);
            if (type == Items.BOX) {
                current += items.width(k);
            } else if (type == Items.GLUE ? items.legalBreak(k) : items.penalty(k) < Items.INFINITY
                    && (items.kind(k) == 0 || items.kind(k) == 2)) {
                widest = Math.max(widest, current);
                current = 0;
            }
        }
        return Math.max(widest, current) + Math.max(0, settings.indent());
    }

    /** The word spaces of a justified line as drawn, in ems of their text (for the spacing report). */
    public double spaceRatio(int line) {
        return fit(line)[0];
    }

    /**
     * Draws line {@code line} with its left edge at {@code x} and its baseline at {@code baseline}.
     * A right-to-left paragraph's first-line indent is at the right.
     */
    public void drawLine(int line, float x, float baseline, GlyphSink sink) {
        int start = lineStart(line);
        int end = breaks[line];
        double[] fit = fit(line);
        // Unjustified lines keep their spaces; a leader still fills its line.
        boolean leader = hasLeader(start, end);
        double ratio = settings.alignment() == ParagraphSettings.Alignment.JUSTIFY || leader
                ? fit[0] : Math.min(0, fit[0]);
        float left = x + (line == 0 && !settings.rightToLeft() ? settings.indent() : 0);
        // The letter spacing after a line's last letter is no part of what the eye sees: a centred
        // or right-set line is placed by its letters (CSS Text 3 §8.2 lets it be dropped at a line's end).
        // A line with a leader fills its measure whatever its alignment (a right-to-left contents entry).
        float slack = leader ? 0 : (float) (measure(line) - fit[1]) + trailingLetterSpacing(start, end);
        if (settings.alignment() == ParagraphSettings.Alignment.RIGHT) {
            left += Math.max(0, slack);
        } else if (settings.alignment() == ParagraphSettings.Alignment.CENTER) {
            left += Math.max(0, slack / 2);
        }
        Decorations decorations = new Decorations(sink, baseline);
        // Font expansion: each box's glyphs take the same share of the line's adjustment as its glue.
        float scale = (float) (1 + ratio * boxShare(start, end));
        sink.scale(scale);
        Tail tail = bidi == null ? drawInOrder(start, end, ratio, scale, left, baseline, sink, decorations)
                : drawReordered(start, end, ratio, scale, left, baseline, sink, decorations);
        decorations.flush();
        sink.scale(1);
        boolean atSpace = items.type(end) == Items.GLUE && role[end] == SPACE;
        boolean atNewline = items.type(end) == Items.PENALTY && role[end] == NEWLINE;
        // The paragraph's end too: the next paragraph may belong to the same element (verse lines of one stanza).
        boolean last = line == breaks.length - 1 && settings.spaceAtEnd();
        if ((atSpace || atNewline || last) && tail != null) {
            sink.space(tail.piece.tag(), tail.piece.style(), tail.piece.face(), tail.x, 0, baseline);
        }
    }

    /** The line's last text, and where the space that ends it goes (after it, in its direction). */
    private record Tail(ParagraphSetter.Piece piece, float x) {
    }

    /** Draws a line all left to right: each item at the pen, the pen moving on by its width. */
    private Tail drawInOrder(int start, int end, double ratio, float scale, float left, float baseline, GlyphSink sink,
                             Decorations decorations) {
        double pen = left;
        int k = start;
        Tail tail = null;
        while (k < end) {
            byte type = items.type(k);
            if (type == Items.BOX) {
                if (role[k] != TEXT) {
                    pen += items.width(k);
                    k++;
                    continue;
                }
                int j = spanEnd(k, end);
                boolean hyphen = j == end && items.addsHyphen(end);
                ParagraphSetter.Piece p = pieces.get(items.ref(k));
                drawSpan(p, from[k], spanTextEnd(k, j), hyphen, (float) pen, baseline, sink);
                float drawn = spanWidth(k, j, scale) + (hyphen ? items.width(end) * scale : 0);
                decorations.add(p.tag(), p.style(), p.face(), (float) pen, (float) pen + drawn);
                pen += drawn;
                tail = new Tail(p, (float) pen);
                k = j;
                continue;
            }
            if (type == Items.GLUE) {
                double width = glueWidth(k, ratio);
                drawGlue(k, pen, width, baseline, sink, decorations);
                pen += width;
            }
            k++;
        }
        return tail;
    }

    /**
     * Draws a line of mixed directions. Its runs (a text span, a space, a leader) are measured in
     * logical order, placed in visual order (UAX #9 L2; a line's trailing glue, the paragraph's
     * fill among it, takes the paragraph's level, L1) and drawn in logical order, each at its
     * place: the content stream then holds the text in reading order, which is what structure
     * readers and screen readers take it in (see {@code PageCanvas#glyphs} for the glyphs inside a span).
     */
    private Tail drawReordered(int start, int end, double ratio, float scale, float left, float baseline, GlyphSink sink,
                               Decorations decorations) {
        byte base = (byte) (settings.rightToLeft() ? 1 : 0);
        int capacity = end - start;
        int[] first = new int[capacity];
        int[] limit = new int[capacity];
        double[] widths = new double[capacity];
        byte[] levels = new byte[capacity];
        int n = 0;
        int k = start;
        while (k < end) {
            byte type = items.type(k);
            if (type == Items.PENALTY) {
                k++;
                continue;
            }
            int j = type == Items.BOX && role[k] == TEXT ? spanEnd(k, end) : k + 1;
            boolean hyphen = j == end && items.addsHyphen(end);
            first[n] = k;
            limit[n] = j;
            widths[n] = type == Items.GLUE ? glueWidth(k, ratio) : role[k] == TEXT
                    ? spanWidth(k, j, scale) + (hyphen ? items.width(end) * scale : 0) : items.width(k);
            boolean ofText = role[k] == TEXT || role[k] == SPACE || role[k] == LEADER;
            levels[n++] = ofText && from[k] < bidi.levels().length ? bidi.levels()[from[k]] : base;
            k = j;
        }
        Integer[] order = new Integer[n];
        for (int u = 0; u < n; u++) {
            order[u] = u;
        }
        bidi.rules().reorder(java.util.Arrays.copyOf(levels, n), order);
        double[] xs = new double[n];
        double pen = left;
        for (Integer u : order) {
            xs[u] = pen;
            pen += widths[u];
        }
        Tail tail = null;
        for (int u = 0; u < n; u++) {
            int at = first[u];
            if (role[at] == TEXT && items.type(at) == Items.BOX) {
                ParagraphSetter.Piece p = pieces.get(items.ref(at));
                boolean hyphen = limit[u] == end && items.addsHyphen(end);
                drawSpan(p, from[at], spanTextEnd(at, limit[u]), hyphen, (float) xs[u], baseline, sink);
                tail = new Tail(p, (float) ((levels[u] & 1) != 0 ? xs[u] : xs[u] + widths[u]));
            } else if (items.type(at) == Items.GLUE) {
                drawGlue(at, xs[u], widths[u], baseline, sink, null);
            }
        }
        // Rules under or through text join neighbours on the page, so they are made left to right.
        for (Integer u : order) {
            int at = first[u];
            if (role[at] == TEXT && items.type(at) == Items.BOX) {
                ParagraphSetter.Piece p = pieces.get(items.ref(at));
                decorations.add(p.tag(), p.style(), p.face(), (float) xs[u], (float) (xs[u] + widths[u]));
            } else if (role[at] == SPACE) {
                TextRun run = runOf(items.ref(at));
                decorations.add(run.tag(), run.style(), run.style().fonts().primary(), (float) xs[u], (float) (xs[u] + widths[u]));
            }
        }
        return tail;
    }

    /** Where the text span starting at box {@code k} ends: past the boxes of its piece and the penalties between them. */
    private int spanEnd(int k, int end) {
        int piece = items.ref(k);
        int j = k + 1;
        while (j < end && (items.type(j) == Items.BOX && items.ref(j) == piece && role[j] == TEXT
                || items.type(j) == Items.PENALTY)) {
            j++;
        }
        return j;
    }

    /** The char where the text of the span {@code [k, j)} ends. */
    private int spanTextEnd(int k, int j) {
        int b = to[k];
        for (int i = k + 1; i < j; i++) {
            if (items.type(i) == Items.BOX) {
                b = to[i];
            }
        }
        return b;
    }

    /** The width of the span's boxes as drawn (their glyphs widened or narrowed by {@code scale}), in points. */
    private float spanWidth(int k, int j, float scale) {
        float planned = items.width(k) * scale;
        for (int i = k + 1; i < j; i++) {
            if (items.type(i) == Items.BOX) {
                planned += items.width(i) * scale;
            }
        }
        return planned;
    }

    private double glueWidth(int k, double ratio) {
        return items.width(k) + (ratio > 0 ? ratio * items.stretch(k) : ratio * items.shrink(k));
    }

    /** A space or a leader of {@code width} points at {@code x}; other glue draws nothing. */
    private void drawGlue(int k, double x, double width, float baseline, GlyphSink sink, Decorations decorations) {
        if (role[k] == SPACE) {
            TextRun run = runOf(items.ref(k));
            FontFace face = run.style().fonts().primary();
            sink.space(run.tag(), run.style(), face, (float) x, (float) width, baseline);
            if (decorations != null) {
                decorations.add(run.tag(), run.style(), face, (float) x, (float) (x + width));
            }
        } else if (role[k] == LEADER) {
            TextRun run = runOf(items.ref(k));
            sink.leader(run.tag(), run.style(), run.style().fonts().primary(), run.leader(), (float) x,
                    (float) (x + width), baseline);
        }
    }

    /** How much a box stretches per point of its width (the expansion of the line's first text box). */
    private double boxShare(int start, int end) {
        for (int k = start; k < end; k++) {
            if (items.type(k) == Items.BOX && items.width(k) > 0) {
                return items.stretch(k) / items.width(k);
            }
        }
        return 0;
    }

    private boolean hasLeader(int start, int end) {
        for (int k = start; k < end; k++) {
            if (role[k] == LEADER) {
                return true;
            }
        }
        return false;
    }

    private TextRun runOf(int index) {
        return runs.get(index);
    }

    private void drawSpan(ParagraphSetter.Piece p, int a, int b, boolean hyphen, float x, float baseline, GlyphSink sink) {
        if (p.missing()) {
            String typed = text.substring(a, b);
            sink.missing(p.tag(), p.style(), p.face(), typed, p.face().shape(ParagraphSetter.marks(typed)), x, baseline);
            return;
        }
        Shaped shaped = a == p.start() && b == p.end() && !hyphen ? p.shaped()
                : ParagraphSetter.shape(p.face(), text.substring(a, b) + (hyphen ? "-" : ""), p.rightToLeft());
        sink.glyphs(p.tag(), p.style(), p.face(), shaped, x, baseline, hyphen);
    }

    /** Joins the underlines and strike-throughs of neighbouring pieces into one rule each. */
    private static final class Decorations {
        private final GlyphSink sink;
        private final float baseline;
        private int bits;
        private float start;
        private float end;
        private Object tag;
        private TextStyle style;
        private FontFace face;

        Decorations(GlyphSink sink, float baseline) {
            this.sink = sink;
            this.baseline = baseline;
        }

        void add(Object tag, TextStyle style, FontFace face, float x1, float x2) {
            int wanted = style.decoration();
            if (wanted != bits || (style != this.style && wanted != 0 && x1 > end + 0.01f)) {
                flush();
                bits = wanted;
                start = x1;
                this.tag = tag;
                this.style = style;
                this.face = face;
            }
            end = x2;
        }

        void flush() {
            if (bits == 0) {
                return;
            }
            float size = style.size() / 1000f;
            float thickness = face.underlineThickness() * size;
            float raised = baseline - style.rise();
            if ((bits & 1) != 0) {
                sink.rule(tag, start, end, raised - face.underlinePosition() * size, thickness, style.color());
            }
            if ((bits & 2) != 0) {
                sink.rule(tag, start, end, raised - face.strikeoutPosition() * size, thickness, style.color());
            }
            bits = 0;
        }
    }
}
