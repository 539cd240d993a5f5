package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text cut into paragraphs with the line each starts on. Blank lines separate blocks;
 * each block of several lines is read for what its lines are, since a paste mixes them freely:
 *
 * <ul>
 *   <li>lines that end sentences (a fan-fiction site's paste: one paragraph a line, a blank line
 *       only after the title) are a paragraph each;</li>
 *   <li>long lines that break mid-sentence (text wrapped at 70 columns) are one paragraph;</li>
 *   <li>short lines that break mid-sentence (verse, lyrics) are one paragraph that keeps its
 *       line breaks.</li>
 * </ul>
 *
 * A file with no blank line at all has one paragraph per line.
 */
final class Paragraphs {
    /** What a block's lines were read as. */
    enum Reading { PARAGRAPH, LINES, VERSE }

    /**
     * A paragraph's text (its lines joined by {@code \n}), its first line in the file, whether
     * its line breaks are kept (verse), and the block of lines (between blank lines) it was read
     * from, counted from 0; -1 for a paragraph the reader made.
     */
    record Paragraph(String text, int line, boolean verse, int block) {
        Paragraph(String text, int line) {
            this(text, line, false, -1);
        }

        boolean oneLine() {
            return text.indexOf('\n') < 0;
        }
    }

    /** A line that ends a sentence or a line of dialogue. */
    private static final Pattern ENDS = Pattern.compile(".*[.!?…\"”’'»)\\]:;—–*~]$");
    /** Wrapped prose: lines at least this long on average. */
    private static final int WRAPPED = 45;

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<int[]> lineBlocks = new ArrayList<>();
    private int blocks;

    private Paragraphs() {
    }

    static List<Paragraph> of(String text) {
        return read(text).paragraphs;
    }

    /** The paragraphs, and the first line of each block read as one paragraph per line, for warnings. */
    static Paragraphs read(String text) {
        Paragraphs out = new Paragraphs();
        String[] lines = text.split("\n", -1);
        boolean blankLines = false;
        boolean seenText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankLines |= seenText;
            } else {
                seenText = true;
            }
        }
        List<String> block = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length || lines[i].isBlank();
            if (!end) {
                if (block.isEmpty()) {
                    start = i + 1;
                }
                block.add(lines[i].strip());
            }
            if ((end || !blankLines) && !block.isEmpty()) {
                out.block(block, start, blankLines);
                block.clear();
            }
        }
        return out;
    }

    private void block(List<String> lines, int start, boolean blankLines) {
        Reading reading = lines.size() == 1 || !blankLines ? Reading.LINES : reading(lines);
        int block = blocks++;
        switch (reading) {
            case PARAGRAPH -> paragraphs.add(new Paragraph(String.join("\n", lines), start, false, block));
            case VERSE -> paragraphs.add(new Paragraph(String.join("\n", lines), start, true, block));
            case LINES -> {
                for (int i = 0; i < lines.size(); i++) {
                    paragraphs.add(new Paragraph(lines.get(i), start + i, false, block));
                }
                if (lines.size() > 1) {
                    lineBlocks.add(new int[] {start, lines.size()});
                }
            }
        }
    }

    /** What a block of several lines is read as. */
    static Reading reading(List<String> lines) {
        int ends = 0;
        int length = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            ends += ENDS.matcher(lines.get(i)).matches() ? 1 : 0;
            length += lines.get(i).length();
        }
        int inner = lines.size() - 1;
        if (ends * 2 >= inner) {
            return Reading.LINES;
        }
        return length / inner >= WRAPPED ? Reading.PARAGRAPH : Reading.VERSE;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Blocks of several lines read as a paragraph a line: {first line, lines}. */
    List<int[]> lineBlocks() {
        return lineBlocks;
    }
}
