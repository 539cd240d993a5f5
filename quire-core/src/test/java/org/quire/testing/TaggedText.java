package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's text as a screen reader gets it: the structure tree walked in order, each
 * marked-content sequence read through its MCID (with {@code /ActualText} where there is one),
 * artifacts (running heads, folios, ornaments) never reached. Block elements end with a line
 * break; inline ones (links, notes' calls) run on. A footnote's element stands right after its
 * call in the tree; here its text is read at the end of the part (the chapter) it is in, as an
 * EPUB lists notes, so that a long note does not stand between two words of the text.
 */
public final class TaggedText {
    private static final Set<String> INLINE = Set.of("Span", "Link", "Code", "Quote", "Lbl", "Reference", "Annot");

    private final PDDocument document;
    private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
    private final Map<Integer, Map<Integer, String>> texts = new HashMap<>();

    private TaggedText(PDDocument document) {
        this.document = document;
        int i = 0;
        for (PDPage page : document.getPages()) {
            pageIndex.put(page.getCOSObject(), i++);
        }
    }

    /** The book's text through its structure tree. */
    public static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            TaggedText reader = new TaggedText(document);
            StringBuilder out = new StringBuilder();
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                throw new IOException(pdf + " is not tagged");
            }
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureElement top) {
                    for (Object part : top.getKids()) {
                        if (part instanceof PDStructureElement element) {
                            StringBuilder notes = new StringBuilder();
                            reader.element(element, out, notes);
                            out.append(notes);
                        }
                    }
                }
            }
            return out.toString();
        }
    }

    /** The words of the text (for the fidelity checks), in reading order. */
    public static BookWords.Sequence words(Path pdf) throws IOException {
        return BookWords.sequence(of(pdf));
    }

    private void element(PDStructureElement element, StringBuilder out, StringBuilder notes) throws IOException {
        boolean block = !INLINE.contains(element.getStructureType());
        if (element.getStructureType().equals("Note")) {
            StringBuilder note = new StringBuilder("\n");
            StringBuilder inner = new StringBuilder();
            for (Object kid : element.getKids()) {
                read(element, kid, note, inner);
            }
            notes.append(note).append('\n').append(inner);
            return;
        }
        for (Object kid : element.getKids()) {
            read(element, kid, out, notes);
        }
        if (block) {
            out.append('\n');
        }
    }

    private void read(PDStructureElement element, Object kid, StringBuilder out, StringBuilder notes) throws IOException {
        int page = element.getPage() == null ? -1 : pageIndex.getOrDefault(element.getPage().getCOSObject(), -1);
        if (kid instanceof PDStructureElement child) {
            element(child, out, notes);
        } else if (kid instanceof Integer mcid) {
            out.append(text(page, mcid));
        } else if (kid instanceof PDMarkedContentReference reference) {
            int on = reference.getPage() == null ? page : pageIndex.getOrDefault(reference.getPage().getCOSObject(), -1);
            out.append(text(on, reference.getMCID()));
        }
    }

    private String text(int page, int mcid) throws IOException {
        if (page < 0) {
            return "";
        }
        Map<Integer, String> onPage = texts.get(page);
        if (onPage == null) {
            onPage = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(page));
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, onPage);
            }
            texts.put(page, onPage);
        }
        return onPage.getOrDefault(mcid, "");
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> into) {
        if (content.getMCID() >= 0) {
            into.merge(content.getMCID(), read(content), String::concat);
        }
        for (Object inner : content.getContents()) {
            if (inner instanceof PDMarkedContent nested) {
                collect(nested, into);
            }
        }
    }

    /** The text of a sequence: its /ActualText if it has one, else its glyphs' Unicode values. */
    private static String read(PDMarkedContent content) {
        if (content.getActualText() != null) {
            return content.getActualText();
        }
        StringBuilder out = new StringBuilder();
        for (Object inner : content.getContents()) {
            if (inner instanceof TextPosition glyph) {
                out.append(glyph.getUnicode());
            } else if (inner instanceof PDMarkedContent nested && nested.getMCID() < 0) {
                out.append(read(nested));
            }
        }
        return out.toString();
    }
}
