package org.quire.typeset.flow;

import java.util.List;
import java.util.Map;
import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * A run of the book that starts on a new page (a page group): its flow, the footnotes it calls,
 * and the structure elements to hang under the document, in order.
 *
 * @param start how the unit begins: {@code PAGE}, {@code RECTO} or {@code VERSO}
 * @param pageName the named page of its pages ({@code page}), or null
 * @param usesPageNumbers whether its text shows page numbers (contents), so it is set again once they are known
 */
public record Unit(List<Block> blocks, Map<String, Footnote> notes, List<StructNode> roots, Style.Break start,
                   String pageName, boolean usesPageNumbers) {
}
