package org.quire.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * A footnote that no call in the text names would be dropped by the footnotes extension. Its
 * words stay: they are printed where the writer defined them, with a warning naming the label.
 */
final class UnusedFootnotes {
    private UnusedFootnotes() {
    }

    static List<Diagnostic> keep(Node document, Path file, IntUnaryOperator lineOf) {
        List<FootnoteBlock> unused = new ArrayList<>();
        collect(document, unused);
        List<Diagnostic> warnings = new ArrayList<>();
        for (FootnoteBlock block : unused) {
            warnings.add(Diagnostic.warning("FOOTNOTE-UNUSED", Location.of(file, lineOf.applyAsInt(block.getStartLineNumber())),
                    "footnote [^" + block.getText() + "] is never called in the text; its words are printed where it is "
                            + "defined: add [^" + block.getText() + "] where it belongs, or remove it"));
            for (Node child = block.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                block.insertBefore(child);
                child = next;
            }
            block.unlink();
        }
        return warnings;
    }

    private static void collect(Node node, List<FootnoteBlock> unused) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock block && !block.isReferenced()) {
                unused.add(block);
            } else {
                collect(child, unused);
            }
        }
    }
}
