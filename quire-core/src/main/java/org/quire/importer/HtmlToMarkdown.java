package org.quire.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * HTML to clean Markdown that Quire reads back as the same text: flexmark's HTML-to-Markdown
 * converter lays out the blocks (paragraphs, quotes, lists, headings, GFM tables, rules); the
 * text is escaped first ({@link MarkdownText}: the converter's own escaping leaves {@code _},
 * {@code {…}} and list-like line starts as markup), emphasis and the like are written by
 * {@link InlineMarks}, {@code <br>} stays a hard line break, no-break spaces stay, centred and
 * right-aligned blocks become {@code <div class="center">}, pictures their alt text, and
 * footnotes Markdown footnotes found through the story's {@link NoteIndex}. Each change to the
 * writer's text or markup is reported ({@link Changes}).
 */
final class HtmlToMarkdown {
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "object", "embed",
            "applet", "form", "input", "button", "textarea", "select", "noscript", "template", "canvas", "video",
            "audio", "svg", "math", "head", "link", "meta");
    private static final FlexmarkHtmlConverter CONVERTER = converter();

    /** What the pages of one story share: its warnings, its footnotes, the changes made so far. */
    static final class Story {
        final List<Diagnostic> warnings;
        final NoteIndex notes = new NoteIndex();
        final Changes changes = new Changes();
        private int scopes;

        Story(List<Diagnostic> warnings) {
            this.warnings = warnings;
        }

        /** Reports the changes made to the markup; call once the story is read. */
        void finish() {
            changes.report(warnings);
        }
    }

    private final Path shown;
    private final Story story;
    private final String page;
    private final Css css;

    /** A converter for one HTML file, its notes kept apart from any other's. */
    HtmlToMarkdown(Path file, List<Diagnostic> warnings) {
        this(file, new Story(warnings), "", Css.NONE);
    }

    /**
     * A converter for one page of a story.
     *
     * @param shown the file warnings name ({@code book.epub!/EPUB/ch1.xhtml})
     * @param page the page's path inside its book, against which links to notes are resolved
     */
    HtmlToMarkdown(Path shown, Story story, String page, Css css) {
        this.shown = shown;
        this.story = story;
        this.page = page;
        this.css = css;
    }

    Story story() {
        return story;
    }

    /** A converter for the same page, with nothing of this one's work: for a note's own text. */
    HtmlToMarkdown fresh() {
        return new HtmlToMarkdown(shown, story, page, css);
    }

    private static FlexmarkHtmlConverter converter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, true);
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "* * *");
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false); // verse and text messages keep their lines
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        return FlexmarkHtmlConverter.builder(options).build();
    }

    /** The Markdown of {@code root}'s content (not of {@code root} itself); {@code root} is left untouched. */
    String convert(Element root) {
        Element copy = new Element("div");
        for (Node child : root.childNodes()) {
            copy.appendChild(child.clone());
        }
        return convertCopy(copy);
    }

    /** The Markdown of several sibling nodes, in order. */
    String convert(List<? extends Node> nodes) {
        Element copy = new Element("div");
        for (Node node : nodes) {
            copy.appendChild(node.clone());
        }
        return convertCopy(copy);
    }

    private String convertCopy(Element copy) {
        // Notes inside the text itself (an EPUB 3 aside after its paragraph) belong to this text alone.
        String scope = page + "\u0000" + (++story.scopes);
        story.notes.take(scope, copy);
        List<String> definitions = prepare(copy, scope);
        String markdown = HtmlMarks.blocks(InlineMarks.resolve(CONVERTER.convert(html(copy))));
        markdown = tidy(markdown);
        List<String> left = new ArrayList<>();
        for (Element note : story.notes.unused(scope)) {
            change(note, "a footnote no link calls is kept as text where it stood");
            left.add(new HtmlToMarkdown(shown, story, page, css).convert(note));
        }
        List<String> parts = new ArrayList<>();
        if (!markdown.isEmpty()) {
            parts.add(markdown);
        }
        parts.addAll(left);
        parts.addAll(definitions);
        return String.join("\n\n", parts);
    }

    /** The element's HTML as it is: jsoup's pretty printing would add line ends after {@code <br>}, which flexmark reads as paragraphs. */
    private static String html(Element element) {
        org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(element);
        return element.html(); // the content only: flexmark would run the wrapper <div> into its first paragraph
    }

    /** Cleans the tree for converting; returns the footnote definitions ({@code [^1]: …}) its links call. */
    private List<String> prepare(Element root, String scope) {
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element.parent() == null && element != root) {
                continue;
            }
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                if (!element.text().isBlank() && !name.equals("style") && !name.equals("script")) {
                    change(element, "<" + name + "> removed with its text");
                }
                element.remove();
            } else if (name.equals("img")) {
                String alt = element.attr("alt").strip();
                change(element, "a picture left out (pictures in stories are not supported); its alt text is kept");
                // Two pictures side by side are two words: their alt texts must not run together.
                boolean glued = element.previousSibling() instanceof TextNode before && !before.getWholeText().isEmpty()
                        && !Character.isWhitespace(before.getWholeText().charAt(before.getWholeText().length() - 1));
                element.replaceWith(new TextNode(glued && !alt.isEmpty() ? " " + alt : alt));
            } else if ((name.equals("p") || name.equals("div")) && element != root && element.text().isBlank()
                    && element.select("img, hr, br ~ *").isEmpty() && element.children().stream().allMatch(c -> c.normalName().equals("br"))) {
                element.remove(); // an empty paragraph is spacing, which the theme sets
            } else if (name.equals("details") || name.equals("summary")) {
                if (name.equals("details")) {
                    change(element, "<details> (a block readers open) is printed open");
                }
                element.tagName("div");
            }
        }
        lineBlocks(root);
        sceneBreaks(root);
        Map<Element, String> references = new LinkedHashMap<>();
        List<String> definitions = new HtmlFootnotes(this, story.notes, page).link(root, scope, references);
        for (Element link : root.select("a")) {
            String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
            if (!references.containsKey(link) && !href.matches("(https?|mailto):.*")) {
                link.unwrap(); // a link inside the book, or to nowhere a reader can go: the words stay
            }
        }
        HtmlMapped.apply(root, this::change);
        HtmlBlocks.tables(root, this::change);
        HtmlBlocks.breaks(root);
        List<TextNode> texts = textNodes(root);
        for (TextNode text : texts) {
            String clean = InlineMarks.clean(text.getWholeText());
            // HTML collapses runs of white space to one space (CSS Text §4.1.1); no-break spaces stay.
            text.text(HtmlMarks.insideCode(text) ? clean : MarkdownText.inline(clean.replaceAll("[ \\t\\n\\r\\f]+", " ")));
        }
        // Placeholders and footnote calls go in after escaping, so they stay markup.
        HtmlMarks.apply(root, css, this::change);
        HtmlBlocks.flatten(root);
        references.forEach((reference, marker) -> reference.replaceWith(new TextNode(marker)));
        return definitions;
    }

    /**
     * Verse and text messages as Quire writes them, {@code <p class="lines">} with one
     * {@code <span class="line">} a line, read back as the hard line breaks they were written from.
     */
    private static void lineBlocks(Element root) {
        for (Element paragraph : root.select("p.lines")) {
            List<Element> lines = paragraph.select("> span.line");
            for (int i = 0; i < lines.size(); i++) {
                if (i + 1 < lines.size()) {
                    lines.get(i).after(new Element("br"));
                }
                lines.get(i).unwrap();
            }
        }
    }

    /**
     * A line that only separates scenes ("* * *", "#", "~~~", "oOo"), centred or not, or Quire's
     * own {@code <div class="scene-break">}, as a thematic break, which Quire prints as its
     * scene break; else it would be escaped text ({@code \* \* \*}) in a centred block.
     */
    private void sceneBreaks(Element root) {
        for (Element block : new ArrayList<>(root.select("p, div, center"))) {
            if (block == root || block.parent() == null || !block.children().stream().allMatch(c -> c.normalName().matches("span|b|i|em|strong|font|br"))) {
                continue;
            }
            String text = block.text().strip();
            boolean marked = block.hasClass("scene-break") || block.attr("role").equals("separator");
            if (marked || !text.isEmpty() && (TextReader.SCENE_BREAK.matcher(text).matches() || DocxBody.isSceneBreak(text))) {
                if (!marked && !text.equals("* * *")) {
                    change(block, "'" + Ao3Preface.shorten(text) + "' is read as a scene break, written as '* * *'");
                }
                block.replaceWith(new Element("hr"));
            }
        }
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }

    void change(Element element, String message) {
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        story.changes.add(Location.of(shown, line), message);
    }

    /**
     * Lines of nothing but spaces made blank, one blank line at most; trailing spaces off, except
     * the two of a hard line break inside a paragraph.
     */
    static String tidy(String markdown) {
        String[] lines = markdown.replaceAll("(?m)^[ \\t\\u00A0]+$", "").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripTrailing();
            boolean nextIsText = i + 1 < lines.length && !lines[i + 1].isBlank();
            out.append(stripped.isEmpty() ? "" : stripped)
                    .append(nextIsText && !stripped.isEmpty() && line.endsWith("  ") ? "  " : "")
                    .append(i + 1 < lines.length ? "\n" : "");
        }
        // A quote right under a paragraph reads the same in CommonMark, but a writer expects a blank line between.
        return out.toString().replaceAll("(?m)^([^>\n].*)\n(?=>)", "$1\n\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
