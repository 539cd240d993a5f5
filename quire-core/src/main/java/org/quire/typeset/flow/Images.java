package org.quire.typeset.flow;

import java.util.Base64;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.typeset.css.Style;
import org.quire.typeset.tags.StructNode;

/**
 * Pictures of the print document. Only pictures embedded in it ({@code data:} URIs, JPEG or PNG)
 * are drawn: the typesetter reads nothing outside the book. Sized by CSS {@code width} and
 * {@code height}, else at 96 pixels to the inch, never wider than their container.
 */
final class Images {
    private Images() {
    }

    static void image(FlowBuilder flow, XElement e, Style s, Ctx ctx) {
        flow.flush(ctx);
        String src = e.attribute("src", "");
        String alt = e.attribute("alt", "");
        String format = src.startsWith("data:image/jpeg;base64,") || src.startsWith("data:image/jpg;base64,") ? "jpeg"
                : src.startsWith("data:image/png;base64,") ? "png" : null;
        byte[] data = null;
        int[] size = null;
        if (format != null) {
            try {
                data = Base64.getMimeDecoder().decode(src.substring(src.indexOf(',') + 1));
                size = format.equals("jpeg") ? jpegSize(data) : pngSize(data);
            } catch (IllegalArgumentException e2) {
                data = null;
            }
        }
        if (data == null || size == null) {
            synchronized (flow.env().warnings()) {
                flow.env().warnings().add(Diagnostic.warning("PDF-IMAGE", Location.of(flow.env().source(), e.line()),
                        "a picture that is not a JPEG or PNG embedded as a data: URI is not drawn; its alternative text '"
                                + alt + "' is printed instead"));
            }
            if (!alt.isBlank()) {
                flow.altText(alt, ctx);
            }
            return;
        }
        float container = flow.width() - ctx.left() - ctx.right();
        float width = s.width() != null ? s.width().of(container) : size[0] * 0.75f;
        float height = s.height() != null ? s.height().of(container) : width * size[1] / size[0];
        if (s.width() == null && s.height() != null) {
            width = height * size[0] / size[1];
        }
        float max = s.maxWidth() != null ? s.maxWidth().of(container) : container;
        if (s.width() == null && width > max) {
            height = height * max / width;
            width = max;
        }
        float left = ctx.left() + s.margin(Style.LEFT).of(container);
        if (s.marginAuto(Style.LEFT)) {
            left = ctx.left() + Math.max(0, (container - width) / (s.marginAuto(Style.RIGHT) ? 2 : 1));
        }
        flow.blocks().collapse(s.margin(Style.TOP).of(container));
        StructNode figure = flow.node("Figure", ctx.node() == null ? StructNode.root("Div") : ctx.node()).alt(alt);
        flow.blocks().add(new ImageBlock(data, format, left, width, height, figure));
        flow.blocks().collapse(s.margin(Style.BOTTOM).of(container));
    }

    /** Width and height from a JPEG's start-of-frame marker, or null. */
    static int[] jpegSize(byte[] d) {
        int i = 2;
        while (i + 9 < d.length) {
            if ((d[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = d[i + 1] & 0xFF;
            int length = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int h = ((d[i + 5] & 0xFF) << 8) | (d[i + 6] & 0xFF);
                int w = ((d[i + 7] & 0xFF) << 8) | (d[i + 8] & 0xFF);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            }
            i += 2 + length;
        }
        return null;
    }

    /** Width and height from a PNG's IHDR chunk, or null. */
    static int[] pngSize(byte[] d) {
        if (d.length < 24 || (d[0] & 0xFF) != 0x89 || d[1] != 'P') {
            return null;
        }
        int w = ((d[16] & 0xFF) << 24) | ((d[17] & 0xFF) << 16) | ((d[18] & 0xFF) << 8) | (d[19] & 0xFF);
        int h = ((d[20] & 0xFF) << 24) | ((d[21] & 0xFF) << 16) | ((d[22] & 0xFF) << 8) | (d[23] & 0xFF);
        return w > 0 && h > 0 ? new int[] {w, h} : null;
    }
}
