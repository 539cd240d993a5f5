package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;

/**
 * Reads an {@code .html} or {@code .htm} file: an AO3 download ({@link Ao3HtmlReader}), an AO3
 * work page saved from a browser ({@link Ao3WorkPage}) or any other HTML ({@link GenericHtmlReader}).
 * The HTML is parsed by jsoup, which fetches nothing:
 * pictures, stylesheets and links are never loaded.
 */
final class HtmlReader {
    private HtmlReader() {
    }

    static ImportedStory read(Path file) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        Document document = parse(TextFile.read(file, warnings));
        if (Ao3Preface.isAo3(document)) {
            return new Ao3HtmlReader(file, warnings).read(document);
        }
        return Ao3WorkPage.isWorkPage(document) ? new Ao3WorkPage(file, warnings).read(document)
                : new GenericHtmlReader(file, warnings).read(document, "html");
    }

    /**
     * HTML with each element's source line tracked, for warnings at {@code file:line}. A DOCTYPE
     * with an internal subset (XML 1.0 §2.8), which an HTML parser ends at its first {@code >} and
     * so shows "]>" and the head's title as text, is read as XML would: the entities it declares
     * as plain text or character references are expanded once (never recursively, so no entity
     * grows the text beyond its declaration's length times its uses), any other declaration is
     * ignored, and nothing is fetched.
     */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(withoutSubset(html), "");
    }

    private static final Pattern SUBSET = Pattern.compile("<!DOCTYPE[^\\[>]*\\[(.*?)]\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"([^\"]*)\"|'([^']*)')\\s*>");
    /** Replacement text that is only characters and character references: no markup, no other entity. */
    private static final Pattern PLAIN = Pattern.compile("(?:[^&<%]|&#[0-9]{1,7};|&#x[0-9A-Fa-f]{1,6};){0,64}");

    static String withoutSubset(String html) {
        // A DOCTYPE comes before the content: the search stops early in a long page.
        Matcher doctype = SUBSET.matcher(html).region(0, Math.min(html.length(), 65_536));
        if (!doctype.find()) {
            return html;
        }
        Map<String, String> entities = new HashMap<>();
        Matcher entity = ENTITY.matcher(doctype.group(1));
        while (entity.find()) {
            String value = entity.group(2) != null ? entity.group(2) : entity.group(3);
            if (PLAIN.matcher(value).matches()) {
                entities.putIfAbsent(entity.group(1), value);
            }
        }
        // The line breaks of the subset stay, so the lines of the page keep their numbers.
        String lines = "\n".repeat((int) doctype.group().chars().filter(c -> c == '\n').count());
        String rest = html.substring(doctype.end());
        if (!entities.isEmpty()) {
            rest = Pattern.compile("&([A-Za-z_][\\w.-]*);").matcher(rest).replaceAll(
                    m -> Matcher.quoteReplacement(entities.getOrDefault(m.group(1), m.group())));
        }
        return html.substring(0, doctype.start()) + "<!DOCTYPE html>" + lines + rest;
    }
}
