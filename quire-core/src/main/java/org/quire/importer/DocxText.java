package org.quire.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.quire.importer.InlineMarks.Mark;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph as Markdown (ECMA-376 Part 1 §17.3.2–3): its runs with their
 * italics, bold, underline and strike (direct, from the run's style and from the paragraph's),
 * line breaks as hard breaks, footnote and endnote calls, and the text of content controls,
 * hyperlinks, fields and tracked insertions. Tracked deletions are left out, as Word shows a
 * document with its changes accepted; a picture leaves its description, a text box its
 * paragraphs after this one. Each such change is reported.
 */
final class DocxText {
    /** What the reader needs from the document while reading a paragraph. */
    interface Context {
        DocxStyles styles();

        /** The footnote label for a call to note {@code id} ({@code endnote} for an endnote). */
        String note(String id, boolean endnote);

        void change(String message);

        /** A paragraph found inside this one (a text box's), to be set after it. */
        void extra(Element paragraph);
    }

    /**
     * A paragraph read: its Markdown, its text without markup, whether a page break ends it, and
     * whether it draws a horizontal rule (VML {@code o:hr}, as Word and pandoc write one).
     */
    record Read(String markdown, String plain, boolean pageBreak, boolean rule) {
    }

    private final Context context;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private final List<Mark> open = new ArrayList<>();
    private Set<Mark> paragraphMarks = EnumSet.noneOf(Mark.class);
    private boolean pageBreak;
    private boolean rule;

    private DocxText(Context context) {
        this.context = context;
    }

    /**
     * Reads {@code paragraph} ({@code w:p}).
     *
     * @param styled whether the paragraph style's character formatting counts (not in headings,
     *     whose style is bold or italic as a whole)
     */
    static Read read(Element paragraph, Context context, boolean styled) {
        DocxText text = new DocxText(context);
        Element properties = DocxXml.child(paragraph, "pPr");
        if (styled) {
            text.paragraphMarks = context.styles().marks(DocxXml.attr(DocxXml.child(properties, "pStyle"), "val"));
        }
        text.inline(paragraph);
        text.close(EnumSet.noneOf(Mark.class));
        String markdown = InlineMarks.resolve(text.out.toString()).strip();
        return new Read(markdown, text.plain.toString().strip(), text.pageBreak, text.rule);
    }

    private void inline(Node parent) {
        for (Element child : DocxXml.children(parent)) {
            if (DocxXml.is(child, "r")) {
                run(child);
            } else if (DocxXml.is(child, "del") || DocxXml.is(child, "moveFrom")) {
                context.change("a tracked deletion is left out (the document is read with its changes accepted)");
            } else if (DocxXml.is(child, "ins") || DocxXml.is(child, "moveTo")) {
                context.change("a tracked insertion is kept (the document is read with its changes accepted)");
                inline(child);
            } else if (DocxXml.is(child, "sdt")) {
                inline(DocxXml.child(child, "sdtContent"));
            } else if (DocxXml.is(child, "hyperlink") || DocxXml.is(child, "smartTag") || DocxXml.is(child, "customXml")
                    || DocxXml.is(child, "fldSimple") || DocxXml.is(child, "dir") || DocxXml.is(child, "bdo")) {
                inline(child);
            } else if (DocxXml.MC.equals(child.getNamespaceURI()) && "AlternateContent".equals(child.getLocalName())) {
                alternate(child, this::inline);
            } else if ("oMath".equals(child.getLocalName()) || "oMathPara".equals(child.getLocalName())) {
                context.change("an equation is kept as its plain text");
                text(child.getTextContent());
            }
        }
    }

    /** {@code mc:AlternateContent}: the first choice only, or the fallback, never both (they repeat each other). */
    static void alternate(Element alternate, Consumer<Element> read) {
        for (Element option : DocxXml.children(alternate)) {
            if ("Choice".equals(option.getLocalName()) || "Fallback".equals(option.getLocalName())) {
                read.accept(option);
                return;
            }
        }
    }

    private void run(Element run) {
        Element properties = DocxXml.child(run, "rPr");
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        marks.addAll(paragraphMarks);
        marks.addAll(context.styles().marks(DocxXml.attr(DocxXml.child(properties, "rStyle"), "val")));
        DocxStyles.apply(properties, marks);
        for (Element child : DocxXml.children(run)) {
            if (DocxXml.is(child, "t")) {
                close(marks);
                openAll(marks);
                text(child.getTextContent());
            } else if (DocxXml.is(child, "tab") || DocxXml.is(child, "ptab")) {
                text(" ");
            } else if (DocxXml.is(child, "br") || DocxXml.is(child, "cr")) {
                String type = DocxXml.attr(child, "type");
                if (type.equals("page")) {
                    pageBreak = true;
                } else if (!type.equals("column")) {
                    out.append("  \n");
                    plain.append('\n');
                }
            } else if (DocxXml.is(child, "noBreakHyphen")) {
                text("\u2011");
            } else if (DocxXml.is(child, "sym")) {
                symbol(child);
            } else if (DocxXml.is(child, "footnoteReference") || DocxXml.is(child, "endnoteReference")) {
                String label = context.note(DocxXml.attr(child, "id"), DocxXml.is(child, "endnoteReference"));
                if (!label.isEmpty()) {
                    close(EnumSet.noneOf(Mark.class));
                    out.append(label);
                }
            } else if (DocxXml.is(child, "drawing") || DocxXml.is(child, "pict") || DocxXml.is(child, "object")) {
                picture(child);
            } else if (DocxXml.MC.equals(child.getNamespaceURI()) && "AlternateContent".equals(child.getLocalName())) {
                alternate(child, this::picture);
            }
            // w:delText (tracked deletions), w:instrText (field codes), w:footnoteRef (a note's own number) carry no text
        }
    }

    /** A picture's description, and the paragraphs of any text box in it. */
    private void picture(Element drawing) {
        List<Element> boxes = DocxXml.all(drawing, "txbxContent");
        for (Element box : boxes) {
            context.change("a text box's text is set after the paragraph it stands in");
            for (Element paragraph : DocxXml.children(box)) {
                if (DocxXml.is(paragraph, "p")) {
                    context.extra(paragraph);
                }
            }
        }
        if (!boxes.isEmpty()) {
            return;
        }
        String description = "";
        for (Node node : descendants(drawing)) {
            if (node instanceof Element e && "t".equals(e.getAttributeNS("urn:schemas-microsoft-com:office:office", "hr"))) {
                rule = true;
                return;
            }
            if (node instanceof Element e && "docPr".equals(e.getLocalName())) {
                description = !e.getAttribute("descr").isBlank() ? e.getAttribute("descr") : e.getAttribute("title");
            }
        }
        context.change("a picture is left out (pictures in stories are not supported); its description is kept");
        if (!description.isBlank()) {
            text(description.strip());
        }
    }

    private static List<Node> descendants(Node root) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            nodes.add(child);
            nodes.addAll(descendants(child));
        }
        return nodes;
    }

    /** {@code w:sym}: a character of a symbol font; Unicode's private-use offset of Symbol fonts removed. */
    private void symbol(Element symbol) {
        try {
            int code = Integer.parseInt(DocxXml.attr(symbol, "char"), 16);
            text(new String(Character.toChars(code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code)));
            context.change("a symbol-font character is kept as the character of its code");
        } catch (IllegalArgumentException e) {
            context.change("a symbol-font character with no readable code is left out");
        }
    }

    private void text(String text) {
        String clean = InlineMarks.clean(text);
        out.append(MarkdownText.inline(clean.replace('\t', ' ')));
        plain.append(clean);
    }

    /** Closes open marks, innermost first, until every one still open is wanted. */
    private void close(Set<Mark> wanted) {
        int keep = 0;
        while (keep < open.size() && wanted.contains(open.get(keep))) {
            keep++;
        }
        for (int i = open.size() - 1; i >= keep; i--) {
            out.append(InlineMarks.close(open.remove(i)));
        }
    }

    private void openAll(Set<Mark> wanted) {
        for (Mark mark : wanted) {
            if (!open.contains(mark)) {
                open.add(mark);
                out.append(InlineMarks.open(mark));
            }
        }
    }
}
