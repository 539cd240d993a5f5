package org.quire.typeset.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.quire.typeset.tags.AnnotationRef;
import org.quire.typeset.tags.MarkedContent;
import org.quire.typeset.tags.StructNode;

/**
 * Writes the structure tree (ISO 32000-1 §14.7): a Document element holding each part's tree,
 * marked-content references to the pages, object references to link annotations, and the
 * parent tree that leads from a page's MCIDs and each annotation back to its element.
 */
final class StructureWriter {
    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final int LEAF = 128;

    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document = new COSDictionary();
    private final COSArray documentKids = new COSArray();
    private final Map<StructNode, COSDictionary> made = new IdentityHashMap<>();

    StructureWriter() {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        document.setItem(COSName.TYPE, STRUCT_ELEM);
        document.setItem(COSName.S, COSName.getPDFName("Document"));
        document.setItem(COSName.P, root);
        document.setItem(COSName.K, documentKids);
        root.setItem(COSName.K, document);
    }

    /**
     * Adds the trees of one part of the book.
     *
     * @param offset the global index of the part's first page
     * @param annotations each page's link annotations, by global page index
     */
    void add(List<StructNode> roots, int offset, List<PDPage> pages, List<List<COSDictionary>> annotations) {
        for (StructNode node : roots) {
            if (!node.kids().isEmpty()) {
                documentKids.add(element(node, document, offset, pages, annotations));
            }
        }
    }

    private COSDictionary element(StructNode node, COSDictionary parent, int offset, List<PDPage> pages,
                                  List<List<COSDictionary>> annotations) {
        COSDictionary d = new COSDictionary();
        made.put(node, d);
        d.setItem(COSName.TYPE, STRUCT_ELEM);
        d.setItem(COSName.S, COSName.getPDFName(node.type()));
        d.setItem(COSName.P, parent);
        if (node.id() != null) {
            d.setItem(COSName.ID, new COSString(node.id()));
        }
        if (node.alt() != null) {
            d.setItem(COSName.ALT, new COSString(node.alt()));
        }
        if (node.lang() != null) {
            d.setItem(COSName.LANG, new COSString(node.lang()));
        }
        if (!node.attributes().isEmpty()) {
            COSDictionary a = new COSDictionary();
            a.setDirect(true);
            a.setItem(COSName.O, COSName.getPDFName("Table"));
            node.attributes().forEach((key, value) -> a.setItem(COSName.getPDFName(key),
                    value instanceof Integer i ? COSInteger.get(i) : COSName.getPDFName(value.toString())));
            d.setItem(COSName.A, a);
        }
        COSArray kids = new COSArray();
        kids.setDirect(true);
        int pageOfElement = -1;
        for (Object kid : node.kids()) {
            if (kid instanceof StructNode child) {
                kids.add(element(child, d, offset, pages, annotations));
            } else if (kid instanceof MarkedContent content) {
                int page = offset + content.page();
                if (pageOfElement < 0) {
                    pageOfElement = page;
                    d.setItem(COSName.PG, pages.get(page));
                }
                if (page == pageOfElement) {
                    kids.add(COSInteger.get(content.mcid()));
                } else {
                    COSDictionary reference = new COSDictionary();
                    reference.setDirect(true);
                    reference.setItem(COSName.TYPE, COSName.MCR);
                    reference.setItem(COSName.PG, pages.get(page));
                    reference.setInt(COSName.MCID, content.mcid());
                    kids.add(reference);
                }
            } else if (kid instanceof AnnotationRef ref) {
                int page = offset + ref.page();
                COSDictionary object = new COSDictionary();
                object.setDirect(true);
                object.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
                object.setItem(COSName.PG, pages.get(page));
                object.setItem(COSName.OBJ, annotations.get(page).get(ref.index()));
                kids.add(object);
            }
        }
        COSBase k = kids.size() == 1 && kids.get(0) instanceof COSInteger ? kids.get(0) : kids;
        d.setItem(COSName.K, k);
        return d;
    }

    /** The element made for a node, or null when it was left out. */
    COSDictionary of(StructNode node) {
        return made.get(node);
    }

    /**
     * Finishes the tree: the parent tree holds, for each page, its MCIDs' elements and then,
     * under keys after the pages, each annotation's element.
     *
     * @param owners by page, the element of each MCID
     * @param annotationOwners the element of each annotation, in the order of their /StructParent keys
     */
    COSDictionary finish(List<List<StructNode>> owners, List<StructNode> annotationOwners) {
        List<COSBase> values = new ArrayList<>();
        for (List<StructNode> page : owners) {
            COSArray array = new COSArray();
            array.setDirect(true);
            for (StructNode node : page) {
                COSDictionary element = made.get(node);
                array.add(element == null ? document : element);
            }
            values.add(array);
        }
        for (StructNode node : annotationOwners) {
            COSDictionary element = made.get(node);
            values.add(element == null ? document : element);
        }
        COSDictionary tree = new COSDictionary();
        COSArray leaves = new COSArray();
        leaves.setDirect(true);
        for (int low = 0; low < values.size(); low += LEAF) {
            int high = Math.min(values.size(), low + LEAF) - 1;
            COSDictionary leaf = new COSDictionary();
            COSArray limits = new COSArray();
            limits.setDirect(true);
            limits.add(COSInteger.get(low));
            limits.add(COSInteger.get(high));
            leaf.setItem(COSName.LIMITS, limits);
            COSArray nums = new COSArray();
            nums.setDirect(true);
            for (int key = low; key <= high; key++) {
                nums.add(COSInteger.get(key));
                nums.add(values.get(key));
            }
            leaf.setItem(COSName.NUMS, nums);
            leaves.add(leaf);
        }
        tree.setItem(COSName.KIDS, leaves);
        root.setItem(COSName.PARENT_TREE, tree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, values.size());
        return root;
    }
}
