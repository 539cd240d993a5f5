package org.quire.markdown;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Turns flexmark's generic HTML into the book's semantic XHTML: scene breaks, two-way footnotes
 * marked up for EPUB readers' pop-ups, and headings one level under the chapter title.
 */
final class Structure {
    static final String SCENE_BREAK_TEXT = "* * *";

    private Structure() {
    }

    /**
     * A thematic break ({@code ***}, {@code * * *}, {@code ---}) or a lone {@code #} becomes a
     * separator that screen readers announce; its asterisks are decoration and styled by the theme.
     */
    static void sceneBreaks(Element body) {
        for (Element hr : body.select("hr")) {
            hr.replaceWith(sceneBreak());
        }
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.text().isBlank() && heading.select("img").isEmpty()) {
                heading.replaceWith(sceneBreak());
            }
        }
    }

    private static Element sceneBreak() {
        // WAI-ARIA 1.2 §5.4 separator; DPUB-ARIA has no scene-break role.
        return new Element("div").addClass("scene-break").attr("role", "separator")
                .attr("aria-label", "Scene break").text(SCENE_BREAK_TEXT);
    }

    /**
     * Footnotes as EPUB 3 Structural Semantics noterefs and footnotes (with the matching DPUB-ARIA
     * roles), their ids prefixed so that chapters joined in one document never collide.
     */
    static void footnotes(Element body, String idPrefix) {
        for (Element ref : body.select("a.footnote-ref")) {
            Element sup = ref.parent();
            if (sup != null && sup.normalName().equals("sup") && sup.hasAttr("id")) {
                ref.attr("id", idPrefix + sup.id());
                sup.removeAttr("id");
            }
            ref.attr("href", "#" + idPrefix + ref.attr("href").substring(1))
                    .attr("epub:type", "noteref").attr("role", "doc-noteref");
        }
        Element block = body.selectFirst("div.footnotes");
        if (block == null) {
            return;
        }
        Element section = new Element("section").addClass("footnotes").attr("aria-label", "Footnotes");
        for (Element item : block.select("ol > li[id]")) {
            section.appendChild(footnote(item, idPrefix));
        }
        block.replaceWith(section);
        NoteNumbers.inReadingOrder(body, section);
    }

    private static Element footnote(Element item, String idPrefix) {
        Element aside = new Element("aside").attr("id", idPrefix + item.id()).addClass("footnote")
                .attr("epub:type", "footnote").attr("role", "doc-footnote");
        String number = "";
        for (Element back : item.select("a.footnote-backref")) {
            number = back.attr("href").replaceAll("^#fnref-", "").replaceAll("\\D.*$", "");
            Element link = new Element("a").attr("href", "#" + idPrefix + back.attr("href").substring(1))
                    .attr("role", "doc-backlink").addClass("footnote-number").text(number + ".");
            Element holder = back.parent();
            back.remove();
            trimTrailingSpace(holder);
            Element first = item.children().first();
            if (first != null && first.normalName().equals("p")) {
                first.prependText(" ").prependChild(link);
            } else {
                item.prependText(" ").prependChild(link);
            }
        }
        for (org.jsoup.nodes.Node child : item.childNodesCopy()) {
            aside.appendChild(child);
        }
        return aside;
    }

    /** flexmark puts a no-break space before the back link; without the link it is clutter. */
    private static void trimTrailingSpace(Element element) {
        if (element != null && element.childNodeSize() > 0
                && element.childNode(element.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode text) {
            text.text(text.getWholeText().replaceAll("[\\s\u00A0]+$", ""));
        }
    }

    /**
     * A paragraph with hard line breaks (verse, lyrics, text messages) becomes a block of lines,
     * one {@code span.line} each, so the theme can set them flush left with a hanging indent for
     * lines that wrap, instead of justifying them as prose.
     */
    static void lineBlocks(Element body) {
        for (Element paragraph : body.select("p:has(> br)")) {
            paragraph.addClass("lines");
            List<org.jsoup.nodes.Node> children = paragraph.childNodesCopy();
            paragraph.empty();
            Element line = new Element("span").addClass("line");
            for (org.jsoup.nodes.Node child : children) {
                if (child instanceof Element element && element.normalName().equals("br")) {
                    if (line.childNodeSize() > 0) {
                        paragraph.appendChild(line).appendText("\n");
                    }
                    line = new Element("span").addClass("line");
                } else if (!(line.childNodeSize() == 0 && child instanceof org.jsoup.nodes.TextNode text
                        && text.isBlank())) {
                    line.appendChild(child);
                }
            }
            if (line.childNodeSize() > 0) {
                paragraph.appendChild(line);
            }
            double deepest = 0;
            for (Element first : paragraph.select("span.line")) {
                if (first.childNodeSize() > 0 && first.childNode(0) instanceof org.jsoup.nodes.TextNode text) {
                    // Only the source's line break goes: em spaces and no-break spaces are the verse's indent.
                    text.text(text.getWholeText().replaceFirst("^[ \t\n\r\f]+", ""));
                    deepest = Math.max(deepest, indentEms(text.getWholeText()));
                }
            }
            // A line too long for the page turns over deeper than any of the poem's own indents
            // (Chicago 13.25); the stylesheets turn over 3em deep, or as deep as the class says.
            int turnover = (int) Math.ceil(deepest) + 1;
            if (turnover > TURNOVER) {
                paragraph.addClass("turn-" + Math.min(turnover, DEEPEST_TURNOVER));
            }
        }
    }

    /** The stylesheets' turnover for verse, in em, and the deepest they have a class for. */
    private static final int TURNOVER = 3;
    private static final int DEEPEST_TURNOVER = 8;

    /**
     * How deep a line's leading spaces indent it, in em: an em space is 1, an en space ½, a
     * no-break space (four of them stand for a typed tab) about ¼, as Noto Serif draws them.
     */
    static double indentEms(String line) {
        double ems = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u2003') {
                ems += 1;
            } else if (c == '\u2002') {
                ems += 0.5;
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F') {
                ems += 0.25;
            } else {
                break;
            }
        }
        return ems;
    }

    /**
     * Ids must be unique in a document and links inside it must land somewhere (EPUB's
     * RSC-005 and RSC-012): a repeated id is dropped, a link to no id loses its href.
     */
    static void links(Element body) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Element element : body.select("[id]")) {
            if (!ids.add(element.id())) {
                element.removeAttr("id");
            }
        }
        for (Element link : body.select("a[href^=#]")) {
            if (!ids.contains(link.attr("href").substring(1))) {
                link.removeAttr("href");
            }
        }
    }

    private static final String INLINE = "b, i, em, strong, u, s, del, ins, mark, small, sub, sup, span, a, q, cite, "
            + "abbr, dfn, code, kbd, samp, var, time, bdi, bdo";

    /**
     * A formatting tag left open in pasted HTML makes an HTML parser wrap the paragraphs after it
     * (the "adoption agency", WHATWG HTML §13.2.6.4.7), and XHTML allows no paragraph inside a
     * {@code <b>} (EPUBCheck RSC-005). Such a wrapper is removed, its words kept.
     *
     * @return one phrase per wrapper removed
     */
    /** Blocks that may not stand inside an inline element. */
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "ul", "ol", "table", "blockquote",
            "pre", "h1", "h2", "h3", "h4", "h5", "h6", "section", "aside", "dl", "hr");

    static List<String> inlineAroundBlocks(Element body) {
        List<String> removed = new java.util.ArrayList<>();
        for (Element inline : body.select(INLINE)) {
            if (inline.parent() != null && inline.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) {
                removed.add("<" + inline.normalName() + "> left open around whole paragraphs removed; its words kept");
                inline.unwrap();
            }
        }
        return removed;
    }

    /** An HTML parser splitting a paragraph around a pasted block leaves empty paragraphs: they hold nothing. */
    static void emptyParagraphs(Element body) {
        for (Element paragraph : body.select("p")) {
            if (paragraph.childNodeSize() == 0) {
                paragraph.remove();
            }
        }
    }

    /**
     * GFM tables as accessible tables (WCAG 2.2 technique H63): header cells say what they head,
     * and a table is announced as data, not layout.
     */
    static void tables(Element body) {
        for (Element table : body.select("table")) {
            table.addClass("data");
            // GFM needs a header row, so converted tables often carry an empty one: it heads nothing.
            Element head = table.selectFirst("> thead");
            if (head != null && head.text().isBlank() && head.select("img").isEmpty()) {
                head.remove();
            }
            padRows(table);
        }
        for (Element header : body.select("thead th")) {
            header.attr("scope", "col");
        }
    }

    /**
     * A row with more cells than its header keeps them (GFM would drop them), so every row gets as
     * many cells as the longest: a table's rows must have the same number of columns (PDF/UA-1
     * §7.5, and screen readers count on it).
     */
    private static void padRows(Element table) {
        var rows = table.select("tr");
        int columns = rows.stream().mapToInt(Structure::columns).max().orElse(0);
        for (Element row : rows) {
            // An empty cell, even in the header row: a header cell must say what it heads.
            for (int cells = columns(row); cells < columns; cells++) {
                row.appendElement("td");
            }
        }
    }

    /** The columns a row spans, counting each cell's colspan. */
    private static int columns(Element row) {
        int columns = 0;
        for (Element cell : row.select("> th, > td")) {
            String span = cell.attr("colspan");
            columns += span.matches("\\d{1,3}") ? Math.max(1, Integer.parseInt(span)) : 1;
        }
        return columns;
    }

    /**
     * The chapter's title is its h1, so the text's headings start at h2 and never skip a level
     * (PDF/UA-1 §7.4.2, WCAG 2.2 technique H42): a chapter whose first heading is {@code ##} gets
     * h2, and {@code #} followed by {@code ###} gets h2 then h3.
     */
    static void demoteHeadings(Element body) {
        var headings = body.select("h1, h2, h3, h4, h5, h6");
        int top = headings.stream().mapToInt(Structure::level).min().orElse(1);
        int previous = 1;
        for (Element heading : headings) {
            int level = Math.min(level(heading) - top + 2, previous + 1);
            heading.tagName("h" + Math.min(level, 6));
            previous = level;
        }
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
