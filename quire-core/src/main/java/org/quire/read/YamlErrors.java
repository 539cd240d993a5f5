package org.quire.read;

import java.nio.file.Path;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Where a YAML syntax error really is. SnakeYAML reports the place it gave up, which for an
 * unclosed bracket or quote is the end of the text (a line the writer's file may not even have);
 * the place to fix is where the bracket, quote or block opened: its context mark.
 */
final class YamlErrors {
    private static final String ADVICE = "; check the indentation and quote values that contain ': ' or start with a special character";
    /** SnakeYAML's default nesting limit (LoaderOptions.nestingDepthLimit). */
    private static final int NESTING = 50;

    private YamlErrors() {
    }

    static Diagnostic syntax(Path file, String yaml, int firstLine, MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : e.getContext();
        boolean opened = context != null && e.getContext() != null
                && e.getContext().matches(".*(flow|quoted|block scalar|tag|anchor|alias|directive).*");
        Mark at = opened || problem == null ? context : problem;
        if (at == null) {
            return Diagnostic.error("YAML-SYNTAX", Location.of(file, firstLine), "malformed YAML: " + what + ADVICE);
        }
        String message = "malformed YAML: " + what;
        if (opened) {
            message = "malformed YAML: " + e.getContext().replaceFirst("^while (parsing|scanning) ", "")
                    + " starts here and is never closed (" + what + (problem != null ? " at line "
                    + (firstLine + Math.min(problem.getLine(), lastLine(yaml))) : "") + ")";
        } else if (context != null && context.getLine() != at.getLine()) {
            message += " (" + e.getContext() + " at line " + (firstLine + context.getLine()) + ")";
        }
        int line = firstLine + Math.min(at.getLine(), lastLine(yaml));
        return Diagnostic.error("YAML-SYNTAX", new Location(file, line, at.getColumn() + 1), message + ADVICE);
    }

    /** An error SnakeYAML gives without a place: the nesting limit, found by counting brackets and indents. */
    static Diagnostic unmarked(Path file, String yaml, int firstLine, YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Nesting Depth")) {
            int line = nestingLine(yaml);
            return Diagnostic.error("YAML-NESTING", Location.of(file, firstLine + line),
                    "metadata nested more than " + NESTING + " levels deep; story metadata needs two at most");
        }
        return Diagnostic.error("YAML-SYNTAX", Location.of(file, firstLine), "malformed YAML: " + message);
    }

    /** The line (from 0) where brackets or indentation first go deeper than the limit. */
    private static int nestingLine(String yaml) {
        String[] lines = yaml.split("\n", -1);
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = line.length() - line.stripLeading().length();
            for (char c : line.toCharArray()) {
                depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
                if (depth + indent / 2 >= NESTING) {
                    return i;
                }
            }
            if (indent / 2 >= NESTING) {
                return i;
            }
        }
        return 0;
    }

    /** The last line (from 0) that holds text: a stream's end after a final newline is past it. */
    private static int lastLine(String yaml) {
        String text = yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
