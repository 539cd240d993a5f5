package org.quire.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders flexmark's text nodes as its core renderer does (backslash escapes and entities
 * resolved, line ends made {@code \n}, then escaped as HTML), but hands text that holds none of
 * {@code \ & CR} straight to the writer: that is nearly all of a novel's text, and resolving
 * it costs a pattern search and two copies of every paragraph, a quarter of rendering a chapter.
 * The output is the same; {@code MarkdownConverterTest} and the golden cases hold it.
 */
final class PlainText implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().toString();
        if (text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0) {
            html.text(text);
        } else {
            html.text(Escaping.normalizeEOL(node.getChars().unescape()));
        }
    }
}
