package org.quire.write;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the PDF edition is made.
 *
 * @param rectoChapters start every chapter on a right-hand page (as printed novels do)
 * @param pdfUa tag the PDF for accessibility and declare PDF/UA-1
 * @param pdfA declare and conform to PDF/A-2u (archival: fonts embedded, colours defined)
 * @param fonts a folder of TrueType fonts named {@code *-Regular.ttf}, {@code *-Italic.ttf},
 *     {@code *-Bold.ttf}, {@code *-BoldItalic.ttf}, used before the bundled Noto Serif
 */
public record PdfOptions(TrimSize trim, boolean rectoChapters, boolean pdfUa, boolean pdfA, Optional<Path> fonts) {
    public static final PdfOptions DEFAULT = new PdfOptions(TrimSize.parse("a5"), true, true, true, Optional.empty());

    public PdfOptions {
        Objects.requireNonNull(trim, "trim");
        Objects.requireNonNull(fonts, "fonts");
    }

    public PdfOptions withTrim(TrimSize value) {
        return new PdfOptions(value, rectoChapters, pdfUa, pdfA, fonts);
    }

    public PdfOptions withRectoChapters(boolean value) {
        return new PdfOptions(trim, value, pdfUa, pdfA, fonts);
    }

    public PdfOptions withStandards(boolean ua, boolean a) {
        return new PdfOptions(trim, rectoChapters, ua, a, fonts);
    }

    public PdfOptions withFonts(Path folder) {
        return new PdfOptions(trim, rectoChapters, pdfUa, pdfA, Optional.of(folder));
    }

    /**
     * As a record prints itself (the PDF's file identifier hashes this text, so it must not
     * change), written out: the generated method links a method handle when it first runs.
     */
    @Override
    public String toString() {
        return "PdfOptions[trim=" + trim + ", rectoChapters=" + rectoChapters + ", pdfUa=" + pdfUa + ", pdfA=" + pdfA
                + ", fonts=" + fonts + "]";
    }
}
