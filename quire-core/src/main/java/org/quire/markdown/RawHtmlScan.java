package org.quire.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * Reports, at its line, each change {@link HtmlPolicy} will make to raw HTML the writer typed,
 * before the whole chapter is cleaned (only here are lines still known). Comments leave the tree
 * at once: they are the writer's private notes. A piece of HTML that loses a whole element is
 * cleaned on its own, so an unclosed {@code <script>} cannot swallow the text after it.
 */
final class RawHtmlScan {
    private RawHtmlScan() {
    }

    static List<Diagnostic> scan(Node document, Path file, IntUnaryOperator lineOf) {
        removeComments(document);
        List<Diagnostic> warnings = new ArrayList<>();
        scan(document, file, lineOf, warnings);
        return warnings;
    }

    private static void removeComments(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof HtmlCommentBlock || child instanceof HtmlInlineComment) {
                child.unlink();
            } else {
                removeComments(child);
            }
            child = next;
        }
    }

    private static void scan(Node node, Path file, IntUnaryOperator lineOf, List<Diagnostic> warnings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String html = null;
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                html = child.getChars().toString();
            } else if (child instanceof Image image) {
                html = "<img src=\"" + image.getUrl() + "\">";
            } else if (child instanceof Link link && !HtmlPolicy.linkable(link.getUrl().toString())) {
                html = "<a href=\"" + link.getUrl() + "\"></a>";
            }
            Node next = child;
            if (html != null) {
                // Positions tracked, so a change deep in a pasted block is reported at its own line.
                // "<body>" first, on the same line: a script or title stays in the body, not the head.
                Element fragment = Jsoup.parse("<body>" + html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true)).body();
                int first = lineOf.applyAsInt(child.getStartLineNumber());
                for (HtmlPolicy.Change change : HtmlPolicy.clean(fragment)) {
                    int line = change.line() > 0 ? lineOf.applyAsInt(child.getStartLineNumber() + change.line() - 1) : first;
                    warnings.add(Diagnostic.warning(change.code(), Location.of(file, line), change.message()));
                }
                if (!(child instanceof Image) && !(child instanceof Link) && RAW_TEXT.matcher(html).find()) {
                    // A lone opening tag inline keeps only the words; a whole block keeps its cleaned markup.
                    next = replace(child, child instanceof HtmlInlineBase
                            ? escape(fragment.text()) : XhtmlOutput.of(fragment).markup());
                }
            }
            scan(next, file, lineOf, warnings);
            child = next;
        }
    }

    /**
     * Elements whose content an HTML parser reads as raw text up to their end tag (WHATWG HTML
     * §13.2.6.4.7): left in the chapter, an unclosed one would swallow every word after it. Such a
     * piece is cleaned on its own and replaced; other tags keep their pairs for the final clean.
     */
    private static final java.util.regex.Pattern RAW_TEXT = java.util.regex.Pattern.compile(
            "(?i)<\\s*(script|style|template|xmp|textarea|title|iframe|noembed|noframes|noscript|plaintext|listing)\\b");

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Node replace(Node raw, String cleaned) {
        Node replacement;
        if (raw instanceof HtmlBlockBase) {
            BasedSequence chars = BasedSequence.of(cleaned + "\n");
            HtmlBlock block = new HtmlBlock(chars);
            block.setContent(chars, List.of(chars)); // the renderer prints a block's content lines
            replacement = block;
        } else {
            replacement = new HtmlInline(BasedSequence.of(cleaned));
        }
        raw.insertBefore(replacement);
        raw.unlink();
        return replacement;
    }
}
