package org.quire.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * Reads a Word document ({@code .docx}, as Word, Google Docs and LibreOffice save it) through
 * Apache POI: paragraphs with italics, bold, underline and strike; the {@code Title} style or the
 * document's properties for the title and author; headings and page breaks as chapter breaks;
 * centred lines, scene-break lines and footnotes. POI parses the package's XML with DTDs and
 * external entities off, and the zip is checked against Quire's archive limits first.
 */
final class DocxReader {
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final List<ImportedChapter> chapters = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private StringBuilder body = new StringBuilder();
    private String chapterTitle = "";
    private int footnoteCount;

    ImportedStory read(Path file) throws IOException, StoryException {
        byte[] bytes = TextFile.bytes(file, ZipEntries.MAX_BYTES);
        ZipEntries.read(file); // refuses bombs before POI inflates anything
        Map<String, Object> metadata = new LinkedHashMap<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            if (core.getTitle() != null && !core.getTitle().isBlank()) {
                metadata.put("title", core.getTitle().strip());
            }
            if (core.getCreator() != null && !core.getCreator().isBlank()) {
                metadata.put("author", core.getCreator().strip());
            }
            if (core.getDescription() != null && !core.getDescription().isBlank()) {
                metadata.put("summary", MarkdownText.paragraph(core.getDescription()));
            }
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(document, paragraph, metadata);
                } else if (element instanceof XWPFTable table) {
                    warnings.add(Diagnostic.warning("IMPORT-CHANGED", Location.of(file),
                            "a table was read as one paragraph per row"));
                    table.getRows().forEach(row -> append(MarkdownText.line(String.join(" | ",
                            row.getTableCells().stream().map(c -> c.getText().strip()).toList()))));
                }
            }
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException
                 | IllegalStateException e) {
            throw new StoryException(Diagnostic.error("IMPORT-DOCX", Location.of(file),
                    "the Word document cannot be read (" + e.getMessage() + "); save it again as .docx"));
        }
        flush();
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file),
                    "the document has no title (no Title style, no title in its properties); it comes from the file name"));
        }
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file),
                    "the Word document has no text"));
        }
        return new ImportedStory(file, "docx", metadata, chapters, Optional.empty(), warnings);
    }

    private void paragraph(XWPFDocument document, XWPFParagraph paragraph, Map<String, Object> metadata) {
        String style = styleName(document, paragraph);
        String plain = paragraph.getText().strip();
        if (paragraph.isPageBreak()) {
            flush();
        }
        if (style.equals("title") && !plain.isEmpty()) {
            metadata.put("title", plain);
            return;
        }
        if ((style.equals("subtitle") || style.equals("author")) && !plain.isEmpty() && chapters.isEmpty() && body.length() == 0) {
            metadata.putIfAbsent("author", plain.replaceFirst("(?i)^by\\s+", ""));
            return;
        }
        if (style.equals("date") && plain.matches("\\d{4}-\\d{2}-\\d{2}")) {
            metadata.putIfAbsent("published", plain);
            return;
        }
        if (style.equals("abstract") && !plain.isEmpty()) {
            metadata.merge("summary", MarkdownText.paragraph(plain), (a, b) -> a + "\n\n" + b);
            return;
        }
        if (style.matches("heading ?[1-3]") && !plain.isEmpty()) {
            flush();
            chapterTitle = plain;
            return;
        }
        if (plain.isEmpty() && isRule(paragraph)) {
            append("* * *");
        } else if (plain.matches("[*~#=_\\-•·\\s]{1,}") && plain.replaceAll("\\s", "").length() >= 1
                && (plain.replaceAll("\\s", "").length() >= 3 || plain.equals("#"))) {
            append("* * *");
        } else if (!plain.isEmpty()) {
            String text = runs(document, paragraph);
            append(text);
        }
        if (endsWithPageBreak(paragraph)) {
            flush();
        }
    }

    private static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return "";
        }
        var style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.toLowerCase(Locale.ROOT).replaceAll("(heading)(\\d)", "$1 $2");
    }

    /** A stretch of text with one formatting: bit 1 italic, 2 bold, 4 underline, 8 struck. */
    private record Span(String text, int format) {
    }

    /**
     * The paragraph's runs as Markdown. Word splits text into runs freely (a spelling check, a
     * revision), so neighbouring runs with the same formatting are joined before marking them.
     */
    private String runs(XWPFDocument document, XWPFParagraph paragraph) {
        List<Span> spans = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            int format = (run.isItalic() ? 1 : 0) | (run.isBold() ? 2 : 0)
                    | (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE ? 4 : 0)
                    | (run.isStrikeThrough() || run.isDoubleStrikeThrough() ? 8 : 0);
            String text = MarkdownText.inline(run.text().replaceAll("\\[(foot|end)noteRef:\\d+\\]", "")).replace("\t", " ").replace("\n", "  \n");
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                XWPFFootnote note = document.getFootnoteByID(ref.getId().intValue());
                if (note != null) {
                    int number = ++footnoteCount;
                    footnotes.add("[^" + number + "]: " + note.getParagraphs().stream().map(XWPFParagraph::getText)
                            .map(String::strip).filter(t -> !t.isEmpty()).map(MarkdownText::line)
                            .reduce((a, b) -> a + " " + b).orElse(""));
                    text = text + "[^" + number + "]";
                    format = 0;
                }
            }
            if (!spans.isEmpty() && spans.get(spans.size() - 1).format() == format) {
                spans.set(spans.size() - 1, new Span(spans.get(spans.size() - 1).text() + text, format));
            } else if (!text.isEmpty()) {
                spans.add(new Span(text, format));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            String core = span.text().strip();
            if (core.isEmpty() || span.format() == 0) {
                out.append(span.text());
                continue;
            }
            int at = span.text().indexOf(core);
            out.append(span.text(), 0, at).append(mark(core, span.format())).append(span.text().substring(at + core.length()));
        }
        return out.toString().strip();
    }

    private static String mark(String text, int format) {
        String marked = text;
        if ((format & 8) != 0) {
            marked = "~~" + marked + "~~";
        }
        if ((format & 4) != 0) {
            marked = "<u>" + marked + "</u>";
        }
        if ((format & 1) != 0) {
            marked = "*" + marked + "*";
        }
        if ((format & 2) != 0) {
            marked = "**" + marked + "**";
        }
        return marked;
    }

    /** A horizontal rule as Word and pandoc draw one: a VML rule ({@code o:hr}) or a bordered empty paragraph. */
    private static boolean isRule(XWPFParagraph paragraph) {
        String xml = paragraph.getCTP().xmlText();
        return xml.contains("o:hr=\"t\"") || xml.contains("pBdr");
    }

    private static boolean endsWithPageBreak(XWPFParagraph paragraph) {
        for (XWPFRun run : paragraph.getRuns()) {
            for (CTBr br : run.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    return true;
                }
            }
        }
        return false;
    }

    private void append(String paragraph) {
        body.append(body.length() == 0 ? "" : "\n\n").append(paragraph);
    }

    private void flush() {
        if (!footnotes.isEmpty()) {
            append(String.join("\n\n", footnotes));
            footnotes.clear();
        }
        if (body.length() > 0 || !chapterTitle.isEmpty()) {
            if (body.length() > 0) {
                chapters.add(new ImportedChapter(chapterTitle, "", "", body.toString(), "", 0));
            }
            body = new StringBuilder();
            chapterTitle = "";
        }
    }
}
