package org.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quire:import run as Maven runs it: an archive folder in, Quire source and its report out. */
class ImportMojoTest {
    @TempDir
    Path root;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private ImportMojo mojo(String notes, boolean force) {
        ImportMojo mojo = new ImportMojo();
        mojo.importFrom = List.of(root.resolve("archive").toFile());
        mojo.storiesDirectory = root.resolve("stories").toFile();
        mojo.notes = notes;
        mojo.force = force;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }

            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }
        });
        return mojo;
    }

    private void write(String name, String text) throws Exception {
        Path file = root.resolve("archive").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void importsEveryStoryReportsEveryFileAndKeepsWhatIsThere() throws Exception {
        String text = "He ran.\n\nShe ran after him.\n\nThey both fell.\n";
        write("seed.txt", text);
        write("other.txt", text);
        write("README.txt", "About this archive.\n");
        write("fanart.gif", "GIF89a");

        mojo("none,seed.txt=edges", false).execute();

        Path stories = root.resolve("stories");
        assertThat(Files.readString(stories.resolve("seed.md"))).startsWith("---\n# imported by Quire from seed.txt\ntitle: seed\nnotes: He ran.\n"
                + "end_notes: They both fell.\nstatus: complete\n---\nShe ran after him.\n");
        assertThat(Files.readString(stories.resolve("other.md"))).endsWith("---\nHe ran.\n\nShe ran after him.\n\nThey both fell.\n");
        assertThat(infos).anySatisfy(i -> assertThat(i).contains("seed.txt: imported from text as").contains("(1 chapter, 4 words)"))
                .anySatisfy(i -> assertThat(i).contains("README.txt: skipped, a read-me"))
                .anySatisfy(i -> assertThat(i).contains("fanart.gif: skipped, a picture Quire cannot use"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("IMPORT-TITLE"));
        assertThat(stories.resolve("quire-import.json")).content().contains("\"imported\": 2")
                .contains("\"role\": \"skipped\"");

        Files.writeString(stories.resolve("seed.md"), "kept\n");
        assertThatThrownBy(() -> mojo("guess", false).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("quire-import.json");
        assertThat(stories.resolve("seed.md")).content().isEqualTo("kept\n");
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("a story of that name is already there"));

        mojo("guess", true).execute();
        assertThat(stories.resolve("seed.md")).content().startsWith("---\n# imported by Quire from seed.txt\ntitle: seed\n");
    }

    @Test
    void aBadNoteSettingIsAConfigurationError() {
        assertThatThrownBy(() -> mojo("maybe", false).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("notes must be guess, edges or none, not 'maybe'");
    }
}
