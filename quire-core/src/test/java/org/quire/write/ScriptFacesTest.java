package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.quire.testing.Golden;
import org.quire.typeset.shape.FontChain;
import org.quire.typeset.shape.FontLibrary;
import org.quire.typeset.shape.FontSource;

/**
 * The bundled script faces: each is TrueType with glyf outlines (openhtmltopdf and PDFBox embed
 * nothing else by glyph id), and the coverage table the chain consults instead of reading them
 * says exactly what each face's cmap has of its scripts ({@code -Dgolden.update=true} rewrites it
 * from the fonts).
 */
class ScriptFacesTest {
    private static final Path TABLE = Path.of("src/main/resources/org/quire/theme", ScriptFaces.TABLE);

    @Test
    void theCoverageTableIsWhatTheFontsHave() throws Exception {
        StringBuilder table = new StringBuilder("# Made by ScriptFacesTest from each face's cmap and its family's scripts.\n");
        for (ScriptFaces.Family family : ScriptFaces.FAMILIES) {
            for (String file : family.files()) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ScriptFaces.data(file)))) {
                    assertThat(font.getTableMap()).as(file).containsKey("glyf").doesNotContainKey("CFF ");
                    table.append(file).append(ranges(font.getUnicodeCmapLookup(), family)).append('\n');
                }
            }
        }
        assertThat(Golden.compare(TABLE, table.toString())).isEmpty();
    }

    private static String ranges(CmapLookup cmap, ScriptFaces.Family family) {
        StringBuilder out = new StringBuilder();
        int first = -1;
        for (int cp = 0; cp <= 0x110000; cp++) {
            boolean has = cp < 0x110000 && family.claims(cp) && cmap.getGlyphId(cp) != 0;
            if (has && first < 0) {
                first = cp;
            } else if (!has && first >= 0) {
                out.append(' ').append(String.format("%04X", first));
                if (cp - 1 > first) {
                    out.append('-').append(String.format("%04X", cp - 1));
                }
                first = -1;
            }
        }
        return out.toString();
    }

    @Test
    void aFaceIsUsedForItsOwnScriptsAndTheSharedCharacters() {
        var cjk = ScriptFaces.coverage("DroidSansFallbackFull");
        assertThat(cjk.test('\u6F22')).as("漢").isTrue();
        assertThat(cjk.test('\u3053')).as("こ").isTrue();
        assertThat(cjk.test('\u3002')).as("。").isTrue();
        assertThat(cjk.test('\uAC00')).as("가: Droid has it, but Hangul is Nanum's").isFalse();
        assertThat(cjk.test('A')).as("Latin is the text face's").isFalse();
        assertThat(ScriptFaces.coverage("NanumMyeongjo").test('\uD55C')).as("한").isTrue();
        assertThat(ScriptFaces.coverage("NanumMyeongjo").test('\u6F22')).as("漢 is Droid's").isFalse();
        assertThat(ScriptFaces.coverage("NotoSerifThai-Bold").test('\u0E01')).isTrue();
    }

    @Test
    void onlyTheFacesATextNeedsAreNamed() {
        List<String> none = names(ScriptFaces.needed("Pride and Prejudice \u2014 “quoted”", cp -> cp < 0x3000));
        assertThat(none).isEmpty();
        assertThat(names(ScriptFaces.needed("Tea 「茶」 and ชา", cp -> cp < 0x0E00)))
                .containsExactly("DroidSansFallbackFull", "NotoSerifThai-Regular", "NotoSerifThai-Bold");
        assertThat(names(ScriptFaces.needed("Tea 茶", cp -> true))).as("covered by the text faces").isEmpty();
    }

    @Test
    void aFallbackFaceIsNotReadToFindWhatItCovers() throws Exception {
        byte[] serif;
        try (var in = getClass().getResourceAsStream("/org/quire/theme/fonts/NotoSerif-Regular.ttf")) {
            serif = in.readAllBytes();
        }
        FontSource unread = FontSource.lazy("Quire CJK", false, false, () -> {
            throw new AssertionError("the CJK face was read");
        }, "test: unread", ScriptFaces.coverage("DroidSansFallbackFull"));
        FontChain chain = new FontLibrary(List.of(new FontSource("Quire Serif", false, false, serif, "test"), unread),
                java.util.Map.of()).chain(List.of("Quire Serif"), false, false);
        assertThat(chain.faceFor('a').family()).isEqualTo("Quire Serif");
        assertThat(chain.faceFor('\u6F22').family()).isEqualTo("Quire CJK");
        assertThat(chain.faceFor(0x1F600)).as("an emoji no face has").isNull();
    }

    private static List<String> names(List<ScriptFaces.Face> faces) {
        List<String> names = new ArrayList<>();
        faces.forEach(face -> names.add(face.file()));
        return names;
    }
}
