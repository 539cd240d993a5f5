package org.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ProseTree} builds, straight from the Markdown AST, the very tree jsoup parses out of
 * flexmark's HTML: node for node, text split where jsoup splits it. Held on small examples of
 * each node it builds, and on every Markdown file of the project (test stories, golden inputs,
 * samples), through the whole Markdown stage.
 */
class ProseTreeTest {
    private static final MarkdownConverter DIRECT = new MarkdownConverter("en", true);
    private static final MarkdownConverter PARSED = new MarkdownConverter("en", false);

    @ParameterizedTest
    @ValueSource(strings = {
        "One paragraph.",
        "# A *heading*\n\nText after it.\n\n## Second\n\n###### Sixth",
        "Soft\nbreak and a hard one\\\nthen the rest.  \nAnd two spaces.",
        "*em* **strong** ***both*** ~~struck~~ _under_ __bold__",
        "> A quote\n>\n> of two paragraphs\n>\n> > nested",
        ">",
        "Before\n\n* * *\n\nAfter\n\n---\n\n***",
        "Entities: &amp; &lt; &nbsp; &eacute; &#8217; &#x2014; &bogus; A&B",
        "\"Double\" and 'single' quotes, \"nested 'inner' ones\", it's",
        "Escapes: \\* \\_ \\\\ \\` \\# \\> a\\\nb",
        "Tab\tand trailing spaces   \n\nLast",
        "",
    })
    void buildsTheTreeJsoupParses(String markdown) {
        assertThat(dump(tree(DIRECT, markdown))).isEqualTo(dump(tree(PARSED, markdown)));
        assertThat(ProseTree.build(DIRECT.parse(markdown), shell())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<center>raw HTML</center>", "a <b>tag</b>", "- a list", "1. a list", "[a link](http://x)",
        "`code`", "a note[^1]\n\n[^1]: its text", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode\n```",
        "text {.class}",
    })
    void leavesOtherMarkupToTheParser(String markdown) {
        Element body = shell();
        assertThat(ProseTree.build(DIRECT.parse(markdown), body)).isFalse();
        assertThat(body.childNodeSize()).isZero();
        assertThat(dump(tree(DIRECT, markdown))).isEqualTo(dump(tree(PARSED, markdown)));
    }

    @Test
    void everyMarkdownFileOfTheProjectConvertsAlike() throws IOException {
        List<Path> files = markdownFiles();
        int prose = 0;
        for (Path file : files) {
            String markdown = chapterText(Files.readString(file));
            assertThat(dump(tree(DIRECT, markdown))).as(file.toString()).isEqualTo(dump(tree(PARSED, markdown)));
            MarkdownConverter.Converted direct = DIRECT.convert(markdown, file, 1, "c1-", Optional.empty());
            MarkdownConverter.Converted parsed = PARSED.convert(markdown, file, 1, "c1-", Optional.empty());
            assertThat(direct).as(file.toString()).isEqualTo(parsed);
            if (ProseTree.build(DIRECT.parse(markdown), shell())) {
                prose++;
            }
        }
        // Most fiction is plain prose: the direct path must really be the one taken.
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(prose).isGreaterThan(files.size() / 3);
    }

    private static Element tree(MarkdownConverter converter, String markdown) {
        return converter.tree(converter.parse(markdown));
    }

    private static Element shell() {
        return org.jsoup.nodes.Document.createShell("").body();
    }

    /** Front matter off, as the story reader hands the converter a chapter's text. */
    private static String chapterText(String source) {
        if (source.startsWith("---\n")) {
            int end = source.indexOf("\n---\n", 4);
            if (end > 0) {
                return source.substring(end + 5);
            }
        }
        return source;
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> roots = new java.util.ArrayList<>(List.of(Path.of("src/test/resources"), Path.of("../stories")));
        if (System.getProperty("prose.extra") != null) {
            roots.add(Path.of(System.getProperty("prose.extra")));
        }
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Every node: elements with their attributes, text nodes one to a line, so a split shows. */
    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, "", out);
        return out.toString();
    }

    private static void dump(Node node, String indent, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(indent).append('"').append(text.getWholeText().replace("\n", "\\n")).append("\"\n");
            return;
        }
        out.append(indent).append('<').append(node.nodeName()).append(node.attributes().html()).append(">\n");
        for (Node child : node.childNodes()) {
            dump(child, indent + "  ", out);
        }
    }
}
