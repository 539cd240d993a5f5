package org.quire.write;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves each footnote to its call, as a {@code span.footnote} that print.css floats to the foot
 * of the page (CSS GCPM {@code float: footnote}); the call and the note's number are generated.
 * The EPUB keeps notes at the chapter's end, linked both ways, where reading systems pop them up.
 */
final class PrintFootnotes {
    private PrintFootnotes() {
    }

    static void moveToCalls(Document document) {
        // One pass for the notes: looking each up by id would walk a long book once per note.
        java.util.Map<String, Element> notes = new java.util.HashMap<>();
        for (Element aside : document.select("aside.footnote[id]")) {
            notes.put(aside.id(), aside);
        }
        for (Element ref : document.select("a[role=doc-noteref]")) {
            Element aside = notes.get(ref.attr("href").substring(1));
            if (aside == null) {
                continue;
            }
            Element note = new Element("span").addClass("footnote");
            aside.select("a[role=doc-backlink]").remove();
            boolean first = true;
            for (Element block : aside.children()) {
                if (first && block.normalName().equals("p")) {
                    // The first paragraph runs on after the note's number.
                    for (org.jsoup.nodes.Node child : block.childNodesCopy()) {
                        note.appendChild(child);
                    }
                } else {
                    note.appendChild(asSpan(block.clone()));
                }
                first = false;
            }
            Element call = ref.parent() != null && ref.parent().normalName().equals("sup") ? ref.parent() : ref;
            call.replaceWith(note);
            trimLeading(note);
        }
        document.select("section.footnotes").remove();
    }

    /**
     * A note is floated from inside a paragraph, so its paragraphs, quotations and lists become
     * spans set as blocks ({@code .fn-block}), which keeps them apart on the page.
     */
    private static Element asSpan(Element block) {
        // A list's numbers and bullets are drawn by CSS for list items; as spans they are typed in.
        for (Element list : block.select("ol, ul")) {
            int number = list.normalName().equals("ol") && list.attr("start").matches("\\d{1,9}")
                    ? Integer.parseInt(list.attr("start")) : 1;
            for (Element item : list.select("> li")) {
                item.prependText(list.normalName().equals("ol") ? (number++) + ". " : "\u2022 ");
            }
        }
        for (Element inner : block.select("p, blockquote, ul, ol, li, pre, div, dl, dt, dd, table, tr, td, th, h1, h2, h3, h4, h5, h6")) {
            if (inner != block) {
                inner.addClass("fn-block").addClass("fn-" + inner.normalName()).tagName("span");
            }
        }
        return block.addClass("fn-block").addClass("fn-" + block.normalName()).tagName("span");
    }

    private static void trimLeading(Element note) {
        if (note.childNodeSize() > 0 && note.childNode(0) instanceof org.jsoup.nodes.TextNode text) {
            text.text(text.getWholeText().stripLeading());
        }
    }
}
