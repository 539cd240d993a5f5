package org.quire.cli;

import java.util.List;
import java.util.Locale;

/**
 * The progress bar's one line, fitted to the terminal's width:
 * {@code [########--------] 12/30  0:08 left  building 2: our-place.md, saga}. The bar takes a
 * quarter of the width (10 to 30 columns), so it does not jump as names come and go; the names of
 * the stories being built take the rest, and those that do not fit are counted.
 */
final class ProgressBar {
    private static final int MIN_BAR = 10;
    private static final int MAX_BAR = 30;

    private ProgressBar() {
    }

    /**
     * @param building the short names of the stories being built, oldest first
     * @param seconds time since the run started
     * @param width the terminal's columns; the line is at most {@code width - 1} wide, so the
     *     cursor never wraps
     */
    static String line(int done, int total, List<String> building, double seconds, int width) {
        int room = width - 1;
        String counter = done + "/" + total;
        String left = done == 0 || done >= total ? "" : "  " + clock(seconds / done * (total - done)) + " left";
        String label = building.isEmpty() ? "" : "  building " + building.size() + ": ";
        int bar = Math.max(MIN_BAR, Math.min(MAX_BAR, width / 4));
        int filled = total == 0 ? bar : (int) ((long) done * bar / total);
        String line = "[" + "#".repeat(filled) + "-".repeat(bar - filled) + "] " + counter + left;
        if (building.isEmpty()) {
            return cut(line, room);
        }
        String names = names(building, room - length(line + label));
        if (names.isEmpty()) { // no room for a name: the count alone
            String count = "  building " + building.size();
            return length(line + count) <= room ? line + count : cut(line, room);
        }
        return line + label + names;
    }

    /** As many names as fit in {@code room}, then "+3" for those that did not; empty when not even one fits. */
    private static String names(List<String> names, int room) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String next = (i == 0 ? "" : ", ") + names.get(i);
            String more = i + 1 < names.size() ? ", +" + (names.size() - i - 1) : "";
            if (length(shown + next + more) <= room) {
                shown.append(next);
                continue;
            }
            if (i == 0) {
                // A name cut to fewer than 6 characters says nothing.
                return room - more.length() < 6 ? "" : cut(names.get(0), room - more.length()) + more;
            }
            return shown + ", +" + (names.size() - i);
        }
        return shown.toString();
    }

    /** {@code text} in at most {@code room} characters, ending in … when cut. */
    static String cut(String text, int room) {
        if (length(text) <= room) {
            return text;
        }
        if (room <= 1) {
            return room == 1 ? "…" : "";
        }
        return text.substring(0, text.offsetByCodePoints(0, room - 1)) + "…";
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
