package org.quire.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back with PDFBox: the text of each page, with running heads and folios removed. */
public final class PdfPages {
    private PdfPages() {
    }

    /**
     * Page texts, index 0 is page 1. A hyphen the typesetter added at a line's end is drawn with
     * {@code /ActualText} U+00AD (a soft hyphen, ISO 32000-1 14.8.2.2.3), which PDFBox reads as
     * nothing; it is written as "-", as printed.
     */
    public static List<String> text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new AddedHyphens();
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

    private static final class AddedHyphens extends PDFTextStripper {
        private final Set<TextPosition> hyphens = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean inHyphen;

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            super.beginMarkedContentSequence(tag, properties);
            inHyphen = properties != null && "\u00AD".equals(properties.getString(COSName.ACTUAL_TEXT));
        }

        @Override
        public void endMarkedContentSequence() {
            super.endMarkedContentSequence();
            inHyphen = false;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (inHyphen) {
                hyphens.add(text);
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            boolean hyphen = !positions.isEmpty() && hyphens.contains(positions.get(positions.size() - 1));
            super.writeString(hyphen ? text + "-" : text, positions);
        }
    }
}
