package org.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code Quire reports is explained in the README's table of codes, and the table
 * names no code Quire no longer reports. Codes are read from the sources of the three modules:
 * the quoted words in capitals joined by dashes ({@code "YAML-SYNTAX"}), and any code given to
 * {@code Diagnostic.error} or {@code warning} directly.
 */
class ProblemCodesReadmeTest {
    private static final Path TOP = Path.of("..");
    /** Quoted capitals with dashes that are not problem codes. */
    private static final Set<String> NOT_CODES = Set.of("META-INF", "SHA-256", "UTF-8");
    private static final Pattern DASHED = Pattern.compile("\"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\"");
    private static final Pattern GIVEN = Pattern.compile("(?:error|warning)\\(\"([A-Z][A-Z0-9-]*)\"");

    @Test
    void everyCodeIsInTheReadmesTableAndTheTableHasNoOthers() throws IOException {
        Set<String> reported = new TreeSet<>();
        for (String module : new String[] {"quire-core", "quire-cli", "quire-maven-plugin"}) {
            try (Stream<Path> files = Files.walk(TOP.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    collect(DASHED, source, reported);
                    collect(GIVEN, source, reported);
                }
            }
        }
        reported.removeAll(NOT_CODES);

        String readme = Files.readString(TOP.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher section = Pattern.compile("(?s)### Problems\\n(.*?)\\n## ").matcher(readme);
        assertThat(section.find()).as("the README's Problems section").isTrue();
        Set<String> documented = new TreeSet<>();
        for (String row : section.group(1).lines().filter(l -> l.startsWith("| `")).toList()) {
            String codes = row.substring(0, row.indexOf('|', 1)); // the first column
            collect(Pattern.compile("`([A-Z][A-Z0-9-]*)`"), codes, documented);
        }

        assertThat(reported).as("codes Quire reports").hasSizeGreaterThan(50);
        assertThat(documented).as("codes in the README's table").containsAll(reported);
        assertThat(reported).as("codes Quire still reports").containsAll(documented);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
