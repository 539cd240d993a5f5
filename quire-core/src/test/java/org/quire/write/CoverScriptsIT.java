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
