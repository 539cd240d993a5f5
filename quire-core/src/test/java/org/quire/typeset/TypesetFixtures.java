package org.quire.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.typeset.lines.BreakParameters;
import org.quire.typeset.lines.LiangHyphenator;
import org.quire.typeset.lines.ParagraphSettings;
import org.quire.typeset.lines.SimpleBreakRules;
import org.quire.typeset.lines.TextRun;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.shape.FontLibrary;
import org.quire.typeset.shape.FontSource;

/** The bundled fonts and English patterns, for tests of the typesetter's parts. */
public final class TypesetFixtures {
    private static FontLibrary fonts;
    private static LiangHyphenator english;

    private TypesetFixtures() {
    }

    public static synchronized FontLibrary fonts() throws IOException {
        if (fonts == null) {
            List<FontSource> sources = new ArrayList<>();
            for (String style : new String[] {"Regular", "Italic", "Bold", "BoldItalic"}) {
                sources.add(new FontSource("Quire Serif", style.contains("Bold"), style.contains("Italic"),
                        resource("fonts/NotoSerif-" + style + ".ttf"), "bundled"));
            }
            fonts = new FontLibrary(sources, Map.of("serif", "Quire Serif"));
        }
        return fonts;
    }

    public static synchronized LiangHyphenator english() throws IOException {
        if (english == null) {
            english = new LiangHyphenator(resource("hyphenation/hyph_en_US.dic"));
        }
        return english;
    }

    public static byte[] resource(String name) throws IOException {
        try (InputStream in = TypesetFixtures.class.getResourceAsStream("/org/quire/theme/" + name)) {
            return in.readAllBytes();
        }
    }

    public static TextStyle roman(float size) throws IOException {
        return new TextStyle(fonts().chain(List.of("serif"), false, false), size, 0, 0, 0, 0, true, true);
    }

    /** Roman with letter spacing, in points. */
    public static TextStyle spaced(float size, float letterSpacing) throws IOException {
        return new TextStyle(fonts().chain(List.of("serif"), false, false), size, 0, letterSpacing, 0, 0, true, true);
    }

    public static TextStyle italic(float size) throws IOException {
        return new TextStyle(fonts().chain(List.of("serif"), false, true), size, 0, 0, 0, 0, true, true);
    }

    public static List<TextRun> plain(String text, TextStyle style) {
        return List.of(new TextRun(0, text.length(), style, "P", null));
    }

    public static ParagraphSettings justified(float measure, float indent) throws IOException {
        return new ParagraphSettings(measure, indent, ParagraphSettings.Alignment.JUSTIFY, false, english(),
                SimpleBreakRules.INSTANCE, BreakParameters.BOOK);
    }

    /** Centred display text, as headings and titles are set: no hyphenation. */
    public static ParagraphSettings centred(float measure) {
        return new ParagraphSettings(measure, 0, ParagraphSettings.Alignment.CENTER, false,
                org.quire.typeset.lines.Hyphenator.NONE, SimpleBreakRules.INSTANCE, BreakParameters.BOOK);
    }
}
