package org.quire.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * A block element the writer opened in raw HTML ({@code <div class="letter">}) and never closed:
 * an HTML parser closes it at the end of the chapter, so everything after it lands inside it. The
 * words are kept (they are only nested), but the layout the writer meant is not, so it is said,
 * at the line of the opening tag, with what to do ({@code HTML-UNCLOSED}).
 */
final class UnclosedBlocks {
    /** Block elements whose end tag HTML requires (WHATWG HTML §13.1.2.4 lets none of these be left out). */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(div|section|article|aside|center|blockquote|main|header|footer|nav|figure|details|table|ul|ol|dl)\\b[^>]*?(/?)>",
            Pattern.CASE_INSENSITIVE);

    private UnclosedBlocks() {
    }

    private record Open(String name, int line) {
    }

    static List<Diagnostic> find(Node document, Path file, IntUnaryOperator lineOf) {
        Deque<Open> open = new ArrayDeque<>();
        visit(document, lineOf, open);
        List<Diagnostic> warnings = new ArrayList<>();
        for (java.util.Iterator<Open> oldest = open.descendingIterator(); oldest.hasNext(); ) {
            Open tag = oldest.next();
            warnings.add(Diagnostic.warning("HTML-UNCLOSED", Location.of(file, tag.line()), "<" + tag.name()
                    + "> is never closed, so everything after it to the end of the chapter is inside it; the words are"
                    + " kept: close it with </" + tag.name() + "> where it should end"));
        }
        return warnings;
    }

    private static void visit(Node node, IntUnaryOperator lineOf, Deque<Open> open) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                String html = child.getChars().toString();
                Matcher tag = TAG.matcher(html);
                int line = child.getStartLineNumber();
                int counted = 0;
                while (tag.find()) {
                    for (; counted < tag.start(); counted++) {
                        line += html.charAt(counted) == '\n' ? 1 : 0;
                    }
                    String name = tag.group(2).toLowerCase(Locale.ROOT);
                    if (!tag.group(3).isEmpty()) {
                        continue; // <div/> closes itself
                    }
                    if (tag.group(1).isEmpty()) {
                        open.push(new Open(name, lineOf.applyAsInt(line)));
                    } else {
                        close(open, name);
                    }
                }
            } else {
                visit(child, lineOf, open);
            }
        }
    }

    /** A closing tag ends the latest element of its name still open (and, as a parser does, those opened inside it). */
    private static void close(Deque<Open> open, String name) {
        if (open.stream().noneMatch(tag -> tag.name().equals(name))) {
            return; // a stray end tag: the parser ignores it, and so does this
        }
        while (!open.isEmpty() && !open.pop().name().equals(name)) {
            // an element opened inside the one closed here ends with it
        }
    }
}
