package org.quire.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the output goes: a terminal (a progress bar redrawn in place) of some width, or a log.
 *
 * @param width columns; the progress bar, the table and Quire's own sentences are never wider
 *     (a {@code file:line:col} diagnostic stays one line, to be copied or searched whole, and
 *     the terminal wraps it)
 */
record Screen(boolean terminal, int width) {
    static final int DEFAULT_WIDTH = 80;
    static final Screen LOG = new Screen(false, DEFAULT_WIDTH);

    Screen {
        width = Math.max(40, width);
    }

    /**
     * The terminal's width: {@code COLUMNS} when the shell exports it, else what {@code stty size}
     * says of the terminal, else 80.
     */
    static Screen detect(boolean terminal, Map<String, String> environment) {
        if (!terminal) {
            return LOG;
        }
        Integer columns = number(environment.get("COLUMNS"));
        return new Screen(true, columns != null ? columns : stty().orElse(DEFAULT_WIDTH));
    }

    /**
     * One of Quire's own sentences broken at spaces to fit a terminal, each line after the first
     * indented two columns; in a log, where no width applies, unchanged. A word wider than the
     * terminal (a long path) is left whole.
     */
    String fit(String sentence) {
        if (!terminal || ProgressBar.length(sentence) < width) {
            return sentence;
        }
        StringBuilder lines = new StringBuilder();
        int column = 0;
        for (String word : sentence.split(" ")) {
            int length = ProgressBar.length(word);
            if (column > 0 && column + 1 + length >= width) {
                lines.append(System.lineSeparator()).append("  ");
                column = 2;
            } else if (column > 0) {
                lines.append(' ');
                column++;
            }
            lines.append(word);
            column += length;
        }
        return lines.toString();
    }

    private static java.util.Optional<Integer> stty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return java.util.Optional.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return java.util.Optional.empty();
            }
            String[] rowsAndColumns = answer.split("\\s+"); // "24 80"
            return java.util.Optional.ofNullable(rowsAndColumns.length == 2 ? number(rowsAndColumns[1]) : null);
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value > 0 ? value : null;
    }
}
