package org.quire.typeset.flow;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.quire.model.Diagnostic;
import org.quire.typeset.css.Cascade;
import org.quire.typeset.lines.Hyphenator;
import org.quire.typeset.shape.FontLibrary;

/**
 * What every part of the flow is built with, shared by the layout threads.
 *
 * @param hyphenators the hyphenator for a language tag ({@link Hyphenator#NONE} when there are no patterns)
 * @param ids every element id of the document (a link to another id is not drawn as a link)
 * @param pageNumbers the page label of an element id, or null while unknown
 * @param warnings where problems are told (synchronized)
 * @param source the file to name in warnings about the document (print.ftlx)
 */
public record FlowEnvironment(Cascade cascade, FontLibrary fonts, Function<String, Hyphenator> hyphenators,
                              String language, Set<String> ids, Function<String, String> pageNumbers,
                              List<Diagnostic> warnings, java.nio.file.Path source) {
}
