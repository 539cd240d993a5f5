package org.quire.typeset.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.typeset.flow.ImageBlock;
import org.quire.typeset.flow.InlineTag;
import org.quire.typeset.flow.LinkTarget;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.pages.Canvas;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.Shaped;
import org.quire.typeset.tags.AnnotationRef;
import org.quire.typeset.tags.MarkedContent;
import org.quire.typeset.tags.StructNode;

/**
 * Writes the body of one page as a content stream: glyphs by id in TJ arrays (Identity-H, so the
 * code is the glyph id), each run of a structure element in a marked-content sequence with its
 * MCID (ISO 32000-1 §14.7.4), decoration as artifacts (§14.8.2.2), an inserted hyphen marked
 * as a soft hyphen with {@code /ActualText} (§14.8.2.2.3), and the rectangles of links.
 * Coordinates come in from the text block's top left, y going down, and leave as PDF user space
 * with x relative to the text block (the page shifts it to its margin when the book is put together).
 */
public final class PageCanvas implements Canvas {
    /** A link's rectangle on this page: x from the text block's left, y in page space. */
    public record LinkArea(LinkTarget target, float x1, float y1, float x2, float y2) {
    }

    private final int page;
    private final float top;
    private final Map<FontFace, String> fontNames;
    private final Bytes out = new Bytes(16_384);
    private final GlyphUsage usage = new GlyphUsage();
    private final List<StructNode> owners = new ArrayList<>();
    private final List<LinkArea> links = new ArrayList<>();
    private final List<ImageBlock> images = new ArrayList<>();
    private final boolean tagged;
    private Object open;
    private boolean inText;
    private boolean inArray;
    private boolean inHex;
    private FontFace face;
    private float size;
    private float rise;
    private int color;
    private float lineY = Float.NaN;
    private double pen;
    private LinkTarget linkOpen;
    /** The horizontal scale asked for, and the one in the graphics state (Tz persists across text objects). */
    private float scale = 1;
    private float scaleSet = 1;
    private float[] linkBox;

    /**
     * @param page the page's index within its unit, for marked-content references
     * @param top the text block's top in PDF user space (the page height less the top margin)
     */
    public PageCanvas(int page, float top, Map<FontFace, String> fontNames, boolean tagged) {
        this(page, top, fontNames, tagged, "");
    }

    /** @param artifact the properties of artifacts, such as {@code <</Type /Pagination>>} for running heads */
    public PageCanvas(int page, float top, Map<FontFace, String> fontNames, boolean tagged, String artifact) {
        this.page = page;
        this.top = top;
        this.fontNames = fontNames;
        this.tagged = tagged;
        this.artifact = artifact;
    }

    private final String artifact;

    private float y(float down) {
        return top - down;
    }

    // ---- marked content ----

    private void mark(Object tag) {
        Object wanted = repeating ? REPEATED
                : tag instanceof InlineTag inline && !inline.artifact() && inline.node() != null ? inline.node() : ARTIFACT;
        if (wanted == open) {
            return;
        }
        closeMark();
        if (!tagged) {
            open = wanted;
            return;
        }
        if (wanted == ARTIFACT) {
            out.ascii(artifact.isEmpty() ? "/Artifact BMC\n" : "/Artifact " + artifact + " BDC\n");
        } else if (wanted == REPEATED) {
            out.ascii("/Artifact <</Type /Pagination>> BDC\n");
        } else {
            StructNode node = (StructNode) wanted;
            int mcid = owners.size();
            owners.add(node);
            node.add(new MarkedContent(page, mcid));
            out.ch('/').ascii(node.type()).ascii(" <</MCID ").num(mcid).ascii(">> BDC\n");
        }
        open = wanted;
    }

    private static final Object ARTIFACT = new Object();
    /** Content drawn again on a continuation page (a table's header): a pagination artifact. */
    private static final Object REPEATED = new Object();
    private boolean repeating;

    @Override
    public void repeating(boolean on) {
        if (on != repeating) {
            endLink();
            repeating = on;
        }
    }

    private void closeMark() {
        endText();
        if (open != null && tagged) {
            out.ascii("EMC\n");
        }
        open = null;
    }

    // ---- text ----

    private void beginText() {
        if (!inText) {
            out.ascii("BT\n");
            inText = true;
            face = null;
            rise = 0;
            lineY = Float.NaN;
        }
    }

    private void endText() {
        closeArray();
        if (inText) {
            if (rise != 0) {
                out.ascii("0 Ts\n");
            }
            out.ascii("ET\n");
            inText = false;
        }
    }

    private void closeArray() {
        if (inHex) {
            out.ch('>');
            inHex = false;
        }
        if (inArray) {
            out.ascii("] TJ\n");
            inArray = false;
        }
    }

    private void fill(int rgb) {
        if (rgb != color) {
            closeArray();
            out.num(((rgb >> 16) & 255) / 255.0).ch(' ').num(((rgb >> 8) & 255) / 255.0).ch(' ')
                    .num((rgb & 255) / 255.0).ascii(" rg\n");
            color = rgb;
        }
    }

    /** Moves to (x, baseline) for the next glyph, with a new text matrix when the line changes. */
    private void position(FontFace f, float fontSize, float r, float x, float baseline) {
        beginText();
        if (f != face || fontSize != size) {
            closeArray();
            out.ch('/').ascii(fontNames.get(f)).ch(' ').num(fontSize).ascii(" Tf\n");
            face = f;
            size = fontSize;
        }
        if (r != rise) {
            closeArray();
            out.num(r).ascii(" Ts\n");
            rise = r;
        }
        if (scale != scaleSet) {
            closeArray();
            out.num(scale * 100).ascii(" Tz\n");
            scaleSet = scale;
            lineY = Float.NaN;
        }
        if (baseline != lineY) {
            closeArray();
            out.ascii("1 0 0 1 ").num(x).ch(' ').num(y(baseline)).ascii(" Tm\n");
            lineY = baseline;
            pen = x;
        }
    }

    /** One glyph at pen position x, standing for {@code text}. */
    private void glyph(FontFace f, float fontSize, int glyph, double x, String text) {
        place(f, fontSize, glyph, x);
        usage.use(f, glyph, text);
    }

    /** Glyph {@code g} of a shaped string at pen position x, standing for the chars of its cluster. */
    private void glyph(FontFace f, float fontSize, Shaped shaped, int g, double x) {
        int glyph = shaped.glyph(g);
        place(f, fontSize, glyph, x);
        usage.use(f, glyph, shaped, g);
    }

    /** Draws a glyph at pen position x; TJ numbers move the pen where shaping or spacing differ from the advance. */
    private void place(FontFace f, float fontSize, int glyph, double x) {
        if (!inArray) {
            out.ch('[');
            inArray = true;
        }
        double adjust = Math.round((pen - x) * 1000.0 / (fontSize * scaleSet) * 10) / 10.0;
        if (Math.abs(adjust) >= 0.1) {
            if (inHex) {
                out.ch('>');
                inHex = false;
            }
            out.num(adjust);
            pen -= adjust * fontSize * scaleSet / 1000.0;
        }
        if (!inHex) {
            out.ch('<');
            inHex = true;
        }
        out.hex4(glyph);
        pen += f.advance(glyph) * fontSize * scaleSet / 1000.0;
    }

    @Override
    public void glyphs(Object tag, TextStyle style, FontFace f, Shaped shaped, float x, float baseline, boolean insertedHyphen) {
        mark(tag);
        fill(style.color());
        float fontSize = style.size();
        position(f, fontSize, style.rise(), x, baseline);
        int last = shaped.size() - 1;
        boolean actual = complex(shaped.source());
        if (actual) {
            String text = shaped.source();
            closeArray();
            out.ascii("/Span <</ActualText ").text(insertedHyphen ? text.substring(0, text.length() - 1) : text).ascii(">> BDC\n");
        }
        // A run shaped right to left has its glyphs in visual order; they are written from its
        // first char (the rightmost glyph) on, each at its place, so that the content stream holds
        // the text in logical order: the order a structure-tree reader, a screen reader or a copy
        // takes text in (ISO 32000-1 §14.8.2.3.1 asks content in reading order), while readers by
        // position (pdftotext, PDFTextStripper sorted by position) see the glyphs where they stand.
        // /ActualText around the run would serve the structure tree too, but not a line whose
        // words belong to different elements (a note's call, an emphasis), nor poppler, which
        // spreads an ActualText's chars left to right over the run and so reads them reversed.
        boolean rtl = shaped.rightToLeft();
        int hyphenGlyph = !insertedHyphen ? -1 : rtl ? 0 : last;
        for (int i = 0; i <= last; i++) {
            int g = rtl ? last - i : i;
            if (actual && g == hyphenGlyph) {
                closeArray();
                out.ascii("EMC\n");
                actual = false;
            }
            int glyph = shaped.glyph(g);
            if (glyph == 0) {
                continue;
            }
            double gx = x + (shaped.x(g) * fontSize / 1000.0 + style.letterSpacing() * g) * scale;
            if (rtl && g < last && shaped.x(g) == shaped.x(g + 1)) {
                // A glyph of no advance where the next one starts (the alef of Arabic's lam-alef,
                // which the font draws over the lam's left half): a hundredth of a point to the
                // left, so readers that order glyphs by position find it left of the lam, where
                // the eye does, and read lam then alef (unseen at any size).
                gx -= 0.01;
            }
            if (g == hyphenGlyph) {
                closeArray();
                out.ascii("/Span <</ActualText <FEFF00AD>>> BDC\n");
                glyph(f, fontSize, glyph, gx, "-");
                closeArray();
                out.ascii("EMC\n");
            } else {
                glyph(f, fontSize, shaped, g, gx);
            }
        }
        if (actual) {
            closeArray();
            out.ascii("EMC\n");
        }
        float width = (shaped.width() * fontSize / 1000f + style.letterSpacing() * shaped.size()) * scale;
        link(tag, x, x + width, baseline, style, f);
    }

    /**
     * Whether {@code text} is in an Indic or South-East Asian script, whose shaping reorders,
     * splits and joins characters (a Devanagari vowel sign drawn before its consonant, a Thai
     * sara am split round a tone mark): one glyph then stands for different text in different
     * words ("ें" in में, "ं" in झोंके), which a font's one ToUnicode entry per glyph cannot say,
     * so the run's text is given as its {@code /ActualText} (ISO 32000-1 §14.9.4).
     */
    private static boolean complex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0900' && c <= '\u109F' || c >= '\u1780' && c <= '\u17FF') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void missing(Object tag, TextStyle style, FontFace f, String text, Shaped marks, float x, float baseline) {
        mark(tag);
        fill(style.color());
        position(f, style.size(), style.rise(), x, baseline);
        closeArray();
        out.ascii("/Span <</ActualText ").text(text).ascii(">> BDC\n");
        for (int g = 0; g < marks.size(); g++) {
            double gx = x + (marks.x(g) * style.size() / 1000.0 + style.letterSpacing() * g) * scale;
            glyph(f, style.size(), marks, g, gx);
        }
        closeArray();
        out.ascii("EMC\n");
    }

    @Override
    public void scale(float value) {
        scale = value;
    }

    @Override
    public void space(Object tag, TextStyle style, FontFace f, float x, float width, float baseline) {
        mark(tag);
        position(f, style.size(), style.rise(), x, baseline);
        glyph(f, style.size(), f.spaceGlyph(), x, " ");
        link(tag, x, x + width, baseline, style, f);
    }

    @Override
    public void leader(Object tag, TextStyle style, FontFace f, String pattern, float x1, float x2, float baseline) {
        // CSS GCPM §4: the leader's string repeated as is ('.' dense dots, dotted ". " spaced ones),
        // on a grid of its own width so the leaders of a contents page line up.
        Shaped shaped = f.shape(pattern.isEmpty() ? "." : pattern);
        float step = Math.max(1, shaped.width() * style.size() / 1000f);
        mark(InlineTag.ARTIFACT);
        fill(style.color());
        float gap = 0.3f * style.size();
        for (double x = Math.ceil((x1 + gap) / step) * step; x + step <= x2 - gap + 0.01; x += step) {
            position(f, style.size(), 0, (float) x, baseline);
            for (int g = 0; g < shaped.size(); g++) {
                glyph(f, style.size(), shaped, g, x + shaped.x(g) * style.size() / 1000.0);
            }
        }
        link(tag, x1, x2, baseline, style, f);
    }

    @Override
    public void rule(Object tag, float x1, float x2, float y, float thickness, int rgb) {
        rule(x1, x2, y, thickness, rgb);
    }

    @Override
    public void rule(float x1, float x2, float y, float thickness, int rgb) {
        line(x1, y, x2, y, thickness, rgb);
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, float thickness, int rgb) {
        mark(InlineTag.ARTIFACT);
        endText();
        out.ascii("q ").num(thickness).ascii(" w ").num(((rgb >> 16) & 255) / 255.0).ch(' ')
                .num(((rgb >> 8) & 255) / 255.0).ch(' ').num((rgb & 255) / 255.0).ascii(" RG ")
                .num(x1).ch(' ').num(y(y1)).ascii(" m ").num(x2).ch(' ').num(y(y2)).ascii(" l S Q\n");
    }

    @Override
    public void image(ImageBlock image, float x, float topY) {
        mark(new InlineTag(image.figure(), null, false));
        endText();
        int index = images.indexOf(image);
        if (index < 0) {
            index = images.size();
            images.add(image);
        }
        out.ascii("q ").num(image.width()).ascii(" 0 0 ").num(image.height()).ch(' ').num(x).ch(' ')
                .num(y(topY + image.height())).ascii(" cm /Im").num(index).ascii(" Do Q\n");
    }

    // ---- links ----

    /** Grows the rectangle of the link being drawn on this line, or starts one. */
    private void link(Object tag, float x1, float x2, float baseline, TextStyle style, FontFace f) {
        // A link drawn again on a continuation page is not a second link: its element has one place.
        LinkTarget target = !repeating && tag instanceof InlineTag inline ? inline.link() : null;
        float lower = y(baseline) - f.descent() * style.size() / 1000f;
        float upper = y(baseline) + f.ascent() * style.size() / 1000f;
        if (target != null && target == linkOpen && linkBox != null && Math.abs(linkBox[1] - lower) < 0.5f) {
            linkBox[0] = Math.min(linkBox[0], x1);
            linkBox[2] = Math.max(linkBox[2], x2);
            return;
        }
        endLink();
        if (target != null) {
            linkOpen = target;
            linkBox = new float[] {x1, lower, x2, upper};
        }
    }

    private void endLink() {
        if (linkOpen != null && linkBox != null && linkBox[2] > linkBox[0]) {
            links.add(new LinkArea(linkOpen, linkBox[0], linkBox[1], linkBox[2], linkBox[3]));
            if (tagged) {
                linkOpen.node().add(new AnnotationRef(page, links.size() - 1));
            }
        }
        linkOpen = null;
        linkBox = null;
    }

    /** Ends the page: closes what is open and compresses the stream. */
    public PageContent finish() {
        endLink();
        closeMark();
        usage.seal();
        return new PageContent(out.deflate(), List.copyOf(owners), List.copyOf(links), List.copyOf(images), usage);
    }

    /** A drawn page body. {@code owners} lists the structure element of each MCID, in order. */
    public record PageContent(byte[] stream, List<StructNode> owners, List<LinkArea> links, List<ImageBlock> images,
                       GlyphUsage usage) {
    }
}
