package org.quire.importer;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quire.importer.InlineMarks.Mark;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Word document's styles ({@code word/styles.xml}, ECMA-376 Part 1 §17.7): each style's name,
 * the one it is based on, its outline level, alignment and character formatting, so that text
 * styled "Heading 2", "Emphasis" or a centred "Verse" is read for what it is.
 */
final class DocxStyles {
    static final DocxStyles NONE = new DocxStyles(null);
    private static final int MAX_DEPTH = 16; // basedOn chains may loop in a damaged file

    private final Map<String, Element> styles = new HashMap<>();

    DocxStyles(Document document) {
        if (document != null) {
            for (Element style : DocxXml.all(document, "style")) {
                styles.put(DocxXml.attr(style, "styleId"), style);
            }
        }
    }

    /** The style's name in lower case ("heading 1", "title"), or its id when it has none. */
    String name(String id) {
        Element style = styles.get(id);
        String name = style == null ? id : DocxXml.attr(DocxXml.child(style, "name"), "val");
        return (name.isEmpty() ? id : name).toLowerCase(Locale.ROOT).replaceAll("(heading)(\\d)", "$1 $2");
    }

    /**
     * The heading level a paragraph style gives (1 for "Heading 1"), from its name or its outline
     * level along the {@code basedOn} chain; 0 for body text.
     */
    int headingLevel(String id) {
        String at = id;
        for (int depth = 0; at != null && !at.isEmpty() && depth < MAX_DEPTH; depth++) {
            String name = name(at);
            if (name.matches("heading [1-9]")) {
                return name.charAt(8) - '0';
            }
            Element style = styles.get(at);
            String outline = DocxXml.attr(DocxXml.child(DocxXml.child(style, "pPr"), "outlineLvl"), "val");
            if (outline.matches("[0-8]")) {
                return Integer.parseInt(outline) + 1;
            }
            at = style == null ? null : DocxXml.attr(DocxXml.child(style, "basedOn"), "val");
        }
        return 0;
    }

    /** The alignment ({@code w:jc}) a paragraph style gives: "center", "right"…, or empty. */
    String alignment(String id) {
        String at = id;
        for (int depth = 0; at != null && !at.isEmpty() && depth < MAX_DEPTH; depth++) {
            Element style = styles.get(at);
            String jc = DocxXml.attr(DocxXml.child(DocxXml.child(style, "pPr"), "jc"), "val");
            if (!jc.isEmpty()) {
                return jc;
            }
            at = style == null ? null : DocxXml.attr(DocxXml.child(style, "basedOn"), "val");
        }
        return "";
    }

    /** The marks a style's run properties set along its chain, nearer styles winning. */
    Set<Mark> marks(String id) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        apply(id, marks, 0);
        return marks;
    }

    private void apply(String id, Set<Mark> marks, int depth) {
        Element style = id == null || id.isEmpty() ? null : styles.get(id);
        if (style == null || depth >= MAX_DEPTH) {
            return;
        }
        apply(DocxXml.attr(DocxXml.child(style, "basedOn"), "val"), marks, depth + 1);
        apply(DocxXml.child(style, "rPr"), marks);
    }

    /** Applies run properties ({@code w:rPr}) to {@code marks}: each toggle present switches its mark on or off. */
    static void apply(Element properties, Set<Mark> marks) {
        if (properties == null) {
            return;
        }
        set(marks, Mark.EM, DocxXml.toggle(properties, "i"));
        set(marks, Mark.STRONG, DocxXml.toggle(properties, "b"));
        Boolean struck = DocxXml.toggle(properties, "strike");
        Boolean doubleStruck = DocxXml.toggle(properties, "dstrike");
        set(marks, Mark.STRUCK, struck == null && doubleStruck == null ? null
                : Boolean.TRUE.equals(struck) || Boolean.TRUE.equals(doubleStruck));
        Element underline = DocxXml.child(properties, "u");
        if (underline != null) {
            String value = DocxXml.attr(underline, "val");
            set(marks, Mark.UNDERLINE, !value.equals("none") && !value.equals("0"));
        }
    }

    private static void set(Set<Mark> marks, Mark mark, Boolean on) {
        if (Boolean.TRUE.equals(on)) {
            marks.add(mark);
        } else if (Boolean.FALSE.equals(on)) {
            marks.remove(mark);
        }
    }
}
