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
 * Footnotes without a partner. A note that no call in the text names would be dropped by the
 * footnotes extension: its words stay, printed where the writer defined them, with a warning
 * naming the label. A call with no note prints as typed ({@code [^nowhere]}), with a warning too,
 * since the writer surely meant a note there.
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
        List<com.vladsch.flexmark.ext.footnotes.Footnote> calls = new ArrayList<>();
        undefinedCalls(document, calls);
        for (com.vladsch.flexmark.ext.footnotes.Footnote call : calls) {
            String label = call.getText().toString();
            warnings.add(Diagnostic.warning("FOOTNOTE-UNDEFINED", Location.of(file, lineOf.applyAsInt(call.getStartLineNumber())),
                    "footnote [^" + label + "] is called but never defined, so it prints as typed: add a line "
                            + "'[^" + label + "]: the note's text' after the paragraph"));
        }
        return warnings;
    }

    private static void undefinedCalls(Node node, List<com.vladsch.flexmark.ext.footnotes.Footnote> calls) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ext.footnotes.Footnote call && !call.isDefined()) {
                calls.add(call);
            }
            undefinedCalls(child, calls);
        }
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
