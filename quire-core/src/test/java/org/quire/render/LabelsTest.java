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

    /** Trial 9, finding 12: AO3's "Completed: 2023-04-09" was shown as "Updated: April 9, 2023". */
    @Test
    void theLastDateOfACompleteStoryIsWhenItWasCompleted() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.EPUB)).covers(false).build();
        Path done = Files.createDirectories(root.resolve("done"));
        Files.writeString(done.resolve("story.yaml"),
                "title: Lanterns\nstatus: complete\npublished: 2023-03-01\nupdated: 2023-04-09\nrights: Mine\n");
        Files.writeString(done.resolve("1.md"), "Text.\n");
        Path epub = quire.build(done, root.resolve("out")).files().get(0);
        assertThat(entry(epub, "EPUB/title.xhtml")).contains("<dt>Completed:</dt><dd>April 9, 2023</dd>").doesNotContain("Updated");
        assertThat(entry(epub, "EPUB/colophon.xhtml")).contains("First published March 1, 2023; completed April 9, 2023.");

        Path going = Files.createDirectories(root.resolve("going"));
        Files.writeString(going.resolve("story.yaml"),
                "title: Embers\nstatus: {state: in-progress, chapters: 3}\npublished: 2023-03-01\nupdated: 2023-04-09\n");
        Files.writeString(going.resolve("1.md"), "Text.\n");
        epub = quire.build(going, root.resolve("out2")).files().get(0);
        assertThat(entry(epub, "EPUB/title.xhtml")).contains("<dt>Updated:</dt><dd>April 9, 2023</dd>");

        for (String language : new String[] {"de", "fr", "es", "ru", "it", "pt", "el"}) {
            assertThat(Labels.of(Theme.builtIn(), language).get("completed")).as(language)
                    .isNotBlank().isNotEqualTo(Labels.of(Theme.builtIn(), "en").get("completed"));
        }
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

    @Test
    void countsDatesAndNameListsFollowTheStorysLanguage() throws Exception {
        Labels english = Labels.of(Theme.builtIn(), "en");
        Labels french = Labels.of(Theme.builtIn(), "fr");
        Labels german = Labels.of(Theme.builtIn(), "de");
        Labels russian = Labels.of(Theme.builtIn(), "ru");
        assertThat(english.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(french.number(2896)).isEqualTo("2\u202f896");
        assertThat(german.number(2896)).isEqualTo("2.896");
        assertThat(russian.number(2896)).isEqualTo("2\u00a0896");
        assertThat(Labels.of(Theme.builtIn(), "ar").number(2896)).as("Latin digits, like the dates").isEqualTo("2,896");
        java.time.LocalDate day = java.time.LocalDate.of(2024, 3, 12);
        assertThat(english.date(day)).isEqualTo("March 12, 2024");
        assertThat(french.date(day)).isEqualTo("12 mars 2024");
        assertThat(german.date(day)).isEqualTo("12. März 2024");
        assertThat(english.join(java.util.List.of("Ann", "Bo", "Cy"))).isEqualTo("Ann, Bo and Cy");
        assertThat(french.join(java.util.List.of("Ann", "Bo"))).isEqualTo("Ann et Bo");
        assertThat(russian.join(java.util.List.of("Аня"))).isEqualTo("Аня");
        // Where "and" is no word set apart by spaces, the label is a pattern: Hebrew's ו is a prefix.
        assertThat(Labels.of(Theme.builtIn(), "he").join(java.util.List.of("דנה", "יואב"))).isEqualTo("דנה ויואב");
        assertThat(Labels.of(Theme.builtIn(), "zh").join(java.util.List.of("林晚", "周舟", "陈默"))).isEqualTo("林晚、周舟和陈默");
        assertThat(Labels.of(Theme.builtIn(), "ja").chapter(3)).isEqualTo("第3章");
        assertThat(Labels.of(Theme.builtIn(), "ar").get("contents")).isEqualTo("المحتويات");
        assertThat(french.get("colon")).isEqualTo("\u00a0:");
        assertThat(russian.get("words")).isEqualTo("Слов");
    }

    @Test
    void aFrenchStorysDetailsTakeANoBreakSpaceBeforeTheColonAndFrenchGrouping() throws Exception {
        Files.writeString(root.resolve("story.yaml"), "title: Marée\nlanguage: fr\nstatus: complete\nauthor: [Ann, Bo]\n");
        Files.writeString(root.resolve("1.md"), "Un texte.\n");
        Files.writeString(root.resolve("2.md"), "Un autre.\n");
        Path epub = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.EPUB)).covers(false).build()
                .build(root, root.resolve("out")).files().get(0);
        assertThat(entry(epub, "EPUB/title.xhtml")).contains("<dt>Statut\u00a0:</dt><dd>Terminé</dd>",
                "<dt>Chapitres\u00a0:</dt><dd>2/2</dd>", "par Ann et Bo");
    }

    @Test
    void theChapterCountShowsAPlanOnlyWhenTheStoryHasOne() throws Exception {
        String[][] cases = {
            {"status: in-progress\n", "2/?"},
            {"status: complete\n", "2/2"},
            {"status: {state: in-progress, chapters: 10}\n", "2/10"},
            {"", "2"},
        };
        for (String[] example : cases) {
            Path story = Files.createDirectories(root.resolve("s" + example[1].replace('/', '-').replace('?', 'q')));
            Files.writeString(story.resolve("story.yaml"), "title: T\n" + example[0]);
            Files.writeString(story.resolve("1.md"), "One.\n");
            Files.writeString(story.resolve("2.md"), "Two.\n");
            Path epub = Quire.builder().clock(Instant.EPOCH).formats(Set.of(Format.EPUB)).covers(false).build()
                    .build(story, story.resolve("out")).files().get(0);
            assertThat(entry(epub, "EPUB/title.xhtml")).as(example[0]).contains("<dt>Chapters:</dt><dd>" + example[1] + "</dd>");
        }
    }
}
