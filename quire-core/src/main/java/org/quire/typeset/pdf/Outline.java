package org.quire.typeset.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The bookmarks (document outline, ISO 32000-1 §12.3.3), nested by level. */
final class Outline {
    private Outline() {
    }

    static void write(PDDocument doc, List<BookWriter.Bookmark> bookmarks, List<PDPage> pages) {
        if (bookmarks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        parents.push(outline);
        levels.push(0);
        for (BookWriter.Bookmark bookmark : bookmarks) {
            while (levels.peek() >= bookmark.level()) {
                parents.pop();
                levels.pop();
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.label());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pages.get(bookmark.target().page()));
            destination.setLeft(Math.round(bookmark.target().x()));
            destination.setTop(Math.round(bookmark.target().y()));
            item.setDestination(destination);
            parents.peek().addLast(item);
            if (!bookmark.open()) {
                item.closeNode();
            }
            parents.push(item);
            levels.push(bookmark.level());
        }
        for (PDOutlineItem item : outline.children()) {
            item.openNode();
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** {@code [page /XYZ left top 0]}: the place, at the reader's zoom. */
    static COSArray destination(PDPage page, BookWriter.Destination at) {
        COSArray array = new COSArray();
        array.add(page);
        array.add(COSName.getPDFName("XYZ"));
        array.add(new COSFloat(at.x()));
        array.add(new COSFloat(at.y()));
        array.add(COSInteger.ZERO);
        return array;
    }
}
