package org.quire.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Word document's footnotes and endnotes (ECMA-376 Part 1 §17.11), written as Markdown
 * footnotes: each call becomes {@code [^n]}, numbered through the document, and its note a
 * definition, several paragraphs indented under the first. Quire prints notes at the foot of
 * the page, so endnotes become footnotes too, which is said once.
 */
final class DocxNotes {
    private final Map<String, Element> footnotes = new HashMap<>();
    private final Map<String, Element> endnotes = new HashMap<>();
    private final List<String> pending = new ArrayList<>();
    private int next;

    DocxNotes(Document footnotes, Document endnotes) {
        index(footnotes, "footnote", this.footnotes);
        index(endnotes, "endnote", this.endnotes);
    }

    private static void index(Document document, String local, Map<String, Element> into) {
        if (document != null) {
            for (Element note : DocxXml.all(document, local)) {
                into.put(DocxXml.attr(note, "id"), note);
            }
        }
    }

    /** The call's label, its definition kept for {@link #drain}; empty when the document has no such note. */
    String call(String id, boolean endnote, DocxText.Context context) {
        Element note = (endnote ? endnotes : footnotes).get(id);
        if (note == null) {
            context.change("a call to a " + (endnote ? "endnote" : "footnote") + " the document does not hold is left out");
            return "";
        }
        if (endnote) {
            context.change("endnotes are printed as footnotes");
        }
        int number = ++next;
        int at = pending.size();
        pending.add(null); // the definition's place, before any note its own text calls
        List<String> paragraphs = new ArrayList<>();
        for (Element paragraph : DocxXml.children(note)) {
            if (DocxXml.is(paragraph, "p")) {
                String text = DocxText.read(paragraph, context, true).markdown();
                if (!text.isBlank()) {
                    paragraphs.add(text.replace("\n", "\n    "));
                }
            }
        }
        pending.set(at, "[^" + number + "]: " + String.join("\n\n    ", paragraphs));
        return "[^" + number + "]";
    }

    /** The definitions of the notes called since the last drain, in order. */
    List<String> drain() {
        List<String> drained = new ArrayList<>(pending);
        pending.clear();
        return drained;
    }
}
