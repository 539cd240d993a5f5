package org.quire.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The TrueType faces of a writer's fonts folder, known by what each file says it is: its family
 * (the name table's typographic family, ID 16, else its family, ID 1), its weight (OS/2
 * {@code usWeightClass}) and whether it is italic (OS/2 {@code fsSelection} bit 0, or the
 * {@code head} table's {@code macStyle}), as CSS Fonts 4 §5 matches faces. So
 * {@code DejaVuSans.ttf} is the regular face of "DejaVu Sans", whatever the file is called;
 * a file named the older way ({@code Family-Bold.ttf}) also answers to {@code Family}.
 *
 * <p>A file Quire cannot use is left out with a warning at the file that says what to do:
 * an OpenType file with CFF outlines ({@code .otf}), a collection ({@code .ttc}), or a file that
 * is not a TrueType font at all. Nothing in the folder fails the book.
 */
final class FontFolder {
    /** A face and the names CSS may ask for it by. */
    record Found(PdfFonts.Face face, String fileFamily) {
    }

    private final List<Found> faces = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    private FontFolder() {
    }

    static FontFolder read(Path folder) throws IOException {
        FontFolder read = new FontFolder();
        if (!Files.isDirectory(folder)) {
            return read;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                read.add(file);
            }
        }
        return read;
    }

    List<Found> faces() {
        return faces;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    private void add(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".otf") || lower.endsWith(".ttc") || lower.endsWith(".otc")) {
            warnings.add(Diagnostic.warning("FONT-UNSUPPORTED", Location.of(file), name + " is an OpenType "
                    + (lower.endsWith(".otf") ? "font with CFF outlines" : "collection") + ", and the PDF embeds "
                    + "TrueType outlines only; it is not used: put the family's .ttf files in the folder instead"));
            return;
        }
        if (!lower.endsWith(".ttf")) {
            return;
        }
        byte[] data = Files.readAllBytes(file);
        String fileFamily = name.substring(0, name.length() - 4).replaceFirst("-(Regular|Italic|Bold|BoldItalic)$", "");
        Declared declared = DECLARED.computeIfAbsent(java.nio.ByteBuffer.wrap(data), key -> declared(data));
        if (declared.problem() != null) {
            warnings.add(Diagnostic.warning("FONT-UNREADABLE", Location.of(file), name + " could not be read as a "
                    + "TrueType font (" + declared.problem() + "); it is not used: replace it with a good copy of the font"));
            return;
        }
        faces.add(new Found(new PdfFonts.Face(declared.family() == null ? fileFamily : declared.family(), declared.weight(),
                declared.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, data), fileFamily));
    }

    /** What a font file says of itself, or why it could not be read. */
    private record Declared(String family, int weight, boolean italic, String problem) {
    }

    /**
     * Read once per run for each font file's content: every story of a batch (and its cover)
     * looks at the theme's fonts, and parsing a face costs tens of milliseconds.
     */
    private static final java.util.Map<java.nio.ByteBuffer, Declared> DECLARED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Declared declared(byte[] data) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            if (font.getGlyph() == null) {
                throw new IOException("it has no TrueType outlines (no glyf table)");
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int weight = os2 != null && os2.getWeightClass() > 0 ? os2.getWeightClass() : bold(font) ? 700 : 400;
            boolean italic = os2 != null ? (os2.getFsSelection() & 1) != 0 : (font.getHeader().getMacStyle() & 2) != 0;
            return new Declared(family(font), weight, italic, null);
        } catch (IOException | RuntimeException e) {
            return new Declared(null, 0, false, problem(data, e));
        }
    }

    /**
     * Why a file is no TrueType font, in a writer's words, from how it starts (the sfnt version
     * of OpenType §5.1: 00 01 00 00 or "true"; "wOFF"/"wOF2" are web fonts); the parser's own
     * message only for a font file that is damaged inside.
     */
    private static String problem(byte[] data, Exception e) {
        String start = data.length >= 4 ? new String(data, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        if (start.equals("wOFF") || start.equals("wOF2")) {
            return "it is a web font (WOFF); use the family's .ttf files";
        }
        if (!start.equals("\0\1\0\0") && !start.equals("true")) {
            int text = 0;
            int length = Math.min(data.length, 512);
            for (int i = 0; i < length; i++) {
                int b = data[i] & 0xFF;
                text += b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t' || b >= 0x80 ? 1 : 0;
            }
            return length > 0 && text == length ? "it holds text, not a font" : "it is not a font file";
        }
        return "the file is damaged or cut short: " + e.getMessage();
    }

    private static boolean bold(TrueTypeFont font) throws IOException {
        return (font.getHeader().getMacStyle() & 1) != 0;
    }

    /** The typographic family (name ID 16) if the font has one, else its family (ID 1); null when it names none. */
    private static String family(TrueTypeFont font) throws IOException {
        NamingTable naming = font.getNaming();
        if (naming == null) {
            return null;
        }
        String typographic = naming.getName(16, NameRecord.PLATFORM_WINDOWS, NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
                NameRecord.LANGUAGE_WINDOWS_EN_US);
        String family = typographic != null && !typographic.isBlank() ? typographic : naming.getFontFamily();
        return family == null || family.isBlank() ? null : family.strip();
    }
}
