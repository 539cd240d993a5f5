package org.quire.testing;

import java.nio.file.Path;
import org.quire.importer.ImportedStory;
import org.quire.importer.Importer;
import org.quire.importer.NoteMode;

/** Imports one file and prints its chapter count: run in a JVM of its own with a small heap. */
public final class ImportOne {
    private ImportOne() {
    }

    public static void main(String[] args) throws Exception {
        ImportedStory story = new Importer(NoteMode.GUESS).read(Path.of(args[0]));
        System.out.println(story.chapters().size() + " chapters");
    }
}
