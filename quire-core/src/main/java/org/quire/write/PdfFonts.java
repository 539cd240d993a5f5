package org.quire.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.quire.model.Diagnostic;
import org.quire.render.Theme;
import org.quire.typeset.shape.FontLibrary;
import org.quire.typeset.shape.FontSource;

/**
 * The TrueType faces a PDF is set in: the writer's own (from the fonts setting or the theme's
 * {@code fonts/} folder) first, then the bundled Noto Serif, which covers Latin, Greek and
 * Cyrillic, Noto Sans Mono for code, and Noto Sans Symbols (1 and 2) last, for the symbols the
 * others lack. Every face is embedded as a subset.
 *
 * <p>CSS's generic families ({@code serif}, {@code sans-serif}, {@code monospace}…) name bundled
 * faces too: a PDF/A book may use no font it does not embed, and a stylesheet or a pasted
 * {@code <tt>} naming one must never fail the build.
 *
 * <p>The book's typesetter takes the faces as a {@link FontLibrary}; the cover's layout
 * (openhtmltopdf) registers them with its renderer.
 */
final class PdfFonts implements Closeable {
    static final String BUNDLED = "Quire Serif";
    static final String MONO = "Quire Mono";
    /** Fallbacks for symbols no text face has (♥ ★ ♪ ✓ → ☺…), last in every family list. */
    static final List<String> SYMBOLS = List.of("Quire Symbols", "Quire Symbols 2", "Quire Math");
    private static final String[][] STYLES = {
        {"Regular", "400", "NORMAL"}, {"Italic", "400", "ITALIC"}, {"Bold", "700", "NORMAL"}, {"BoldItalic", "700", "ITALIC"}};
    private static final String[][] MONO_STYLES = {{"Regular", "400", "NORMAL"}, {"Bold", "700", "NORMAL"}};
    private static final List<String> TEXT_GENERICS = List.of("serif", "sans-serif", "cursive", "fantasy", "system-ui");
    private static final List<String> MONO_GENERICS = List.of("monospace", "ui-monospace");
    private static final Map<String, byte[]> BUILT_IN = new ConcurrentHashMap<>();
    /** Script faces whose shaping PDFBox does from the font's GSUB table (fontbox's GsubWorkerFactory). */
    private static final Set<String> SHAPED_BY_PDFBOX = Set.of("Quire Devanagari", "Quire Bengali", "Quire Gujarati");

    record Face(String family, int weight, FontStyle style, byte[] data) {
        boolean bundled() {
            return family.equals(BUNDLED) || family.equals(MONO) || SYMBOLS.contains(family);
        }
    }

    /**
     * Parsing a bundled face takes longer than laying out a short story, so each thread keeps
     * its parsed copies. A TrueTypeFont is not safe across threads (it reads through one
     * position), hence per thread; it serves one document after another.
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(java.util.HashMap::new);

    private final List<Face> faces;
    private final List<TrueTypeFont> open = new ArrayList<>();
    private final List<PDType0Font> loaded = new ArrayList<>();
    /** The cmaps of the faces registered, to tell which script faces a text needs. */
    private final List<org.apache.fontbox.ttf.CmapLookup> cmaps = new ArrayList<>();

    /** File names of the older convention ({@code Family-Bold.ttf}) for the families their fonts name. */
    private final Map<String, String> aliases;
    private final List<Diagnostic> warnings;

    private PdfFonts(List<Face> faces, Map<String, String> aliases, List<Diagnostic> warnings) {
        this.faces = faces;
        this.aliases = aliases;
        this.warnings = List.copyOf(warnings);
    }

    /** Fonts of the writer's folders left out, each at its file (FONT-UNSUPPORTED, FONT-UNREADABLE). */
    List<Diagnostic> warnings() {
        return warnings;
    }

    static PdfFonts resolve(Optional<Path> folder, Theme theme) throws IOException {
        List<FontFolder> folders = new ArrayList<>();
        if (folder.isPresent()) {
            folders.add(FontFolder.read(folder.get()));
        }
        for (Path author : theme.authorFolders()) {
            folders.add(FontFolder.read(author.resolve("fonts")));
        }
        List<Face> faces = new ArrayList<>();
        Map<String, String> aliases = new java.util.LinkedHashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (FontFolder read : folders) {
            for (FontFolder.Found found : read.faces()) {
                faces.add(found.face());
                if (!found.fileFamily().equalsIgnoreCase(found.face().family())) {
                    aliases.putIfAbsent(found.fileFamily(), found.face().family());
                }
            }
            warnings.addAll(read.warnings());
        }
        for (String[] style : STYLES) {
            faces.add(bundledFace(BUNDLED, "NotoSerif-", style));
        }
        for (String[] style : MONO_STYLES) {
            faces.add(bundledFace(MONO, "NotoSansMono-", style));
        }
        String[] regular = STYLES[0];
        faces.add(bundledFace(SYMBOLS.get(0), "NotoSansSymbols-", regular));
        faces.add(bundledFace(SYMBOLS.get(1), "NotoSansSymbols2-", regular));
        faces.add(bundledFace(SYMBOLS.get(2), "NotoSansMath-", regular));
        return new PdfFonts(faces, aliases, warnings);
    }

    private static Face bundledFace(String family, String filePrefix, String[] style) {
        byte[] data = BUILT_IN.computeIfAbsent(filePrefix + style[0], name -> load("fonts/" + name + ".ttf"));
        return new Face(family, Integer.parseInt(style[1]), FontStyle.valueOf(style[2]), data);
    }

    /** The bundled faces come from Quire's own jar, never from a story's folder: they are shared by every story. */
    private static byte[] load(String name) {
        try (java.io.InputStream in = PdfFonts.class.getResourceAsStream(Theme.BUILT_IN + name)) {
            if (in == null) {
                throw new IOException("bundled font " + name + " is missing from Quire's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The width of {@code text} in the bundled bold face, in em (advance widths over units per
     * em; characters the face lacks count as an em), for fitting lettering before layout.
     */
    static double boldEmWidth(String text) {
        try {
            TrueTypeFont font = bundled(bundledFace(BUNDLED, "NotoSerif-", STYLES[2]));
            var cmap = font.getUnicodeCmapLookup();
            double units = font.getUnitsPerEm();
            double width = 0;
            for (int codePoint : text.codePoints().toArray()) {
                int glyph = cmap.getGlyphId(codePoint);
                width += glyph == 0 ? 1 : font.getAdvanceWidth(glyph) / units;
            }
            return width;
        } catch (IOException e) {
            return text.codePointCount(0, text.length()) * 0.6; // an average bold letter
        }
    }

    /** Loads every face into {@code document} and tells the renderer its family, weight and style. */
    void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        for (Face face : faces) {
            TrueTypeFont font = open(face);
            if (!face.bundled()) {
                open.add(font);
            }
            cmaps.add(font.getUnicodeCmapLookup());
            PDType0Font pdFont = PDType0Font.load(document, font, true);
            loaded.add(pdFont);
            PDFontSupplier supplier = new PDFontSupplier(pdFont);
            builder.useFont(supplier, face.family(), face.weight(), face.style(), true);
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                if (alias.getValue().equals(face.family())) {
                    builder.useFont(supplier, alias.getKey(), face.weight(), face.style(), true);
                }
            }
            for (String generic : face.family().equals(MONO) ? MONO_GENERICS
                    : face.family().equals(BUNDLED) ? TEXT_GENERICS : List.<String>of()) {
                builder.useFont(supplier, generic, face.weight(), face.style(), true);
            }
        }
    }

    /**
     * Registers, as fallbacks after the faces above, the bundled script faces (CJK, Indic…) that
     * characters of {@code text} no face above has need, and only those: a Latin cover loads none.
     */
    void registerScripts(PdfBoxFontResolver resolver, PDDocument document, String text) throws IOException {
        for (ScriptFaces.Face script : ScriptFaces.needed(text, cp -> cmaps.stream().anyMatch(c -> c.getGlyphId(cp) != 0))) {
            TrueTypeFont font = parse(new Face(script.family().name(), script.bold() ? 700 : 400, FontStyle.NORMAL,
                    ScriptFaces.data(script.file())));
            // openhtmltopdf draws letters one by one, unshaped: "किनारे" came out "कनिारे". PDFBox
            // reorders and joins Devanagari, Bengali and Gujarati by the font's GSUB table when
            // it draws (its GsubWorkers); the other Indic scripts it cannot shape yet.
            font.setEnableGsub(SHAPED_BY_PDFBOX.contains(script.family().name()));
            open.add(font);
            PDType0Font pdFont = PDType0Font.load(document, font, true);
            loaded.add(pdFont);
            resolver.addFont(new PDFontSupplier(pdFont), script.family().name(), script.bold() ? 700 : 400,
                    IdentValue.NORMAL, true, PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK);
        }
    }

    /** A bundled face from this thread's parsed copies, another parsed anew (the caller closes it). */
    private static TrueTypeFont open(Face face) throws IOException {
        return face.bundled() ? bundled(face) : parse(face);
    }

    private static TrueTypeFont bundled(Face face) throws IOException {
        String key = face.family() + "-" + face.weight() + "-" + face.style();
        TrueTypeFont font = PARSED.get().get(key);
        if (font == null) {
            font = parse(face);
            PARSED.get().put(key, font);
        }
        return font;
    }

    private static TrueTypeFont parse(Face face) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
        // PDFBox's GSUB pass runs a regex per line of text and costs ~90% of render time;
        // openhtmltopdf measures text without ligatures anyway, so drawn and measured widths agree.
        font.setEnableGsub(false);
        return font;
    }

    /**
     * Embeds the subset of every face now, as {@code PDDocument.save} would. A page rasterised
     * before that has no font files in it, and PDFBox would draw it with a fallback font of the
     * machine (wrong glyphs, and bytes that depend on the machine).
     */
    void embedSubsets() throws IOException {
        for (PDType0Font font : loaded) {
            if (font.willBeSubset()) {
                font.subset();
            }
        }
    }

    /**
     * The faces for the book's typesetter, parsed once per run. CSS's generic families name the
     * bundled faces: {@code serif} and its kind Quire Serif, {@code monospace} Quire Mono.
     */
    FontLibrary library() throws IOException {
        List<FontSource> sources = new ArrayList<>();
        for (Face face : faces) {
            sources.add(new FontSource(face.family(), face.weight() >= 600, face.style() == FontStyle.ITALIC, face.data(),
                    face.bundled() ? "Quire's bundled fonts" : face.family()));
        }
        Map<String, String> generic = new java.util.LinkedHashMap<>();
        TEXT_GENERICS.forEach(name -> generic.put(name, BUNDLED));
        MONO_GENERICS.forEach(name -> generic.put(name, MONO));
        aliases.forEach(generic::putIfAbsent);
        sources.addAll(ScriptFaces.sources());
        return new FontLibrary(sources, generic);
    }

    /** The CSS {@code font-family} list for text: the writer's families first, the mono face last for symbols. */
    String cssFamilies() {
        Set<String> families = faces.stream().map(Face::family).collect(Collectors.toCollection(LinkedHashSet::new));
        families.remove(MONO);
        families.removeAll(SYMBOLS);
        families.add(MONO);
        families.addAll(SYMBOLS);
        return quoted(families) + ", serif";
    }

    /** The CSS {@code font-family} list for code: the mono face, then the text's for what it lacks. */
    String cssMonoFamilies() {
        Set<String> families = new LinkedHashSet<>();
        families.add(MONO);
        faces.stream().map(Face::family).filter(family -> !SYMBOLS.contains(family)).forEach(families::add);
        families.addAll(SYMBOLS);
        return quoted(families) + ", monospace";
    }

    private static String quoted(Set<String> families) {
        return families.stream().map(f -> "\"" + f.replace("\"", "") + "\"").collect(Collectors.joining(", "));
    }

    /** The family the text is set in, for the colophon. */
    String mainFamily() {
        String family = faces.get(0).family();
        return family.equals(BUNDLED) ? "Noto Serif" : family;
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : open) {
            font.close();
        }
    }
}
