package org.quire.typeset.shape;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face, parsed once per run when first used: the JDK font that shapes text (HarfBuzz inside the
 * JDK, with kerning and ligatures on) and the metrics the PDF will declare. All lengths are in
 * thousandths of an em. Safe to share between threads: shaping results are cached per string,
 * as prose repeats its words.
 */
public final class FontFace {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /**
     * Bounds the cache: a batch of many books must not keep every word it ever shaped, and the
     * 1M-word book (84k distinct strings) must set in a 400 MB heap. A novel repeats far fewer.
     */
    private static final int CACHE_LIMIT = 20_000;

    private final FontSource source;
    private final Map<String, Shaped> cache = new ConcurrentHashMap<>(1 << 12);
    /** Strings shaped right to left: few books have any, so made when first needed. */
    private volatile Map<String, Shaped> rtlCache;
    private volatile Loaded loaded;

    /** What parsing the font gives: made when the face is first used (a book rarely needs every face). */
    private static final class Loaded {
        final Font font;
        final int[] advances;
        final float ascent;
        final float descent;
        final float underlinePosition;
        final float underlineThickness;
        final float strikeoutPosition;
        final Shaped space;
        final Shaped hyphen;

        Loaded(FontSource source) throws IOException {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(source.data()))) {
                float scale = 1000f / ttf.getUnitsPerEm();
                int glyphs = ttf.getNumberOfGlyphs();
                advances = new int[glyphs];
                for (int g = 0; g < glyphs; g++) {
                    // As PDFBox writes the /W array, so pen positions in the PDF match ours exactly.
                    advances[g] = Math.round(ttf.getAdvanceWidth(g) * scale);
                }
                HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
                ascent = hhea.getAscender() * scale;
                descent = -hhea.getDescender() * scale;
                PostScriptTable post = ttf.getPostScript();
                underlinePosition = post == null ? -100 : post.getUnderlinePosition() * scale;
                underlineThickness = post == null || post.getUnderlineThickness() == 0 ? 50 : post.getUnderlineThickness() * scale;
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                strikeoutPosition = os2 == null || os2.getStrikeoutPosition() == 0 ? 0.3f * ascent : os2.getStrikeoutPosition() * scale;
            }
            try {
                Map<TextAttribute, Object> attributes = new HashMap<>();
                attributes.put(TextAttribute.SIZE, 1000f);
                attributes.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
                attributes.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
                font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(source.data())).deriveFont(attributes);
            } catch (FontFormatException e) {
                throw new IOException("not a TrueType font: " + source, e);
            }
            space = layOut(font, " ");
            hyphen = layOut(font, "-");
        }
    }

    FontFace(FontSource source) {
        this.source = source;
        this.declared = source.coverage();
    }

    /** What a lazy source says it covers, known without reading the font; null to ask the font. */
    private final java.util.function.IntPredicate declared;

    private Loaded loaded() {
        Loaded ready = loaded;
        if (ready == null) {
            synchronized (this) {
                ready = loaded;
                if (ready == null) {
                    try {
                        ready = new Loaded(source);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    loaded = ready;
                }
            }
        }
        return ready;
    }

    public FontSource source() {
        return source;
    }

    public String family() {
        return source.family();
    }

    public boolean bold() {
        return source.bold();
    }

    public boolean italic() {
        return source.italic();
    }

    /**
     * Whether the face has a glyph for the code point. Asked for every character of a book, so
     * answers are kept in blocks of 256 code points, filled when first asked (racing threads
     * fill a block with the same answers).
     */
    public boolean covers(int codePoint) {
        if (declared != null) {
            return declared.test(codePoint);
        }
        int block = codePoint >>> 8;
        if (block >= coverage.length) {
            return loaded().font.canDisplay(codePoint);
        }
        long[] bits = coverage[block];
        if (bits == null) {
            Font font = loaded().font;
            bits = new long[4];
            for (int i = 0; i < 256; i++) {
                if (font.canDisplay((block << 8) | i)) {
                    bits[i >>> 6] |= 1L << (i & 63);
                }
            }
            coverage[block] = bits;
        }
        return (bits[(codePoint & 255) >>> 6] & (1L << (codePoint & 63))) != 0;
    }

    /** Coverage of the Basic Multilingual Plane, by block of 256 code points. */
    private final long[][] coverage = new long[256][];

    /** The advance the PDF declares for a glyph (its {@code /W} entry). */
    public int advance(int glyph) {
        int[] advances = loaded().advances;
        return glyph < advances.length ? advances[glyph] : 0;
    }

    public int glyphCount() {
        return loaded().advances.length;
    }

    public float ascent() {
        return loaded().ascent;
    }

    public float descent() {
        return loaded().descent;
    }

    public float underlinePosition() {
        return loaded().underlinePosition;
    }

    public float underlineThickness() {
        return loaded().underlineThickness;
    }

    public float strikeoutPosition() {
        return loaded().strikeoutPosition;
    }

    public int spaceGlyph() {
        return loaded().space.glyph(0);
    }

    public float spaceWidth() {
        return loaded().space.width();
    }

    public Shaped hyphen() {
        return loaded().hyphen;
    }

    /**
     * Shapes a string (left to right) with kerning and ligatures. Default-ignorable characters
     * (joiners, soft hyphens) must be left out by the caller: the JDK draws them as spaces.
     */
    public Shaped shape(String text) {
        return shape(text, false, cache);
    }

    /**
     * Shapes a string of a right-to-left run (UAX #9: an odd embedding level), given in logical
     * order: HarfBuzz picks Arabic's joining forms and ligatures and places Hebrew's points, and
     * the glyphs come back in visual order, from the left, as {@link #shape(String)}'s do.
     */
    public Shaped shapeRightToLeft(String text) {
        Map<String, Shaped> known = rtlCache;
        if (known == null) {
            synchronized (this) {
                if (rtlCache == null) {
                    rtlCache = new ConcurrentHashMap<>();
                }
                known = rtlCache;
            }
        }
        return shape(text, true, known);
    }

    private Shaped shape(String text, boolean rtl, Map<String, Shaped> in) {
        Shaped known = in.get(text);
        if (known == null) {
            known = layOut(loaded().font, text, rtl);
            if (in.size() > CACHE_LIMIT) {
                in.clear();
            }
            in.put(text, known);
        }
        return known;
    }

    private static Shaped layOut(Font font, String text) {
        return layOut(font, text, false);
    }

    private static Shaped layOut(Font font, String text, boolean rtl) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(FRC, chars, 0, chars.length,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, n, null);
        float[] positions = vector.getGlyphPositions(0, n + 1, null);
        int[] clusters = vector.getGlyphCharIndices(0, n, null);
        float[] x = new float[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = positions[2 * i];
        }
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            int start = clusters[i];
            boolean first = true;
            for (int j = 0; j < i && first; j++) {
                first = clusters[j] != start;
            }
            if (!first) {
                ends[i] = -1;
                continue;
            }
            int end = chars.length;
            for (int j = 0; j < n; j++) {
                if (clusters[j] > start && clusters[j] < end) {
                    end = clusters[j];
                }
            }
            ends[i] = end;
        }
        return new Shaped(text, glyphs, x, clusters, ends, rtl);
    }

    @Override
    public String toString() {
        return source.family() + (source.bold() ? " Bold" : "") + (source.italic() ? " Italic" : "");
    }
}
