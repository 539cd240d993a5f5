package org.quire.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text cut into paragraphs with the line each starts on. Paragraphs are separated by blank
 * lines; a file with no blank line at all (as some sites paste) has one paragraph per line.
 */
final class Paragraphs {
    /** A paragraph's text (its lines joined by {@code \n}) and its first line in the file. */
    record Paragraph(String text, int line) {
        boolean oneLine() {
            return text.indexOf('\n') < 0;
        }
    }

    private Paragraphs() {
    }

    static List<Paragraph> of(String text) {
        String[] lines = text.split("\n", -1);
        boolean blankLines = false;
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText |= seenText;
            } else {
                blankLines |= blankAfterText;
                seenText = true;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || !blankLines) {
                if (!line.isBlank()) {
                    paragraphs.add(new Paragraph(line.strip(), i + 1));
                } else if (current.length() > 0) {
                    paragraphs.add(new Paragraph(current.toString(), start));
                    current.setLength(0);
                }
                continue;
            }
            if (current.length() == 0) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line.strip());
        }
        if (current.length() > 0) {
            paragraphs.add(new Paragraph(current.toString(), start));
        }
        return paragraphs;
    }
}
