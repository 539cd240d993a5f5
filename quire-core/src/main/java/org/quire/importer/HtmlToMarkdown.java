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
                element.replaceWith(new TextNode(alt));
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
        Map<Element, String> references = new LinkedHashMap<>();
        List<String> definitions = footnotes(root, scope, references);
        for (Element link : root.select("a")) {
            String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
            if (!references.containsKey(link) && !href.matches("(https?|mailto):.*")) {
                link.unwrap(); // a link inside the book, or to nowhere a reader can go: the words stay
            }
        }
        tables(root);
        breaks(root);
        List<TextNode> texts = textNodes(root);
        for (TextNode text : texts) {
            String clean = InlineMarks.clean(text.getWholeText());
            // HTML collapses runs of white space to one space (CSS Text §4.1.1); no-break spaces stay.
            text.text(HtmlMarks.insideCode(text) ? clean : MarkdownText.inline(clean.replaceAll("[ \\t\\n\\r\\f]+", " ")));
        }
        // Placeholders and footnote calls go in after escaping, so they stay markup.
        HtmlMarks.apply(root, css, this::change);
        flatten(root);
        references.forEach((reference, marker) -> reference.replaceWith(new TextNode(marker)));
        return definitions;
    }

    /**
     * Links to notes (pandoc's, Calibre's, EPUB 3 {@code noteref}s, DPUB-ARIA) become Markdown
     * footnote calls {@code [^n]}, each note its definition; the note's back links are left out.
     */
    private List<String> footnotes(Element root, String scope, Map<Element, String> references) {
        List<String> definitions = new ArrayList<>();
        Map<Element, Integer> numbers = new LinkedHashMap<>();
        for (Element link : root.select("a[href*=#]")) {
            String href = link.attr("href").strip();
            int hash = href.indexOf('#');
            String id = href.substring(hash + 1);
            if (id.isEmpty() || href.matches("(?i)(https?|mailto):.*")) {
                continue;
            }
            String target = hash == 0 ? page : EpubPaths.resolve(EpubPaths.folderOf(page), href.substring(0, hash));
            java.util.Optional<Element> note = hash == 0 ? story.notes.find(scope, id) : java.util.Optional.empty();
            if (note.isEmpty()) {
                note = story.notes.find(target, id);
            }
            if (note.isEmpty()) {
                continue;
            }
            Integer number = numbers.get(note.get());
            if (number == null) {
                number = story.notes.number();
                numbers.put(note.get(), number);
                definitions.add(definition(number, note.get(), link.id()));
            }
            Element reference = link.parent() != null && link.parent().normalName().equals("sup")
                    && link.parent().childNodeSize() == 1 ? link.parent() : link;
            references.put(reference, "[^" + number + "]");
        }
        return definitions;
    }

    /** {@code [^n]: text}, a note of several paragraphs indented below its first line. */
    private String definition(int number, Element note, String referenceId) {
        Element copy = note.normalName().equals("dl") && note.selectFirst("dd") != null ? note.selectFirst("dd").clone() : note.clone();
        for (Element back : copy.select("a")) {
            String href = back.attr("href");
            boolean backLink = back.attr("role").equals("doc-backlink") || back.hasClass("footnote-back")
                    || (!referenceId.isEmpty() && href.endsWith("#" + referenceId))
                    || (href.contains("#") && back.text().matches("[\\s\\[\\]←↩︎↑^0-9]*"));
            if (backLink) {
                Element parent = back.parent();
                back.remove();
                if (parent != null && parent.normalName().equals("sup") && parent.text().isBlank()) {
                    parent.remove();
                }
            }
        }
        for (TextNode arrow : textNodes(copy)) {
            arrow.text(arrow.getWholeText().replace("↩︎", "").replace("↩", "").replaceFirst("^\\s*\\[\\s*]\\s*", ""));
        }
        String text = new HtmlToMarkdown(shown, story, page, css).convert(copy).strip();
        StringBuilder out = new StringBuilder("[^" + number + "]: ");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 || lines[i].isBlank() ? "" : "    ").append(i == 0 ? lines[i] : lines[i].stripTrailing().isEmpty() ? "" : lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Containers flexmark mishandles (it runs a {@code <div>} into the paragraph before it). */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "header", "footer", "main",
            "aside", "nav", "figure", "figcaption", "address", "center", "details", "summary", "hgroup");

    /**
     * Unwraps generic containers, innermost first: one holding blocks gives them up (loose text
     * in it becomes a paragraph of its own), one holding only text becomes a paragraph.
     */
    private static void flatten(Element root) {
        List<Element> all = new ArrayList<>(root.getAllElements());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            if (element == root || element.parent() == null || !CONTAINERS.contains(element.normalName())) {
                continue;
            }
            boolean blocks = element.children().stream().anyMatch(c -> HtmlMarks.BLOCKS.contains(c.normalName()));
            if (!blocks) {
                element.tagName("p");
                continue;
            }
            paragraphs(element);
            element.unwrap();
        }
        paragraphs(root);
    }

    /** Wraps each run of text and inline elements among {@code parent}'s blocks in a paragraph. */
    private static void paragraphs(Element parent) {
        if (parent.children().stream().noneMatch(c -> HtmlMarks.BLOCKS.contains(c.normalName()))) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(parent.childNodes())) {
            boolean block = child instanceof Element e && HtmlMarks.BLOCKS.contains(e.normalName());
            if (!block) {
                run.add(child);
                continue;
            }
            wrapRun(run);
            run.clear();
        }
        wrapRun(run);
    }

    private static void wrapRun(List<Node> run) {
        if (run.isEmpty() || run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        run.forEach(paragraph::appendChild);
    }

    /** A Markdown table needs a header row: a table without one gets its first row as header. */
    private void tables(Element root) {
        for (Element table : root.select("table")) {
            Element first = table.selectFirst("tr");
            if (first == null || !first.select("> th").isEmpty() || table.selectFirst("thead") != null) {
                continue;
            }
            change(table, "a table's first row is set as its header (a Markdown table needs one)");
            first.select("> td").forEach(cell -> cell.tagName("th"));
        }
    }

    /** A {@code <br>} at the start or end of a block breaks no line, and would end the block early in Markdown. */
    private static void breaks(Element root) {
        for (Element br : root.select("br")) {
            Node next = br.nextSibling();
            while (next instanceof TextNode t && t.isBlank()) {
                next = next.nextSibling();
            }
            Node previous = br.previousSibling();
            while (previous instanceof TextNode t && t.isBlank()) {
                previous = previous.previousSibling();
            }
            if (br.nextSibling() instanceof TextNode after) {
                // A line's leading white space is never shown (CSS Text §4.1.1); flexmark would read it as a new paragraph.
                after.text(after.getWholeText().replaceFirst("^[ \\t\\n\\r\\f]+", ""));
            }
            boolean parentBlock = br.parent() != null && HtmlMarks.BLOCKS.contains(br.parent().normalName());
            if (parentBlock && (next == null || previous == null
                    || (next instanceof Element e && HtmlMarks.BLOCKS.contains(e.normalName())))) {
                br.remove();
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
