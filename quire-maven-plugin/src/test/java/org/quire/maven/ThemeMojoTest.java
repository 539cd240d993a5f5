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
        // What the goal says goes to a list, not the build's console (mvn -q printed 48 lines).
        java.util.List<String> said = new java.util.ArrayList<>();
        mojo.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                said.add(content.toString());
            }
        });
        mojo.execute();
        assertThat(said).anyMatch(line -> line.contains("cover.css")).anyMatch(line -> line.contains("chapter.ftlx"));
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
