package org.quire.typeset.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A ToUnicode CMap (ISO 32000-1 §9.10.3) from glyph ids to the text they were shaped from, so a
 * ligature glyph reads back as "ffi" rather than U+FB03, or as nothing. A glyph that only
 * continues a cluster maps to a zero-width space: every glyph has a value, as PDF/A-2u asks.
 */
final class ToUnicode {
    private ToUnicode() {
    }

    /**
     * @param used the glyph ids drawn
     * @param texts the text a used glyph stands for, or null for none of its own
     */
    static COSStream stream(PDDocument doc, BitSet used, IntFunction<String> texts) throws IOException {
        StringBuilder b = new StringBuilder(4096);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<int[]> entries = new ArrayList<>();
        used.stream().forEach(glyph -> entries.add(new int[] {glyph}));
        for (int i = 0; i < entries.size(); i += 100) {
            int n = Math.min(100, entries.size() - i);
            b.append(n).append(" beginbfchar\n");
            for (int j = i; j < i + n; j++) {
                int glyph = entries.get(j)[0];
                String text = texts.apply(glyph);
                if (text == null) {
                    text = "\u200B";
                }
                b.append('<').append(hex(glyph)).append("> <");
                for (int k = 0; k < text.length(); k++) {
                    b.append(hex(text.charAt(k)));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static String hex(int value) {
        String h = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(Math.min(4, h.length())) + h;
    }
}
