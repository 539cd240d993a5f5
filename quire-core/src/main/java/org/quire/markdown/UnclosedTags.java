package org.quire.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * An inline tag opened in a paragraph and never closed there would run on over every paragraph
 * after it, and wrap them in a way XHTML forbids (EPUBCheck RSC-005); a closing tag with no
 * opening one means nothing. Neither is working HTML: most often it is the writer's text, a system
 * message or a chat name ({@code <DATA> corrupted}, {@code <b> hi all}). It is printed as typed,
 * with a warning at its line.
 */
final class UnclosedTags {
    private static final Pattern TAG = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>$", Pattern.DOTALL);
    private static final Set<String> VOID = Set.of("br", "img", "hr", "wbr", "input", "col", "area", "base", "link",
            "meta", "source", "track", "embed", "param");

    private UnclosedTags() {
    }

    static List<Diagnostic> remove(Node document, Path file, IntUnaryOperator lineOf) {
        List<Diagnostic> warnings = new ArrayList<>();
        visit(document, file, lineOf, warnings);
        return warnings;
    }

    /** Elements whose end tag HTML lets a writer leave out (§13.1.2.4): unclosed, they are still HTML. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody",
            "tfoot", "option", "optgroup", "rt", "rp", "colgroup", "caption", "html", "head", "body");
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*<([A-Z][A-Z0-9]*)\\b[^>]*>");

    private static void visit(Node node, Path file, IntUnaryOperator lineOf, List<Diagnostic> warnings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.HtmlBlock block && shoutedAndOpen(block)) {
                // <SUMMARY> Tutorial cleared. — a system message in capitals, not an HTML block
                // that would wrap the rest of the chapter.
                warnings.add(Diagnostic.warning("HTML-AS-TEXT", Location.of(file, lineOf.applyAsInt(block.getStartLineNumber())),
                        block.getChars().toString().strip().lines().findFirst().orElse("") .replaceAll(">.*", ">")
                                + " is never closed, so it is not HTML here: printed as typed"));
                com.vladsch.flexmark.ast.Paragraph paragraph = new com.vladsch.flexmark.ast.Paragraph();
                paragraph.appendChild(new Text(block.getChars().trimEnd()));
                block.insertBefore(paragraph);
                block.unlink();
                child = paragraph;
                continue;
            }
            if (child instanceof Block block && !(child.getFirstChild() instanceof Block) && child.hasChildren()) {
                balance(block, file, lineOf, warnings);
            }
            visit(child, file, lineOf, warnings);
        }
    }

    /** Matches the inline tags of one block like a stack; what is left over goes. */
    private static void balance(Block block, Path file, IntUnaryOperator lineOf, List<Diagnostic> warnings) {
        Deque<HtmlInline> open = new ArrayDeque<>();
        List<HtmlInline> strays = new ArrayList<>();
        for (HtmlInline tag : inlineTags(block)) {
            Matcher matcher = TAG.matcher(tag.getChars().toString().strip());
            if (!matcher.matches() || VOID.contains(name(matcher))) {
                continue;
            }
            if (!matcher.group(3).isEmpty()) {
                strays.add(tag); // <b/>: HTML has no empty form of it, a parser would open it for good
            } else if (matcher.group(1).isEmpty()) {
                open.push(tag);
            } else if (!open.isEmpty() && name(TAG.matcher(open.peek().getChars().toString().strip())).equals(name(matcher))) {
                open.pop();
            } else {
                strays.add(tag);
            }
        }
        strays.addAll(open);
        strays.sort(java.util.Comparator.comparingInt(HtmlInline::getStartOffset));
        for (HtmlInline tag : strays) {
            String text = tag.getChars().toString().strip();
            String what = text.startsWith("</") ? "closes nothing opened in its paragraph"
                    : text.endsWith("/>") ? "holds nothing" : "is never closed in its paragraph";
            warnings.add(Diagnostic.warning("HTML-AS-TEXT", Location.of(file, lineOf.applyAsInt(tag.getStartLineNumber())),
                    text + " " + what + ", so it is not HTML here: printed as typed"));
            tag.insertBefore(new Text(tag.getChars()));
            tag.unlink();
        }
    }

    private static List<HtmlInline> inlineTags(Node block) {
        List<HtmlInline> tags = new ArrayList<>();
        collect(block, tags);
        return tags;
    }

    private static void collect(Node node, List<HtmlInline> tags) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline tag) {
                tags.add(tag);
            } else if (!(child instanceof Block)) {
                collect(child, tags);
            }
        }
    }

    /** An HTML block opening with a tag in capitals that it never closes (and that HTML requires closing). */
    private static boolean shoutedAndOpen(com.vladsch.flexmark.ast.HtmlBlock block) {
        String text = block.getChars().toString();
        Matcher start = BLOCK_START.matcher(text);
        if (!start.find()) {
            return false;
        }
        String tag = start.group(1).toLowerCase(Locale.ROOT);
        return !VOID.contains(tag) && !OPTIONAL_END.contains(tag) && !text.toLowerCase(Locale.ROOT).contains("</" + tag);
    }

    private static String name(Matcher matcher) {
        matcher.matches();
        return matcher.group(2).toLowerCase(Locale.ROOT);
    }
}
