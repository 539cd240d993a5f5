package org.quire.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: an expected output checked into the test resources, compared line by line, and
 * rewritten from the actual output when the build runs with {@code -Dgolden.update=true} (then
 * the change is reviewed as a diff in git, as Standard Ebooks' tools do).
 */
public final class Golden {
    public static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    /** The case folders under {@code root}: each holds {@code in/} and {@code expected/}. */
    public static List<Path> cases(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> Files.isDirectory(p.resolve("in"))).sorted().toList();
        }
    }

    /**
     * Compares {@code actual} with the golden file, or writes it there in update mode.
     *
     * @return a readable difference, or empty when they agree
     */
    public static String compare(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return "";
        }
        String expected = Files.isRegularFile(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        return expected.equals(actual) ? "" : golden + " differs (regenerate with -Dgolden.update=true and review):\n"
                + diff(expected.lines().toList(), actual.lines().toList());
    }

    /** The first differing stretch, with three lines of context, as {@code -}/{@code +} lines. */
    static String diff(List<String> expected, List<String> actual) {
        int start = 0;
        while (start < expected.size() && start < actual.size() && expected.get(start).equals(actual.get(start))) {
            start++;
        }
        int endExpected = expected.size();
        int endActual = actual.size();
        while (endExpected > start && endActual > start
                && expected.get(endExpected - 1).equals(actual.get(endActual - 1))) {
            endExpected--;
            endActual--;
        }
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, start - 3); i < start; i++) {
            out.add("  " + expected.get(i));
        }
        for (int i = start; i < endExpected; i++) {
            out.add("- " + expected.get(i));
        }
        for (int i = start; i < endActual; i++) {
            out.add("+ " + actual.get(i));
        }
        for (int i = endExpected; i < Math.min(expected.size(), endExpected + 3); i++) {
            out.add("  " + expected.get(i));
        }
        return String.join("\n", out.size() > 80 ? out.subList(0, 80) : out);
    }
}
