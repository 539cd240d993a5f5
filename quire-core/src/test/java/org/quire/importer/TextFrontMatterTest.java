package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Diagnostic;
import org.quire.testing.BookText;

/**
 * What stands before a plain-text story's first chapter becomes metadata and notes, never a
 * numbered "Chapter 1"; chapter lines in other languages and bare numbers; AO3 pastes (new
 * user's trial 2, findings 1, 7 and 14). Inputs are the trial's files in {@code import/trial/}.
 */
class TextFrontMatterTest {
    private static final Path TRIAL = FormatReadersTest.RESOURCES.resolve("trial");
    private final Importer importer = new Importer(NoteMode.GUESS);

    @TempDir
    Path dir;

    private ImportedStory read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return importer.read(file);
    }

    private static List<String> titles(ImportedStory story) {
        return story.chapters().stream().map(ImportedChapter::title).toList();
    }

    @Test
    void aTitleWithItsBylineOnTheNextLineAndNotesBeforeChapterOneAreTheStorys() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("broken-compass.txt"));
        assertThat(story.metadata()).containsEntry("title", "Broken Compass").containsEntry("author", "starlight_scribe")
                .containsEntry("disclaimer", "I don't own Pirates of the Caribbean. Disney does. I'm just borrowing the"
                        + " characters for a while.")
                .containsEntry("notes", "Hey guys! This is my first POTC fic so please be nice. Reviews are love!");
        assertThat(titles(story)).containsExactly("Chapter 1: The Storm", "Chapter 2: Landfall", "Chapter Three: The Compass");
        assertThat(story.chapters().get(0).body()).startsWith("The wind had been rising since noon");
        assertThat(story.warnings()).filteredOn(d -> d.location().line() == 6).extracting(Diagnostic::message)
                .allMatch(m -> m.contains("before the first chapter"));

        ImportedStory star = importer.read(TRIAL.resolve("second-star.txt"));
        assertThat(star.metadata()).containsEntry("title", "Second Star to the Right").containsEntry("author", "neverland_kid");
        assertThat(titles(star)).containsExactly("Prologue", "Chapter 1", "Chapter 2", "Epilogue");
    }

    @Test
    void everyBylineForm() throws Exception {
        String text = "\n\nThe wind had been rising since noon.\n\nElizabeth stood at the rail.\n";
        for (String header : List.of("Broken Compass\nby starlight_scribe", "Broken Compass\nBy: starlight_scribe",
                "Broken Compass\n\nby starlight_scribe", "Broken Compass by starlight_scribe")) {
            ImportedStory story = read("x.txt", header + text);
            assertThat(story.metadata()).as(header).containsEntry("title", "Broken Compass")
                    .containsEntry("author", "starlight_scribe");
            assertThat(story.chapters()).as(header).hasSize(1);
            assertThat(story.chapters().get(0).body()).as(header).startsWith("The wind had been rising");
        }
    }

    @Test
    void aHeaderOfLabelledLinesIsTheStorysDetails() throws Exception {
        ImportedStory story = read("header.txt", "Title: Broken Compass\nAuthor: starlight_scribe\nRating: T\n"
                + "Pairing: Jack/Elizabeth\nSummary: Elizabeth and a compass.\nWords: 1,234\n\n"
                + "The wind had been rising since noon.\n\nElizabeth stood at the rail.\n");
        assertThat(story.metadata()).containsEntry("title", "Broken Compass").containsEntry("author", "starlight_scribe")
                .containsEntry("rating", "T").containsEntry("relationships", List.of("Jack/Elizabeth"))
                .containsEntry("summary", "Elizabeth and a compass.");
        assertThat(story.chapters().get(0).body()).isEqualTo("The wind had been rising since noon.\n\n"
                + "Elizabeth stood at the rail.");
        assertThat(story.warnings()).anyMatch(d -> d.message().contains("'Words: 1,234' left out"));
    }

    @Test
    void titlesInOtherLanguagesAndWithBrackets() throws Exception {
        assertThat(read("a.txt", "Nachtzug nach Wien\n\nDer Zug fuhr um zehn ab.\n\nLena saß allein.\n").title())
                .isEqualTo("Nachtzug nach Wien");
        assertThat(read("b.txt", "Coffee Shop AU (Nobody Asked For)\n\nThe bell rang at seven.\n\nSteve did not look up.\n")
                .title()).isEqualTo("Coffee Shop AU (Nobody Asked For)");
        assertThat(read("three-years.txt", "Three years later\n\nThe road was long.\n\nThey walked.\n").title())
                .isEqualTo("three years");
    }

    @Test
    void aWarningLabelBeforeChapterOneIsANote() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("alpha-neighbor.txt"));
        assertThat(story.metadata()).containsEntry("title", "My Alpha Neighbor 🐺")
                .containsEntry("notes", "⚠️ TW: mild language, mentions of blood");
        assertThat(titles(story)).containsExactly("Chapter 1 - The New Girl", "Chapter 2 - Scratches");
        assertThat(story.chapters().get(0).endNotes()).startsWith("don't forget to vote and comment");
        assertThat(story.chapters().get(0).body()).contains("📱 Mom: did u get there ok  \n📱 Me: yes");
    }

    @Test
    void textBeforeTheFirstChapterLineIsAnOpeningNotChapterOne() throws Exception {
        ImportedStory story = read("open.txt", "The Storm\n\nThe sea had been quiet for a week.\n\n"
                + "Nobody trusted it.\n\nChapter 1\n\nThe wind rose.\n\nChapter 2\n\nIt fell.\n");
        assertThat(titles(story)).containsExactly("Prologue", "Chapter 1", "Chapter 2");
        assertThat(story.chapters().get(0).body()).isEqualTo("The sea had been quiet for a week.\n\nNobody trusted it.");
        assertThat(story.warnings()).extracting(Diagnostic::code).contains("IMPORT-OPENING");

        ImportedStory german = read("zug.txt", "Der Zug\n\nEs war einmal ein Zug, und der Zug fuhr nicht mehr. Die Leute"
                + " warteten und sie warteten, aber er kam nicht.\n\nKapitel 1\n\nDer Zug kam nicht.\n\nKapitel 2\n\n"
                + "Er kam doch.\n");
        assertThat(titles(german)).containsExactly("Prolog", "Kapitel 1", "Kapitel 2");
        assertThat(german.metadata()).containsEntry("language", "de");
    }

    @Test
    void textBeforeAChapterTwoLineIsChapterOne() throws Exception {
        // The Long Way Home (the trial's ffn/): chapter 1 has no line of its own, chapter 2 has one.
        ImportedStory story = read("long.txt", "The Long Way Home\n\nSummer came late to Millbrook that year.\n\n"
                + "Anna had not been back in nine years.\n\nLet me know what you think of this chapter! Should I continue?\n\n"
                + "~*~ Chapter 2 ~*~\n\nThe kitchen smelled of coffee.\n\nThanks for reading, everyone!\n");
        assertThat(titles(story)).containsExactly("", "Chapter 2");
        assertThat(story.chapters().get(0).body()).startsWith("Summer came late");
        assertThat(story.chapters().get(0).endNotes()).startsWith("Let me know what you think");
        assertThat(ChapterLines.number("Chapter Two: The Storm")).isEqualTo(2);
        assertThat(ChapterLines.number("II.")).isEqualTo(2);
        assertThat(ChapterLines.number("第二章")).isEqualTo(2);
        assertThat(ChapterLines.number("Prologue")).isZero();
    }

    @Test
    void chapterLinesInOtherLanguagesAndBareNumbers() throws Exception {
        String body = "\n\nThe wind rose at noon. It did not stop.\n\nShe watched it from the rail.\n\n";
        for (String[] lines : List.of(new String[] {"Kapitel 1", "Kapitel 2"}, new String[] {"Chapitre 1", "Chapitre 2"},
                new String[] {"Capítulo 1", "Capítulo 2"}, new String[] {"— Chapter 1 —", "— Chapter 2 —"},
                new String[] {"1", "2"}, new String[] {"1.", "2."}, new String[] {"I.", "II."}, new String[] {"第一章", "第二章"})) {
            ImportedStory story = read("c.txt", "Storm Story\n\n" + lines[0] + body + lines[1] + body);
            assertThat(story.chapters()).as(lines[0]).hasSize(2);
            assertThat(story.chapters().get(0).body()).as(lines[0]).startsWith("The wind rose");
        }
        ImportedStory zh = importer.read(TRIAL.resolve("zh.txt"));
        assertThat(zh.metadata()).containsEntry("title", "月光").containsEntry("language", "zh");
        assertThat(titles(zh)).containsExactly("第一章", "第二章");
        // A lone number in the text is no chapter: numbers count up from one.
        ImportedStory lone = read("lone.txt", "Storm Story\n\nShe counted the boats.\n\n3\n\nThree was all.\n");
        assertThat(lone.chapters()).hasSize(1);
    }

    @Test
    void aStoryInAnotherScriptOrLanguageIsSaidToBeInIt() throws Exception {
        assertThat(importer.read(TRIAL.resolve("ar.txt")).metadata()).containsEntry("language", "ar");
        ImportedStory german = importer.read(TRIAL.resolve("nachtzug.txt"));
        assertThat(german.metadata()).containsEntry("language", "de").containsEntry("title", "Nachtzug nach Wien")
                .containsEntry("notes", "Meine erste Geschichte auf Deutsch! Ich hoffe, sie gefällt euch.");
        assertThat(titles(german)).containsExactly("Kapitel 1", "Kapitel 2");
        assertThat(importer.read(TRIAL.resolve("broken-compass.txt")).metadata()).doesNotContainKey("language");
    }

    @Test
    void aPasteFromAnAo3WorkPageIsReadByItsLabels() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("coffee-shop-au.txt"));
        assertThat(story.metadata()).containsEntry("title", "Coffee Shop AU (Nobody Asked For)")
                .containsEntry("author", "ficwriter22")
                .containsEntry("summary", "Steve works at a coffee shop. Bucky keeps ordering the wrong drink on purpose.")
                .containsEntry("notes", "Written for the 2019 Fluff Fest. Unbeta'd, all mistakes are mine.")
                .containsEntry("end_notes", "Thank you for reading! Kudos and comments make my day. Come say hi on tumblr!");
        String body = story.chapters().get(0).body();
        assertThat(body).startsWith("The bell over the door rang").endsWith("\"Where's the fun in that?\"")
                .doesNotContain("Summary:", "Notes:", "Work Text:");
        String file = Files.readString(TRIAL.resolve("coffee-shop-au.txt"));
        List<String> words = BookText.words(file.replaceAll("(?m)^(Summary|Notes|Work Text):$", ""));
        assertThat(BookText.words(String.join(" ", story.title(), String.valueOf(story.metadata().get("author")),
                String.valueOf(story.metadata().get("summary")), String.valueOf(story.metadata().get("notes")), body,
                String.valueOf(story.metadata().get("end_notes"))))).isEqualTo(words);

        ImportedStory chapters = read("paste.txt", "Two Cups\nficwriter22\n\nSummary:\n\nTea.\n\n"
                + "Chapter 1: Kettle\n\nChapter Text\n\nThe kettle sang.\n\nNotes:\n\nMore soon!\n\n"
                + "Chapter 2\n\nChapter Text\n\nThe tea was cold.\n");
        assertThat(titles(chapters)).containsExactly("Chapter 1: Kettle", "");
        assertThat(chapters.chapters().get(0).endNotes()).isEqualTo("More soon!");
        assertThat(chapters.chapters().get(1).body()).isEqualTo("The tea was cold.");
        assertThat(chapters.metadata()).containsEntry("summary", "Tea.");

        // The tag list copied too: labels with a key are metadata, the rest is left out with a warning.
        ImportedStory tagged = read("tagged.txt", "Two Cups\nficwriter22\n\nRating:\nGeneral Audiences\n\n"
                + "Fandom:\nMarvel\n\nChapters:\n1/1\n\nKudos:\n12\n\nWork Text:\n\nThe kettle sang.\n");
        assertThat(tagged.metadata()).containsEntry("rating", "General Audiences").containsEntry("fandoms", List.of("Marvel"))
                .containsEntry("status", Map.of("state", "complete", "chapters", 1));
        assertThat(tagged.warnings()).anyMatch(d -> d.message().contains("'kudos: 12' left out") && d.location().line() == 14);

        // As AO3's page reads: the tag list first, then the title and byline, then the labels.
        ImportedStory tagsFirst = read("tags-first.txt", "Rating:\n    Mature\nFandom:\n    Original Work\nStats:\n"
                + "    Published: 2024-01-05 Words: 60 Chapters: 1/1 Kudos: 12 Hits: 300\n\nEmber Street\nquietfox\n\n"
                + "Summary:\n\nTwo neighbours and one shared wall.\n\nWork Text:\n\nThrough the wall, Kit could hear her.\n");
        assertThat(tagsFirst.metadata()).containsEntry("title", "Ember Street").containsEntry("author", "quietfox")
                .containsEntry("rating", "Mature").containsEntry("published", "2024-01-05")
                .containsEntry("summary", "Two neighbours and one shared wall.");
    }

    @Test
    void aOneShotIsCompleteUnlessItSaysItGoesOn() throws Exception {
        assertThat(read("done.txt", "Snow\n\nIt snowed.\n\nThe end.\n").metadata()).containsEntry("status", "complete");
        assertThat(read("more.txt", "Snow\n\nIt snowed.\n\nTo be continued...\n").metadata()).doesNotContainKey("status");
        assertThat(importer.read(TRIAL.resolve("broken-compass.txt")).metadata()).doesNotContainKey("status");
        assertThat(importer.read(TRIAL.resolve("salt-and-iron-ao3.epub")).metadata())
                .containsEntry("status", Map.of("state", "in-progress", "chapters", 5));
    }
}
