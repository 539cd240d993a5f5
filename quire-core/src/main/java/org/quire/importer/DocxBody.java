package org.quire.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.quire.importer.DocxChapters.Block;
import org.quire.importer.DocxChapters.Kind;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The body of a Word document as chapters (ECMA-376 Part 1 §17.2–17.4): paragraphs, tables and
 * content controls in order. The highest heading level used more than once starts chapters;
 * a higher heading ("Part One") is joined to the chapter after it, lower ones stay headings in
 * the text. Without headings, page breaks start chapters. Centred and right-aligned paragraphs
 * stay so, lines of stars or a bordered empty paragraph are scene breaks, tables are GFM tables.
 */
final class DocxBody implements DocxText.Context {
    private final Document document;
    private final DocxStyles styles;
    private final DocxNotes notes;
    private final DocxNumbering numbering;
    private final Changes changes;
    private final Location at;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> extras = new ArrayDeque<>();

    DocxBody(Document document, DocxStyles styles, DocxNotes notes, DocxNumbering numbering, Changes changes,
             Location at) {
        this.document = document;
        this.styles = styles;
        this.notes = notes;
        this.numbering = numbering;
        this.changes = changes;
        this.at = at;
    }

    @Override
    public DocxStyles styles() {
        return styles;
    }

    @Override
    public String note(String id, boolean endnote) {
        return notes.call(id, endnote, this);
    }

    @Override
    public void change(String message) {
        changes.add(at, message);
    }

    @Override
    public void extra(Element paragraph) {
        extras.add(paragraph);
    }

    /** The chapters of the body; the title, author, date and abstract it holds go into {@code metadata}. */
    List<ImportedChapter> read(Map<String, Object> metadata, List<Diagnostic> warnings) {
        Element body = DocxXml.child(document.getDocumentElement(), "body");
        blocks(body);
        return new DocxChapters(blocks, warnings, at).chapters(metadata);
    }

    private void blocks(Element parent) {
        for (Element child : DocxXml.children(parent)) {
            if (DocxXml.is(child, "p")) {
                paragraph(child);
                while (!extras.isEmpty()) {
                    paragraph(extras.poll());
                }
            } else if (DocxXml.is(child, "tbl")) {
                table(child);
            } else if (DocxXml.is(child, "sdt")) {
                blocks(DocxXml.child(child, "sdtContent"));
            } else if (DocxXml.is(child, "customXml") || DocxXml.is(child, "ins") || DocxXml.is(child, "moveTo")) {
                blocks(child);
            } else if (DocxXml.MC.equals(child.getNamespaceURI()) && "AlternateContent".equals(child.getLocalName())) {
                DocxText.alternate(child, this::blocks);
            } else if (DocxXml.is(child, "altChunk")) {
                change("an embedded document (altChunk) is left out: open the file in Word and save it again");
            }
        }
    }

    private void paragraph(Element paragraph) {
        Element properties = DocxXml.child(paragraph, "pPr");
        String style = DocxXml.attr(DocxXml.child(properties, "pStyle"), "val");
        String name = styles.name(style);
        String outline = DocxXml.attr(DocxXml.child(properties, "outlineLvl"), "val");
        int level = outline.matches("[0-8]") ? Integer.parseInt(outline) + 1 : styles.headingLevel(style);
        String align = DocxXml.attr(DocxXml.child(properties, "jc"), "val");
        if (align.isEmpty()) {
            align = styles.alignment(style);
        }
        boolean pageBefore = Boolean.TRUE.equals(DocxXml.toggle(properties, "pageBreakBefore"));
        Kind kind = switch (name) {
            case "title" -> Kind.TITLE;
            case "subtitle" -> Kind.SUBTITLE;
            case "author" -> Kind.AUTHOR;
            case "date" -> Kind.DATE;
            case "abstract" -> Kind.ABSTRACT;
            case "block text", "quote", "intense quote" -> Kind.QUOTE;
            default -> level > 0 ? Kind.HEADING : Kind.TEXT;
        };
        DocxText.Read text = DocxText.read(paragraph, this, kind == Kind.TEXT || kind == Kind.QUOTE);
        if (text.plain().isBlank() && (text.rule() || properties != null && DocxXml.child(properties, "pBdr") != null)) {
            kind = Kind.BREAK; // a bordered empty paragraph: the rule Word and pandoc draw between scenes
        } else if (kind == Kind.TEXT && isSceneBreak(text.plain())) {
            kind = Kind.BREAK;
        }
        Element list = DocxXml.child(properties, "numPr");
        String marker = list == null || kind != Kind.TEXT ? "" : numbering.marker(
                DocxXml.attr(DocxXml.child(list, "numId"), "val"), parse(DocxXml.attr(DocxXml.child(list, "ilvl"), "val")));
        String markdown = text.markdown();
        if (!marker.isEmpty() && !text.plain().isBlank()) {
            kind = Kind.LIST;
            // A list item's text must not itself start a list: "1. " inside the item is escaped already.
            markdown = marker + markdown.replace("\n", "\n" + " ".repeat(marker.length()));
        }
        blocks.add(new Block(kind, level, markdown, text.plain(), align, pageBefore, text.pageBreak(), notes.drain()));
    }

    private static int parse(String number) {
        return number.matches("\\d") ? Integer.parseInt(number) : 0;
    }

    static boolean isSceneBreak(String plain) {
        String marks = plain.replaceAll("\\s", "");
        return plain.matches("[*~#=_\\-•·\\s]+") && (marks.length() >= 3 || marks.equals("#"));
    }

    /** A table as a GFM table: its first row the header, a line break in a cell as {@code <br>}. */
    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : DocxXml.children(table)) {
            if (!DocxXml.is(row, "tr")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : DocxXml.children(row)) {
                if (DocxXml.is(cell, "tc")) {
                    cells.add(cell(cell));
                }
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            return;
        }
        change("a table's first row is set as its header (a Markdown table needs one)");
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int c = 0; c < width; c++) {
                out.append(' ').append(c < rows.get(r).size() ? rows.get(r).get(c) : "").append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(width)).append('\n');
            }
        }
        blocks.add(new Block(Kind.TABLE, 0, out.toString().strip(), "table", "", false, false, notes.drain()));
    }

    private String cell(Element cell) {
        List<String> parts = new ArrayList<>();
        for (Element child : DocxXml.children(cell)) {
            if (DocxXml.is(child, "p")) {
                String text = DocxText.read(child, this, true).markdown();
                if (!text.isBlank()) {
                    parts.add(text.replace("  \n", "<br>").replace("\n", " "));
                }
            } else if (DocxXml.is(child, "tbl") || DocxXml.is(child, "sdt")) {
                change("a table inside a table is read as the text of its cells");
                for (Element paragraph : DocxXml.all(child, "p")) {
                    parts.add(DocxText.read(paragraph, this, true).markdown().replace("\n", " "));
                }
            }
        }
        return String.join("<br>", parts);
    }
}
