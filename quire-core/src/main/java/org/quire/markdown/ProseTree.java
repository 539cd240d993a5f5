package org.quire.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The tree jsoup makes of flexmark's HTML for a chapter of plain prose, built straight from the
 * Markdown AST: paragraphs, headings, block quotes, rules, emphasis, strong, struck text, line
 * breaks, entities and paired quotes. It is the same tree, node for node (one text node for each
 * run of text between tags, a {@code "\n"} after each block as the renderer writes it), without
 * writing the HTML and parsing it again: those two steps were a third of the Markdown stage.
 *
 * <p>Any other node (raw HTML, lists, tables, links, code, footnotes, attributes) makes
 * {@link #build} give up, and the caller renders and parses as before: raw HTML needs an HTML
 * parser, and the rest is rare in fiction. {@code ProseTreeTest} holds the two trees equal on
 * every Markdown file of the test resources, the samples and the field cases.
 */
final class ProseTree {
    private final StringBuilder text = new StringBuilder();
    private Element current;

    private ProseTree(Element body) {
        this.current = body;
    }

    /**
     * Appends the tree of {@code document} to {@code body}, or returns false, leaving
     * {@code body} untouched, when the document holds a node this class does not build.
     */
    static boolean build(Document document, Element body) {
        if (!prose(document)) {
            return false;
        }
        ProseTree tree = new ProseTree(body);
        tree.children(document);
        tree.flush();
        return true;
    }

    /** Whether every node is one this class builds: checked first, so a tree is never half built. */
    private static boolean prose(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Text || node instanceof Paragraph || node instanceof SoftLineBreak
                    || node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof HtmlEntity
                    || node instanceof TypographicQuotes || node instanceof HardLineBreak || node instanceof Heading
                    || node instanceof BlockQuote || node instanceof ThematicBreak || node instanceof Strikethrough)
                    || !prose(node)) {
                return false;
            }
            if (node instanceof Text && node.getChars().indexOf('\0') >= 0) {
                return false; // an HTML parser makes U+0000 U+FFFD (HTML §13.2.5.1); let it
            }
        }
        return true;
    }

    private void children(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node);
        }
    }

    private void node(Node node) {
        if (node instanceof Text) {
            text(node);
        } else if (node instanceof SoftLineBreak) {
            text.append('\n'); // HtmlRenderer.SOFT_BREAK, as MarkdownConverter sets it
        } else if (node instanceof Emphasis) {
            inline("em", node);
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node);
        } else if (node instanceof HtmlEntity) {
            text.append(node.getChars().unescape());
        } else if (node instanceof TypographicQuotes quotes) {
            quoted(quotes);
        } else if (node instanceof Strikethrough) {
            inline("del", node);
        } else if (node instanceof HardLineBreak) {
            open("br");
            close();
            text.append('\n');
        } else {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof Paragraph) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) != null) {
                inline("p", node);
                text.append('\n');
            }
        } else if (node instanceof Heading heading) {
            inline("h" + heading.getLevel(), node);
            text.append('\n');
        } else if (node instanceof BlockQuote) {
            open("blockquote");
            text.append('\n');
            children(node);
            close();
            text.append('\n');
        } else if (node instanceof ThematicBreak) {
            open("hr");
            close();
            text.append('\n');
        }
    }

    /** As PlainText writes a text node: escapes and entities resolved only where there are any. */
    private void text(Node node) {
        String chars = node.getChars().toString();
        if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && chars.indexOf('\r') < 0) {
            text.append(chars);
        } else {
            text.append(Escaping.normalizeEOL(node.getChars().unescape()));
        }
    }

    /** The renderer writes the marks raw; what jsoup reads of them is their text, entities resolved. */
    private void quoted(TypographicQuotes quotes) {
        if (quotes.getTypographicOpening() != null && !quotes.getTypographicOpening().isEmpty()) {
            text.append(org.jsoup.parser.Parser.unescapeEntities(quotes.getTypographicOpening(), false));
        }
        children(quotes);
        if (quotes.getTypographicClosing() != null && !quotes.getTypographicClosing().isEmpty()) {
            text.append(org.jsoup.parser.Parser.unescapeEntities(quotes.getTypographicClosing(), false));
        }
    }

    private void inline(String tag, Node node) {
        open(tag);
        children(node);
        close();
    }

    private void open(String tag) {
        flush();
        Element element = new Element(tag);
        current.appendChild(element);
        current = element;
    }

    private void close() {
        flush();
        current = current.parent();
    }

    private void flush() {
        if (!text.isEmpty()) {
            current.appendChild(new TextNode(text.toString()));
            text.setLength(0);
        }
    }
}
