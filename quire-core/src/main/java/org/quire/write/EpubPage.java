package org.quire.write;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quire.model.Chapter;

/**
 * One XHTML document of the EPUB, in reading order.
 *
 * @param kind what the page is (title, dedication, contents, chapter, afterword, colophon)
 * @param landmark its EPUB 3 landmark type, or empty when it is not a landmark
 * @param chapter the chapter it holds, or null
 */
record EpubPage(String file, String template, String title, String kind, String landmark,
                boolean inContents, Chapter chapter) {

    String id() {
        return file.substring(0, file.lastIndexOf('.'));
    }

    Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("file", file);
        model.put("title", title);
        model.put("kind", kind);
        model.put("landmark", landmark);
        model.put("inContents", inContents);
        return model;
    }
}
