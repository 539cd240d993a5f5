package org.quire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.Format;
import org.quire.Quire;
import org.quire.model.StoryException;

/** Built-in theme < the project's templates/ < a story's own templates/, each by file name. */
class LayeredThemeTest {
    @TempDir
    Path root;

    private String colophon(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("EPUB/colophon.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String colophonTemplate(String mark) {
        return "<#import \"layout.ftlx\" as layout>\n<@layout.page title=\"Colophon\" bodyType=\"backmatter\">\n<p>" + mark
                + "</p>\n</@layout.page>\n";
    }

    @Test
    void overridesApplyInLayeredOrder() throws Exception {
        Path project = Files.createDirectories(root.resolve("templates"));
        Files.writeString(project.resolve("colophon.ftlx"), colophonTemplate("PROJECT"));
        Files.writeString(project.resolve("style.css"), "/* project css */");
        Path own = Files.createDirectories(root.resolve("stories/own/templates"));
        Files.writeString(root.resolve("stories/own/story.yaml"), "title: Own\n");
        Files.writeString(root.resolve("stories/own/1.md"), "Text.\n");
        Files.writeString(own.resolve("colophon.ftlx"), colophonTemplate("STORY"));
        Files.writeString(root.resolve("stories/plain.md"), "---\ntitle: Plain\n---\nText.\n");

        Quire quire = Quire.builder().templates(project).clock(Instant.EPOCH).formats(Set.of(Format.EPUB)).covers(false).build();
        Path ownEpub = quire.build(root.resolve("stories/own"), root.resolve("out")).files().get(0);
        Path plainEpub = quire.build(root.resolve("stories/plain.md"), root.resolve("out")).files().get(0);

        assertThat(colophon(ownEpub)).contains("<p>STORY</p>").doesNotContain("PROJECT");
        assertThat(colophon(plainEpub)).contains("<p>PROJECT</p>");
        try (ZipFile zip = new ZipFile(ownEpub.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("EPUB/css/style.css")).readAllBytes())).isEqualTo("/* project css */");
            assertThat(new String(zip.getInputStream(zip.getEntry("EPUB/ch001.xhtml")).readAllBytes())).contains("doc-chapter");
        }
    }

    @Test
    void aTemplateCannotReadAFileOutsideTheProject() throws Exception {
        Path project = Files.createDirectories(root.resolve("project/templates"));
        Files.writeString(root.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(project.resolve("colophon.ftlx"), "<#include \"../../secret.txt\">\n");
        Path story = root.resolve("project/a.md");
        Files.writeString(story, "---\ntitle: A\n---\nText.\n");
        Quire quire = Quire.builder().templates(project).clock(Instant.EPOCH).formats(Set.of(Format.EPUB)).covers(false).build();
        StoryException e = org.assertj.core.api.Assertions.catchThrowableOfType(StoryException.class,
                () -> quire.build(story, root.resolve("out")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(project.resolve("colophon.ftlx").toString()).doesNotContain("TOP SECRET");
    }

    @Test
    void theThemeIndexListsEveryTemplateAndStylesheet() throws Exception {
        Path folder = Path.of("src/main/resources/org/quire/theme");
        try (var files = Files.list(folder)) {
            var names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("theme-files.txt")).sorted().toList();
            assertThat(ThemeExport.files()).containsExactlyInAnyOrderElementsOf(names);
        }
    }
}
