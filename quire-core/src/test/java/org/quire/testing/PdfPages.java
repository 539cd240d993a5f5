package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: the text of each page, with running heads and folios removed. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Page texts, index 0 is page 1. */
    public static List<String> text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // running heads are drawn after the text they head
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /**
     * The body text of a page: without the running head (its first lines, when they spell one of
     * {@code runningHeads}, which a long head may take two of, or a head shortened with an
     * ellipsis) and the folio (last line).
     */
    public static String body(String page, List<String> runningHeads) {
        List<String> lines = new ArrayList<>(page.lines().toList());
        String head = "";
        for (int count = 1; count <= Math.min(3, lines.size()); count++) {
            head = (head + " " + lines.get(count - 1).strip()).strip();
            String shortened = head.endsWith("\u2026") ? head.substring(0, head.length() - 1) : null;
            if (runningHeads.contains(head)
                    || (shortened != null && runningHeads.stream().anyMatch(h -> h.startsWith(shortened)))) {
                lines.subList(0, count).clear();
                break;
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().matches("\\d+")) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** Letters and digits only, lower case: immune to line breaks, hyphenation and punctuation. */
    public static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
