package org.quire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.Quire;

/** The writer's templates folder overrides built-in templates and stylesheets by file name. */
class TemplateOverrideTest {
    @TempDir
    Path root;

    @Test
    void authorTemplatesAndStylesheetWinOverTheBuiltInTheme() throws Exception {
        Path story = root.resolve("a.md");
        Files.writeString(story, "---\ntitle: Tom & \"Jerry\" <3\n---\nText.\n");
        Path templates = Files.createDirectories(root.resolve("templates"));
        Files.writeString(templates.resolve("style.css"), "body { color: rebeccapurple; }\n");
        Files.writeString(templates.resolve("colophon.ftlx"), """
                <#import "layout.ftlx" as layout>
                <@layout.page title="Colophon" bodyType="backmatter">
                <p class="mine">Set by hand: ${book.title}</p>
                </@layout.page>
                """);
        Quire.builder().templates(templates).clock(Instant.EPOCH).build().build(story, root.resolve("out"));
        try (ZipFile zip = new ZipFile(root.resolve("out/a.epub").toFile())) {
            String css = new String(zip.getInputStream(zip.getEntry("EPUB/css/style.css")).readAllBytes(), StandardCharsets.UTF_8);
            String colophon = new String(zip.getInputStream(zip.getEntry("EPUB/colophon.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            String chapter = new String(zip.getInputStream(zip.getEntry("EPUB/ch001.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(css).contains("rebeccapurple");
            assertThat(colophon).contains("<p class=\"mine\">Set by hand: Tom &amp; \u201CJerry\u201D &lt;3</p>");
            assertThat(chapter).contains("<section class=\"chapter\""); // not overridden: built-in
        }
    }

    @Test
    void aTemplateThatDoesNotParseIsNamedAtItsOwnLineForEveryStory() throws Exception {
        Path templates = Files.createDirectories(root.resolve("templates"));
        String layout = new String(new Theme(java.util.List.of()).resource("layout.ftlx"), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("layout.ftlx"), "${book.title?upper}\n" + layout);
        Quire quire = Quire.builder().templates(templates).clock(Instant.EPOCH).build();
        for (String name : java.util.List.of("a", "b")) {
            Path story = root.resolve(name + ".md");
            Files.writeString(story, "---\ntitle: " + name + "\n---\nText.\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> quire.build(story, root.resolve("out")))
                    .isInstanceOf(org.quire.model.StoryException.class)
                    .satisfies(e -> assertThat(((org.quire.model.StoryException) e).diagnostics()).first()
                            .satisfies(d -> {
                                assertThat(d.toString()).startsWith(templates.resolve("layout.ftlx") + ":1:")
                                        .contains("[TEMPLATE-SYNTAX]").contains("upper");
                                assertThat(d.message()).hasSizeLessThan(201).doesNotContain("earlier attempt");
                            }));
        }
    }

    @Test
    void aMissingTemplatesFolderMeansTheBuiltInTheme() throws Exception {
        Theme theme = new Theme(java.util.List.of(root.resolve("nope")));
        assertThat(new String(theme.resource("style.css"), StandardCharsets.UTF_8)).contains("scene-break");
    }
}
