package org.quire.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Story;

/** Warnings do not stop a story; they name the line and suggest the fix. */
class WarningsTest {
    @TempDir
    Path root;

    @Test
    void unknownKeyNamesTheNearestKnownKey() throws Exception {
        Path story = root.resolve("a.md");
        Files.writeString(story, "---\ntitle: A\nend_note: Thanks!\nfandom: X\nfavourite_colour: blue\n---\nText.\n");
        Story read = new StoryReader().read(story);
        assertThat(read.warnings()).extracting(Object::toString).containsExactly(
                story + ":3:1: warning [UNKNOWN-KEY] unknown key 'end_note' (did you mean 'end_notes'?); it is ignored",
                story + ":4:1: warning [UNKNOWN-KEY] unknown key 'fandom' (did you mean 'fandoms'?); it is ignored",
                story + ":5:1: warning [UNKNOWN-KEY] unknown key 'favourite_colour'; it is ignored");
    }

    @Test
    void chapterKeysAreCheckedToo() throws Exception {
        Files.writeString(root.resolve("story.yaml"), "title: S\n");
        Path chapter = root.resolve("1-a.md");
        Files.writeString(chapter, "---\ntitel: One\n---\nText.\n");
        Story read = new StoryReader().read(root);
        assertThat(read.warnings()).extracting(Object::toString)
                .containsExactly(chapter + ":2:1: warning [UNKNOWN-KEY] unknown key 'titel' (did you mean 'title'?); it is ignored");
    }
}
