package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Author's notes in plain text, both ways: story text (narration to a reader, dialogue) is never
 * taken for a note, and notes marked or plainly the author's are found (new user's trial 2,
 * findings 5 and 6). Each file is the trial's, in {@code import/trial/}: three paragraphs of
 * story and a note or a narrator's line at the start or the end.
 */
class NoteGuessTest {
    private static final Path TRIAL = FormatReadersTest.RESOURCES.resolve("trial");
    private final Importer importer = new Importer(NoteMode.GUESS);

    @ParameterizedTest
    @ValueSource(strings = {"summer-seventeen.txt", "narr-end.txt", "narr-start-reader.txt", "dialogue-review.txt",
            "ellipsis-end.txt"})
    void storyTextIsNeverANote(String name) throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve(name));
        assertThat(story.metadata()).doesNotContainKeys("notes", "end_notes");
        assertThat(story.warnings()).noneMatch(d -> d.code().equals("IMPORT-NOTE"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "multi-an.txt|notes|Thanks so much for all the reviews.\\n\\nI'll update next week, promise.",
        "tilde-an.txt|notes|This one goes out to my beta, who is a saint.",
        "an-slashes.txt|notes|this fic is dedicated to everyone in the discord!!",
        "sorry-wait.txt|notes|Sorry for the long wait guys! Real life got in the way. Enjoy the chapter!",
        "ooc-end.txt|end_notes|Okay so that happened lol. Let me know what you guys think!! Should I continue or nah?",
        "paren-an.txt|end_notes|sorry this one is short, the next will be longer!",
        "signoff.txt|end_notes|Reviews are appreciated! ~starlight",
        "thanks-only.txt|end_notes|Thanks for reading!",
        "bold-note.txt|end_notes|I don't own anything. Please don't sue."})
    void notesMarkedOrPlainlyTheAuthorsAreFound(String name, String key, String note) throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve(name));
        Map<String, Object> metadata = story.metadata();
        assertThat(String.valueOf(metadata.get(key))).isEqualTo(note.replace("\\n", "\n"));
        String body = story.chapters().get(0).body();
        assertThat(body).startsWith("The rain had not stopped").endsWith("She nodded and went on counting.");
    }
}
