package org.quire.typeset.flow;

import java.util.Set;
import org.quire.typeset.css.Style;

/**
 * Which standard structure type (ISO 32000-1 §14.8.4) an element of the print vocabulary is
 * tagged as. Elements that only style text ({@code em}, {@code span}…) have none: their text
 * belongs to the element around them.
 */
final class Roles {
    /** Types that hold text directly; text in any other container gets a P of its own. */
    private static final Set<String> TEXT_HOLDERS = Set.of("P", "H1", "H2", "H3", "H4", "H5", "H6", "TD", "TH",
            "Lbl", "LBody", "Caption", "TOCI", "Link", "Code", "Span", "Quote", "Note");
    /** The artifact marker: the element's text is decoration. */
    static final String ARTIFACT = "Artifact";

    private Roles() {
    }

    static boolean holdsText(String type) {
        return TEXT_HOLDERS.contains(type);
    }

    /** The element's structure type, {@link #ARTIFACT}, or null when it is transparent. */
    static String of(XElement e, Style style) {
        String role = e.attribute("role", "");
        if (role.equals("separator") || role.equals("presentation") || role.equals("none")) {
            return ARTIFACT;
        }
        if (style.footnote() || role.equals("doc-footnote") || role.equals("doc-endnote")) {
            return "Note";
        }
        return switch (e.name()) {
            case "section", "article", "nav", "main", "header", "footer", "aside" ->
                    e.parent() != null && e.parent().name().equals("body") ? "Part" : "Sect";
            case "p", "pre", "address" -> "P";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "H" + e.name().charAt(1);
            case "blockquote" -> "BlockQuote";
            case "ul", "ol" -> insideToc(e) ? "TOC" : "L";
            case "dl" -> "L";
            case "li" -> insideToc(e) ? "TOCI" : "LI";
            case "dt" -> "Lbl";
            case "dd" -> "LBody";
            case "table" -> "Table";
            case "thead" -> "THead";
            case "tbody" -> "TBody";
            case "tfoot" -> "TFoot";
            case "tr" -> "TR";
            case "th" -> "TH";
            case "td" -> "TD";
            case "caption", "figcaption" -> "Caption";
            case "img" -> "Figure";
            case "hr" -> ARTIFACT;
            case "q" -> "Quote";
            case "code", "kbd", "samp" -> e.parent() != null && e.parent().name().equals("pre") ? null : "Code";
            case "a" -> e.attribute("href") != null ? "Link" : null;
            case "span" -> e.attribute("lang") != null || e.attribute("xml:lang") != null ? "Span" : null;
            default -> null;
        };
    }

    private static boolean insideToc(XElement e) {
        for (XElement p = e.parent(); p != null; p = p.parent()) {
            if ("doc-toc".equals(p.attribute("role"))) {
                return true;
            }
        }
        return false;
    }
}
