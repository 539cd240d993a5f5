package org.quire.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
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
 * An inline tag opened in a paragraph and never closed there (a {@code <b>} pasted from an old
 * archive) would run on over every paragraph after it, and wrap them in a way XHTML forbids
 * (EPUBCheck RSC-005); a closing tag with no opening one means nothing. Either is removed, its
 * words kept, with a warning at its line.
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

    private static void visit(Node node, Path file, IntUnaryOperator lineOf, List<Diagnostic> warnings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
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
        for (HtmlInline tag : strays) {
            String text = tag.getChars().toString().strip();
            String what = text.startsWith("</") ? "closes nothing opened in its paragraph"
                    : text.endsWith("/>") ? "holds nothing" : "is never closed in its paragraph";
            warnings.add(Diagnostic.warning("HTML-REMOVED", Location.of(file, lineOf.applyAsInt(tag.getStartLineNumber())),
                    text + " " + what + "; removed, its words kept"));
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

    private static String name(Matcher matcher) {
        matcher.matches();
        return matcher.group(2).toLowerCase(Locale.ROOT);
    }
}
