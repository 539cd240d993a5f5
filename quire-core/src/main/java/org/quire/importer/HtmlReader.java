package org.quire.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.quire.model.Diagnostic;
import org.quire.model.StoryException;

/**
 * Reads an {@code .html} or {@code .htm} file: an AO3 download ({@link Ao3HtmlReader}) or any
 * other HTML ({@link GenericHtmlReader}). The HTML is parsed by jsoup, which fetches nothing:
 * pictures, stylesheets and links are never loaded.
 */
final class HtmlReader {
    private HtmlReader() {
    }

    static ImportedStory read(Path file) throws IOException, StoryException {
        List<Diagnostic> warnings = new ArrayList<>();
        Document document = parse(TextFile.read(file, warnings));
        return Ao3Preface.isAo3(document)
                ? new Ao3HtmlReader(file, warnings).read(document)
                : new GenericHtmlReader(file, warnings).read(document, "html");
    }

    /** HTML with each element's source line tracked, for warnings at {@code file:line}. */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(html, "");
    }
}
