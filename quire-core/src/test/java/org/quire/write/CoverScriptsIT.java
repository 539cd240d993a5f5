package org.quire.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.read.StoryReader;
import org.quire.render.Renderer;
import org.quire.render.Theme;

/**
 * A cover's lettering in a script the text face lacks is drawn in the bundled face for it (no
 * {@code #}), read from the cover's own PDF before it is rasterised; the cover embeds only the
 * script faces its text needs.
 */
class CoverScriptsIT {
    @TempDir
    Path root;

    private byte[] coverPdf(String frontMatter) throws Exception {
        Path story = root.resolve("story.md");
        Files.writeString(story, "---\n" + frontMatter + "\n---\nText.\n");
        return new CoverMaker(new Renderer(Theme.builtIn())).designPdf(new StoryReader().read(story));
    }

    @Test
    void aChineseTitleIsDrawnInTheCjkFace() throws Exception {
        byte[] pdf = coverPdf("title: 雨夜归人\nauthor: 林晚\nlanguage: zh");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s", "")).contains("雨夜归人").contains("林晚").doesNotContain("#");
            assertThat(fonts(document)).anyMatch(name -> name.contains("DroidSansFallback"))
                    .noneMatch(name -> name.contains("Thai") || name.contains("Devanagari") || name.contains("Nanum"));
        }
    }

    /**
     * An Arabic title is drawn joined: PDFBox draws the cover without the font's GSUB, so the
     * letters must reach it as their contextual presentation forms (Unicode §9.2, U+FB50–FDFF,
     * U+FE70–FEFF), lam and alef as one ligature; read back from the cover's own PDF, before
     * rasterising, the title's glyphs are those forms, in the Arabic face, with no {@code #}.
     */
    @Test
    void anArabicTitleIsDrawnWithJoinedLetters() throws Exception {
        // ل ا is a lam-alef ligature (U+FEFB or U+FEFC), ب ي ت joined: beh initial, yeh medial, teh final.
        String shaped = shapedTitle("title: بيت السلام\nauthor: كاتب\nlanguage: ar");
        assertThat(shaped).contains("\uFE91", "\uFEF4", "\uFE96").containsAnyOf("\uFEFB", "\uFEFC")
                .doesNotContain("#").doesNotContain("\u0628", "\u064A", "\u062A");
    }

    /** Persian's own letters (peh, gaf, farsi yeh) are joined too: their forms are in U+FB50–FBFF. */
    @Test
    void aPersianTitleIsDrawnWithJoinedLetters() throws Exception {
        // پدر: peh initial U+FB58; نگاه: gaf medial U+FB95; ایران: farsi yeh initial U+FBFE (alef does not join after it).
        String shaped = shapedTitle("title: پدر نگاه ایران\nauthor: نویسنده\nlanguage: fa");
        assertThat(shaped).contains("\uFB58", "\uFB95", "\uFBFE").doesNotContain("#")
                .doesNotContain("\u067E", "\u06AF", "\u06CC");
    }

    /**
     * A Hindi title is shaped (trial 16, finding 1: "किनारे" was drawn "कनिारे"): the vowel sign
     * i (U+093F) is drawn before the consonant it follows in the text, as Devanagari is read.
     * Read back in drawing order from the cover's own PDF: the sign's glyph comes before ka's.
     */
    @Test
    void aHindiTitleIsDrawnShaped() throws Exception {
        byte[] pdf = coverPdf("title: किनारे की हवा\nauthor: राहुल शर्मा\nlanguage: hi");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder drawn = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(glyph -> drawn.append(glyph.getUnicode()));
                }
            }.getText(document);
            assertThat(drawn.toString()).contains("\u093F\u0915").doesNotContain("\u0915\u093F").doesNotContain("#");
        }
    }

    /**
     * The Unicode values of the glyphs drawn on an Arabic-script cover, as its ToUnicode maps
     * give them, checked to be drawn in the Arabic face.
     */
    private String shapedTitle(String frontMatter) throws Exception {
        byte[] pdf = coverPdf(frontMatter);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition glyph : positions) {
                        drawn.append(glyph.getUnicode());
                        if (glyph.getUnicode().codePointAt(0) >= 0x0600) {
                            assertThat(glyph.getFont().getName()).as("face of %s", glyph.getUnicode()).contains("NotoNaskhArabic");
                        }
                    }
                }
            };
            stripper.getText(document);
            return drawn.toString();
        }
    }

    @Test
    void aLatinCoverEmbedsNoScriptFace() throws Exception {
        byte[] pdf = coverPdf("title: Snow “Falling” — Again\nauthor: Ann Lee");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(fonts(document)).isNotEmpty().allMatch(name -> name.contains("NotoSerif"));
        }
    }

    private static List<String> fonts(PDDocument document) throws Exception {
        List<String> names = new ArrayList<>();
        PDResources resources = document.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }
}
