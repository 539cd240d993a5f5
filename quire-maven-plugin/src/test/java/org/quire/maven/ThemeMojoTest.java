package org.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.render.ThemeExport;

class ThemeMojoTest {
    @TempDir
    Path root;

    @Test
    void copiesTheThemeWithoutOverwritingAnything() throws Exception {
        Path templates = Files.createDirectories(root.resolve("templates"));
        Files.writeString(templates.resolve("cover.css"), "/* mine */");
        ThemeMojo mojo = new ThemeMojo();
        mojo.templatesDirectory = templates.toFile();
        mojo.execute();
        assertThat(Files.readString(templates.resolve("cover.css"))).isEqualTo("/* mine */");
        for (String name : ThemeExport.files()) {
            assertThat(templates.resolve(name)).isRegularFile();
        }
        assertThat(Files.readString(templates.resolve("chapter.ftlx"))).contains("<section class=\"chapter\"");
        Files.writeString(templates.resolve("chapter.ftlx"), "edited");
        mojo.execute();
        assertThat(Files.readString(templates.resolve("chapter.ftlx"))).isEqualTo("edited");
    }
}
