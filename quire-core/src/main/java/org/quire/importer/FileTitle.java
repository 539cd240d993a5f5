package org.quire.importer;

import java.nio.file.Path;

/** A title made from a file name when a story names none: {@code the_long-night.txt} → "the long night". */
final class FileTitle {
    private FileTitle() {
    }

    static String of(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String title = name.replaceAll("[_\\s]+", " ").replaceAll("(?<=\\p{L})-(?=\\p{L})", " ").strip();
        return title.isEmpty() ? "Untitled" : title;
    }
}
