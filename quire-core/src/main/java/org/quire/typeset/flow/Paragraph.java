package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.typeset.css.Style;
import org.quire.typeset.lines.TextRun;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.tags.StructNode;

/**
 * The inline content of the paragraph being gathered: text with white space processed as CSS
 * Text Level 3 §4 says (collapsed, or kept for {@code pre} and {@code pre-wrap}), its runs, the
 * footnotes it calls and the ids inside it.
 */
final class Paragraph {
    /** Stands for a leader in the text: it becomes glue that fills its line. */
    static final char OBJECT = '\uFFFC';

    private final StructureTree tree;
    private final StringBuilder text = new StringBuilder();
    private final List<TextRun> runs = new ArrayList<>();
    private final List<TextBlock.At> calls = new ArrayList<>();
    private final List<TextBlock.At> anchors = new ArrayList<>();
    private final List<String> looseAnchors = new ArrayList<>();
    private final Map<StructNode, InlineTag> tags = new IdentityHashMap<>();
    private TextBlock.Marker marker;
    private boolean space = true;
    /** The negative right margin of the inline content that ends the paragraph, as a positive number. */
    private float hang;

    Paragraph(StructureTree tree) {
        this.tree = tree;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** The tag for text directly in {@code node}: the node itself, or (anonymous) a P made in it for this paragraph. */
    InlineTag tagFor(StructNode node, boolean anonymous) {
        InlineTag tag = tags.get(node);
        if (tag == null) {
            tag = new InlineTag(anonymous ? tree.node("P", node) : node, null, false);
            tags.put(node, tag);
        }
        return tag;
    }

    void marker(TextBlock.Marker value) {
        marker = value;
    }

    void anchor(String id) {
        anchors.add(new TextBlock.At(text.length(), id));
    }

    void call(String noteId) {
        calls.add(new TextBlock.At(text.length(), noteId));
    }

    /** A forced line break ({@code <br>}): never preceded by a collapsible space. */
    void newline() {
        hang = 0;
        trimTrailingSpace();
        text.append('\n');
        space = true;
    }

    /**
     * Inline content just ended with a negative {@code margin-right} (CSS 2.1 §8.3, §10.3.1): at
     * the paragraph's end it lets the last line run that far into the block's right padding.
     * Anywhere else it is not honoured (the text after it would have to be drawn over it).
     */
    void endMargin(float margin) {
        hang = margin < 0 ? -margin : 0;
    }

    void leader(String pattern, InlineTag tag, TextStyle style) {
        hang = 0;
        int start = text.length();
        text.append(OBJECT);
        runs.add(new TextRun(start, start + 1, style, tag, pattern));
        space = false;
    }

    void append(String raw, Style style, InlineTag tag, TextStyle textStyle, String lang) {
        int start = text.length();
        Style.WhiteSpace mode = style.whiteSpace();
        boolean keep = mode == Style.WhiteSpace.PRE || mode == Style.WhiteSpace.PRE_WRAP;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (keep) {
                if (c == '\t') {
                    int column = text.length() - text.lastIndexOf("\n") - 1;
                    text.append(" ".repeat(8 - column % 8));
                } else if (c != '\r') {
                    text.append(c);
                }
                space = c == ' ' || c == '\n';
            } else if (c == '\n' && mode == Style.WhiteSpace.PRE_LINE) {
                trimTrailingSpace();
                text.append('\n');
                space = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else {
                text.append(c);
                space = false;
            }
        }
        if (style.transform() != Style.Transform.NONE && text.length() > start) {
            String part = text.substring(start);
            Locale locale = Locale.forLanguageTag(lang);
            String changed = switch (style.transform()) {
                case UPPERCASE -> part.toUpperCase(locale);
                case LOWERCASE -> part.toLowerCase(locale);
                default -> capitalize(part);
            };
            text.setLength(start);
            text.append(changed);
        }
        addRun(start, tag, textStyle);
    }

    private void addRun(int start, InlineTag tag, TextStyle style) {
        int end = text.length();
        if (end == start) {
            return;
        }
        if (!text.substring(start, end).isBlank()) {
            hang = 0; // the margin no longer ends the paragraph (spaces after it are trimmed at its end)
        }
        if (!runs.isEmpty()) {
            TextRun last = runs.get(runs.size() - 1);
            if (last.end() == start && last.leader() == null && last.style().equals(style) && last.tag().equals(tag)) {
                runs.set(runs.size() - 1, new TextRun(last.start(), end, style, tag, null));
                return;
            }
        }
        runs.add(new TextRun(start, end, style, tag, null));
    }

    private static String capitalize(String part) {
        StringBuilder out = new StringBuilder(part.length());
        boolean start = true;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            out.append(start && Character.isLetter(c) ? Character.toTitleCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return out.toString();
    }

    private void trimTrailingSpace() {
        int length = text.length();
        while (length > 0 && text.charAt(length - 1) == ' ') {
            length--;
        }
        cut(length);
    }

    /** Shortens the text to {@code length}, clipping the runs. */
    private void cut(int length) {
        if (length >= text.length()) {
            return;
        }
        text.setLength(length);
        for (int i = runs.size() - 1; i >= 0; i--) {
            TextRun run = runs.get(i);
            if (run.start() >= length) {
                runs.remove(i);
            } else if (run.end() > length) {
                runs.set(i, new TextRun(run.start(), length, run.style(), run.tag(), run.leader()));
            }
        }
    }

    /** Ids that were in a paragraph with no text: they become anchors of the flow. */
    List<String> takeLooseAnchors() {
        List<String> out = new ArrayList<>(looseAnchors);
        looseAnchors.clear();
        return out;
    }

    /** The gathered paragraph as a block (null when it has no text), and a fresh start. */
    TextBlock finish(Ctx ctx, TextStyles styles) {
        trimTrailingSpace();
        if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            cut(text.length() - 1);
        }
        boolean blank = text.toString().isBlank();
        TextBlock block = null;
        if (!blank) {
            block = styles.paragraph(text.toString(), new ArrayList<>(runs), ctx, calls, anchors, marker, hang);
        } else {
            anchors.forEach(a -> looseAnchors.add(a.id()));
        }
        text.setLength(0);
        runs.clear();
        calls.clear();
        anchors.clear();
        tags.clear();
        hang = 0;
        if (!blank) {
            // A list item's marker waits for the item's first text: <li><p>seven</p></li>.
            marker = null;
        }
        space = true;
        return block;
    }
}
