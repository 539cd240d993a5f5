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

/** The words around a story follow its language; a writer may change them by file name. */
class LabelsTest {
    @TempDir
    Path root;

    private String entry(Path epub, String name) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aGermanStoryGetsGermanLabelsAndChapterNames() throws Exception {
        Files.writeString(root.resolve("story.yaml"), "title: Sturm\nlanguage: de\nend_notes: Danke.\nseries: {name: Küste, part: 2}\n");
        Files.writeString(root.resolve("1.md"), "Erster Text.\n");
        Files.writeString(root.resolve("2.md"), "Zweiter Text.\n");
        Path epub = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.EPUB)).covers(false).build()
                .build(root, root.resolve("out")).files().get(0);
        assertThat(entry(epub, "EPUB/nav.xhtml")).contains(">Inhalt</h1>", ">Kapitel 1</a>", ">Kapitel 2</a>", ">Nachwort</a>");
        assertThat(entry(epub, "EPUB/title.xhtml")).contains("<dt>Reihe:</dt><dd>Teil 2 von Küste</dd>", "<dt>Wörter:</dt>");
        assertThat(entry(epub, "EPUB/ch002.xhtml")).contains(">Kapitel 2</h1>");
    }

    @Test
    void aLanguageWithoutLabelsGetsEnglishAndTheWriterMayOverrideAny() throws Exception {
        Path templates = Files.createDirectories(root.resolve("templates"));
        Files.writeString(templates.resolve("labels.properties"), "contents=Table of Contents\n");
        Theme theme = new Theme(java.util.List.of(templates));
        Labels finnish = Labels.of(theme, "fi");
        assertThat(finnish.get("contents")).isEqualTo("Table of Contents");
        assertThat(finnish.chapter(1000)).isEqualTo("Chapter 1000");
        assertThat(Labels.of(Theme.builtIn(), "fr").format("partOf", "3", "Série")).isEqualTo("Partie 3 de Série");
    }
}
