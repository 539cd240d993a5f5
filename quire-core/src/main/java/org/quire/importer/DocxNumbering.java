package org.quire.importer;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Word document's list numbering ({@code word/numbering.xml}, ECMA-376 Part 1 §17.9): whether
 * a list paragraph is bulleted or numbered, and its number, counted as Word counts it, so a
 * numbered list keeps the numbers the writer saw.
 */
final class DocxNumbering {
    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, String> numToAbstract = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    DocxNumbering(Document document) {
        if (document == null) {
            return;
        }
        for (Element definition : DocxXml.all(document, "abstractNum")) {
            abstracts.put(DocxXml.attr(definition, "abstractNumId"), definition);
        }
        for (Element num : DocxXml.all(document, "num")) {
            numToAbstract.put(DocxXml.attr(num, "numId"), DocxXml.attr(DocxXml.child(num, "abstractNumId"), "val"));
        }
    }

    /**
     * The Markdown list marker of a paragraph with numbering {@code numId} at level {@code level}:
     * {@code "- "} for a bullet, {@code "3. "} for the third item; empty for none (numId 0).
     */
    String marker(String numId, int level) {
        if (numId.isEmpty() || numId.equals("0") || level < 0 || level > 8) {
            return "";
        }
        Element definition = abstracts.get(numToAbstract.get(numId));
        Element lvl = null;
        for (Element candidate : definition == null ? java.util.List.<Element>of() : DocxXml.children(definition)) {
            if (DocxXml.is(candidate, "lvl") && DocxXml.attr(candidate, "ilvl").equals(String.valueOf(level))) {
                lvl = candidate;
            }
        }
        String format = DocxXml.attr(DocxXml.child(lvl, "numFmt"), "val");
        if (format.equals("bullet") || format.equals("none") || lvl == null) {
            return "- ";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        if (count[level] == 0) {
            String start = DocxXml.attr(DocxXml.child(lvl, "start"), "val");
            count[level] = start.matches("\\d{1,6}") ? Integer.parseInt(start) : 1;
        } else {
            count[level]++;
        }
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        return count[level] + ". ";
    }
}
