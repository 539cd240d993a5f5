package org.quire.read;

import java.nio.file.Path;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * <p>Front matter is the text between a first line {@code ---} and the next line that is
 * {@code ---} or {@code ...} (as Jekyll and pandoc read it). Line numbers are 1-based lines of
 * the whole file, so diagnostics point into the file the author edits.
 *
 * @param yaml the front matter, or empty when the file has none
 * @param yamlLine the file line of the front matter's first line
 * @param body the Markdown after the front matter
 * @param bodyLine the file line of the body's first line
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine, boolean present) {

    static FrontMatter split(Path file, String text) throws StoryException {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return new FrontMatter("", 1, text, 1, false);
        }
        int lineStart = 4;
        int line = 2;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String current = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            String trimmed = current.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String yaml = text.substring(4, lineStart);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1, true);
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        throw new StoryException(Diagnostic.error("FRONT-MATTER-OPEN", Location.of(file, 1),
                "front matter starts with '---' but no closing '---' line follows; add one after the metadata"));
    }
}
