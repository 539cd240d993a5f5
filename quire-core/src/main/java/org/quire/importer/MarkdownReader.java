package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads a {@code .md} file without front matter: its first {@code # Heading} (ATX, level one) is
 * the title and is taken out of the text, else the title comes from the file name. The text is
 * kept exactly as written: it is already Markdown.
 */
final class MarkdownReader {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");

    ImportedStory read(Path file) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        String text = TextFile.read(file, warnings);
        if (text.isBlank()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, 1),
                    "the file has no text; there is no story to import"));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int bodyLine = 1;
        String body = text;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher heading = HEADING.matcher(lines[i]);
            if (heading.matches()) {
                metadata.put("title", heading.group(1).strip());
                bodyLine = i + 2;
                body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, i + 1),
                        "the file has no front matter; its heading '" + heading.group(1).strip() + "' is the title"));
            }
            break;
        }
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                    "the file has no front matter and no '# Heading'; the title '" + FileTitle.of(file)
                            + "' comes from the file name"));
        }
        while (body.startsWith("\n")) {
            body = body.substring(1);
            bodyLine++;
        }
        if (body.isBlank()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file, bodyLine),
                    "the file has a title but no text below it"));
        }
        return new ImportedStory(file, "markdown", metadata,
                List.of(new ImportedChapter("", "", "", body, "", bodyLine)), Optional.empty(), warnings);
    }
}
