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
 * One TrueType face, parsed once per run: the JDK font that shapes text (HarfBuzz inside the
 * JDK, with kerning and ligatures on) and the metrics the PDF will declare. All lengths are in
 * thousandths of an em. Safe to share between threads: shaping results are cached per string,
 * as prose repeats its words.
 */
public final class FontFace {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Bounds the cache: a batch of many books must not keep every word it ever shaped. */
    private static final int CACHE_LIMIT = 400_000;

    private final FontSource source;
    private final Font font;
    private final int[] advances;
    private final float ascent;
    private final float descent;
    private final float underlinePosition;
    private final float underlineThickness;
    private final float strikeoutPosition;
    private final int spaceGlyph;
    private final Shaped space;
    private final Shaped hyphen;
    private final Map<String, Shaped> cache = new ConcurrentHashMap<>(1 << 12);

    FontFace(FontSource source) throws IOException {
        this.source = source;
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
            throw new IOException("not a TrueType font: " + source.family(), e);
        }
        space = shape(" ");
        spaceGlyph = space.glyph(0);
        hyphen = shape("-");
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

    /** Whether the face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return font.canDisplay(codePoint);
    }

    /** The advance the PDF declares for a glyph (its {@code /W} entry). */
    public int advance(int glyph) {
        return glyph < advances.length ? advances[glyph] : 0;
    }

    public int glyphCount() {
        return advances.length;
    }

    public float ascent() {
        return ascent;
    }

    public float descent() {
        return descent;
    }

    public float underlinePosition() {
        return underlinePosition;
    }

    public float underlineThickness() {
        return underlineThickness;
    }

    public float strikeoutPosition() {
        return strikeoutPosition;
    }

    public int spaceGlyph() {
        return spaceGlyph;
    }

    public float spaceWidth() {
        return space.width();
    }

    public Shaped hyphen() {
        return hyphen;
    }

    /**
     * Shapes a string (left to right) with kerning and ligatures. Default-ignorable characters
     * (joiners, soft hyphens) must be left out by the caller: the JDK draws them as spaces.
     */
    public Shaped shape(String text) {
        Shaped known = cache.get(text);
        if (known == null) {
            known = layOut(text);
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(text, known);
        }
        return known;
    }

    private Shaped layOut(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, n, null);
        float[] positions = vector.getGlyphPositions(0, n + 1, null);
        int[] clusters = vector.getGlyphCharIndices(0, n, null);
        float[] x = new float[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = positions[2 * i];
        }
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            int start = clusters[i];
            boolean first = true;
            for (int j = 0; j < i && first; j++) {
                first = clusters[j] != start;
            }
            if (!first) {
                continue;
            }
            int end = chars.length;
            for (int j = 0; j < n; j++) {
                if (clusters[j] > start && clusters[j] < end) {
                    end = clusters[j];
                }
            }
            texts[i] = text.substring(start, end);
        }
        return new Shaped(glyphs, x, clusters, texts);
    }

    @Override
    public String toString() {
        return source.family() + (source.bold() ? " Bold" : "") + (source.italic() ? " Italic" : "");
    }
}
