package org.quire.typeset.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.quire.typeset.DocumentInfo;
import org.quire.typeset.flow.ImageBlock;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.tags.StructNode;

/**
 * Puts a laid-out book together as a PDF with PDFBox: pages whose bodies were drawn (and
 * compressed) in parallel, running heads and folios, fonts embedded as subsets with a ToUnicode
 * map that knows every ligature, link annotations, the structure tree, bookmarks, and the
 * metadata PDF/A-2u and PDF/UA-1 ask for. The same pages give the same bytes: dates come from
 * the build clock and the file identifier from the content.
 */
public final class BookWriter {
    /**
     * A page to write.
     *
     * @param shift where the text block's left edge is: the body was drawn relative to it
     * @param body the text block's content, null for a blank page
     * @param furniture running heads and folios (drawn in page space), or null
     * @param part the part of the book the page belongs to, and its index in it ({@code local})
     */
    public record Page(float width, float height, float shift, PageCanvas.PageContent body,
                       PageCanvas.PageContent furniture, int part, int local) {
    }

    /** A destination: a page and a point on it, in page space. */
    public record Destination(int page, float x, float y) {
    }

    /** A bookmark: label, nesting level (1 is the top) and where it leads. */
    public record Bookmark(String label, int level, boolean open, Destination target) {
    }

    /**
     * A page label range (ISO 32000-1 §12.4.2): from {@code page} (0-based) on, pages are labelled
     * {@code prefix} followed by their number in {@code style} counting from {@code start}.
     *
     * @param style {@link #DECIMAL}, {@link #ROMAN}, or null for the prefix alone
     */
    public record PageLabel(int page, String style, String prefix, int start) {
        public static final String DECIMAL = "D";
        public static final String ROMAN = "r";
    }

    /** A part's structure trees and the global index of its first page. */
    public record Part(List<StructNode> roots, int offset) {
    }

    private final List<FontFace> faces;
    private final DocumentInfo info;
    private final boolean pdfUa;
    private final boolean pdfA;

    public BookWriter(List<FontFace> faces, DocumentInfo info, boolean pdfUa, boolean pdfA) {
        this.faces = faces;
        this.info = info;
        this.pdfUa = pdfUa;
        this.pdfA = pdfA;
    }

    /** Resource names of the faces, F1… in library order: every page of the book uses the same names. */
    public static Map<FontFace, String> fontNames(List<FontFace> faces) {
        Map<FontFace, String> names = new LinkedHashMap<>();
        for (FontFace face : faces) {
            names.put(face, "F" + (names.size() + 1));
        }
        return names;
    }

    /**
     * Writes the book.
     *
     * @param anchors where each element id is, for internal links
     * @param id the file identifier (16 bytes, from a hash of the content)
     */
    public void write(List<Page> pages, List<Part> parts, List<Bookmark> bookmarks, Map<String, Destination> anchors,
                      List<PageLabel> labels, byte[] id, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            UsedGlyphs usage = new UsedGlyphs();
            for (Page page : pages) {
                if (page.body() != null) {
                    usage.add(page.body().usage());
                }
                if (page.furniture() != null) {
                    usage.add(page.furniture().usage());
                }
            }
            COSDictionary fonts = fonts(doc, usage);
            List<PDPage> made = new ArrayList<>();
            for (Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle(page.width(), page.height()));
                // The finished page's size, which print-on-demand services read (ISO 32000-1 §14.11.2;
                // the page has no bleed, so it is the whole page).
                pdPage.setTrimBox(new PDRectangle(page.width(), page.height()));
                doc.addPage(pdPage);
                made.add(pdPage);
            }
            Map<ImageBlock, PDImageXObject> images = new IdentityHashMap<>();
            List<List<COSDictionary>> annotations = new ArrayList<>();
            List<StructNode> annotationOwners = new ArrayList<>();
            List<List<StructNode>> owners = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                PDPage pdPage = made.get(i);
                content(doc, pdPage, page, fonts, images);
                List<COSDictionary> links = new ArrayList<>();
                if (page.body() != null) {
                    for (PageCanvas.LinkArea area : page.body().links()) {
                        COSDictionary annotation = annotation(area, page.shift(), made, anchors);
                        if (pdfUa) {
                            annotation.setInt(COSName.STRUCT_PARENT, pages.size() + annotationOwners.size());
                            annotationOwners.add(area.target().node());
                        }
                        links.add(annotation);
                    }
                }
                annotations.add(links);
                if (!links.isEmpty()) {
                    COSArray array = new COSArray();
                    links.forEach(array::add);
                    pdPage.getCOSObject().setItem(COSName.ANNOTS, array);
                }
                owners.add(page.body() == null ? List.of() : page.body().owners());
                if (pdfUa) {
                    pdPage.getCOSObject().setInt(COSName.STRUCT_PARENTS, i);
                    pdPage.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
                }
            }
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            if (pdfUa) {
                StructureWriter structure = new StructureWriter();
                for (Part part : parts) {
                    structure.add(part.roots(), part.offset(), made, annotations);
                }
                catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, structure.finish(owners, annotationOwners));
                COSDictionary markInfo = new COSDictionary();
                markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
                catalog.getCOSObject().setItem(COSName.MARK_INFO, markInfo);
                PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
                preferences.setDisplayDocTitle(true);
                catalog.setViewerPreferences(preferences);
            }
            if (org.quire.model.WritingDirection.rightToLeft(info.language())) {
                // ISO 32000-1 §12.2, Table 150: the book reads right to left, so a viewer shows
                // facing pages with the first on the right (as the EPUB's page progression says).
                PDViewerPreferences preferences = catalog.getViewerPreferences() != null ? catalog.getViewerPreferences()
                        : new PDViewerPreferences(new COSDictionary());
                preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
                catalog.setViewerPreferences(preferences);
            }
            catalog.setLanguage(info.language());
            pageLabels(doc, labels);
            Outline.write(doc, bookmarks, made);
            if (!bookmarks.isEmpty()) {
                catalog.setPageMode(PageMode.USE_OUTLINES);
            }
            metadata(doc);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            // ISO 32000-1 §14.4: both halves are equal for a file that was never updated.
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            Buffer bytes = new Buffer(estimate(pages));
            doc.save(bytes, CompressParameters.DEFAULT_COMPRESSION);
            CrossReference.includeItself(bytes.bytes(), bytes.size(), out);
        }
    }

    /** The catalog's /PageLabels, so that viewers show the folios' numbers; none when there are no ranges. */
    private static void pageLabels(PDDocument doc, List<PageLabel> labels) throws IOException {
        if (labels.isEmpty()) {
            return;
        }
        PDPageLabels tree = new PDPageLabels(doc);
        for (PageLabel label : labels) {
            PDPageLabelRange range = new PDPageLabelRange();
            if (label.style() != null) {
                range.getCOSObject().setName(COSName.S, label.style());
                if (label.start() != 1) {
                    range.setStart(label.start());
                }
            }
            if (label.prefix() != null) {
                range.setPrefix(label.prefix());
            }
            tree.setLabelItem(label.page(), range);
        }
        doc.getDocumentCatalog().setPageLabels(tree);
    }

    /** About the size of the file: its page streams and a margin for fonts and structure, so the buffer grows seldom. */
    private static int estimate(List<Page> pages) {
        long bytes = 1 << 20;
        for (Page page : pages) {
            bytes += (page.body() == null ? 0 : page.body().stream().length + 256)
                    + (page.furniture() == null ? 0 : page.furniture().stream().length + 256);
        }
        return (int) Math.min(bytes + bytes / 4, Integer.MAX_VALUE - 16);
    }

    /** The saved file, read in place. */
    private static final class Buffer extends java.io.ByteArrayOutputStream {
        Buffer(int capacity) {
            super(capacity);
        }

        byte[] bytes() {
            return buf;
        }
    }

    /** Embeds each face that draws anything, as a subset, with a ToUnicode map from the shaping clusters. */
    private COSDictionary fonts(PDDocument doc, UsedGlyphs usage) throws IOException {
        COSDictionary fonts = new COSDictionary();
        Map<FontFace, String> names = fontNames(faces);
        for (FontFace face : faces) {
            if (!usage.uses(face)) {
                continue;
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.source().data()));
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            BitSet glyphs = usage.glyphs(face);
            Set<Integer> set = new TreeSet<>();
            glyphs.stream().forEach(set::add);
            font.addGlyphsToSubset(set);
            font.subset();
            font.getCOSObject().setItem(COSName.TO_UNICODE, ToUnicode.stream(doc, glyphs, glyph -> usage.text(face, glyph)));
            fonts.setItem(COSName.getPDFName(names.get(face)), font);
        }
        return fonts;
    }

    /** The page's streams: running heads, then the body shifted to the text block's place, then a restore. */
    private void content(PDDocument doc, PDPage pdPage, Page page, COSDictionary fonts,
                         Map<ImageBlock, PDImageXObject> images) throws IOException {
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        COSArray contents = new COSArray();
        if (page.furniture() != null) {
            contents.add(raw(page.furniture().stream()));
        }
        if (page.body() != null) {
            contents.add(plain(String.format(Locale.ROOT, "q 1 0 0 1 %.2f 0 cm\n", page.shift())));
            contents.add(raw(page.body().stream()));
            contents.add(plain("Q\n"));
            List<ImageBlock> used = page.body().images();
            for (int i = 0; i < used.size(); i++) {
                ImageBlock block = used.get(i);
                PDImageXObject image = images.get(block);
                if (image == null) {
                    image = block.format().equals("jpeg") ? JPEGFactory.createFromByteArray(doc, block.data())
                            : LosslessFactory.createFromImage(doc, javax.imageio.ImageIO.read(new ByteArrayInputStream(block.data())));
                    images.put(block, image);
                }
                resources.put(COSName.getPDFName("Im" + i), image);
            }
        }
        pdPage.setResources(resources);
        pdPage.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    /**
     * A stream over bytes already compressed with Flate, read in place: PDFBox would otherwise
     * copy each into a buffer of its own, in 4 KB chunks (four streams a page made 55 MB for the
     * 1M-word book).
     */
    private static COSStream raw(byte[] deflated) throws IOException {
        COSStream stream = wrap(deflated);
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    private static COSStream plain(String text) throws IOException {
        return wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static COSStream wrap(byte[] data) throws IOException {
        return new COSStream(null, new RandomAccessReadBuffer(data).createView(0, data.length));
    }

    /** A link annotation (ISO 32000-1 §12.5.6.5), printable, borderless, described for screen readers (PDF/UA-1 §7.18.5). */
    private static COSDictionary annotation(PageCanvas.LinkArea area, float shift, List<PDPage> pages,
                                            Map<String, Destination> anchors) {
        COSDictionary annotation = new COSDictionary();
        annotation.setItem(COSName.TYPE, COSName.ANNOT);
        annotation.setItem(COSName.SUBTYPE, COSName.LINK);
        COSArray rect = new COSArray();
        rect.add(new COSFloat(area.x1() + shift));
        rect.add(new COSFloat(area.y1()));
        rect.add(new COSFloat(area.x2() + shift));
        rect.add(new COSFloat(area.y2()));
        annotation.setItem(COSName.RECT, rect);
        COSArray border = new COSArray();
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        annotation.setItem(COSName.BORDER, border);
        annotation.setInt(COSName.F, 4);
        annotation.setString(COSName.CONTENTS, area.target().description());
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        String target = area.target().internalId();
        Destination destination = target == null ? null : anchors.get(target);
        if (target == null) {
            action.setItem(COSName.S, COSName.URI);
            action.setItem(COSName.URI, new COSString(area.target().href()));
            annotation.setItem(COSName.A, action);
        } else if (destination != null) {
            action.setItem(COSName.S, COSName.getPDFName("GoTo"));
            action.setItem(COSName.D, Outline.destination(pages.get(destination.page()), destination));
            annotation.setItem(COSName.A, action);
        }
        return annotation;
    }

    private void metadata(PDDocument doc) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(info.date().toEpochMilli());
        PDDocumentInformation information = doc.getDocumentInformation();
        information.setTitle(info.title());
        if (!info.author().isEmpty()) {
            information.setAuthor(info.author());
        }
        if (!info.subject().isEmpty()) {
            information.setSubject(info.subject());
        }
        if (!info.keywords().isEmpty()) {
            information.setKeywords(String.join(", ", info.keywords()));
        }
        information.setCreator(info.producer());
        information.setProducer(info.producer());
        information.setCreationDate(date);
        information.setModificationDate(date);
        String xmp = Xmp.of(info, info.date().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), pdfA, pdfUa);
        PDMetadata metadata = new PDMetadata(doc);
        try (OutputStream os = metadata.getCOSObject().createOutputStream()) {
            os.write(xmp.getBytes(StandardCharsets.UTF_8));
        }
        metadata.getCOSObject().setItem(COSName.TYPE, COSName.METADATA);
        metadata.getCOSObject().setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        doc.getDocumentCatalog().setMetadata(metadata);
        if (pdfA) {
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
        }
    }
}
