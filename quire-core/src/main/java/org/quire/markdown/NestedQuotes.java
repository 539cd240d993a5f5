package org.quire.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A quotation inside a quotation takes the language's secondary marks. Writers type straight
 * double quotes at both levels ({@code "Это "наша" ночь"}); flexmark pairs them as nested but
 * gives both pairs the primary marks, which reads «Это «наша» ночь» instead of «Это „наша“ ночь»
 * (CLDR {@code delimiters}: alternateQuotationStart/End).
 */
final class NestedQuotes {
    private NestedQuotes() {
    }

    static void mark(Node document, Quotes quotes) {
        walk(document, quotes, false);
    }

    private static void walk(Node node, Quotes quotes, boolean insideDouble) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            boolean inside = insideDouble;
            if (child instanceof TypographicQuotes pair && quotes.doubleOpen().equals(pair.getTypographicOpening())) {
                if (insideDouble) {
                    pair.setTypographicOpening(quotes.singleOpen());
                    pair.setTypographicClosing(quotes.singleClose());
                }
                inside = true;
            }
            walk(child, quotes, inside);
        }
    }
}
