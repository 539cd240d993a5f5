package org.quire.typeset;

import java.util.List;
import java.util.Map;
import org.quire.typeset.css.PageStyles;
import org.quire.typeset.css.Style;
import org.quire.typeset.css.Token;
import org.quire.typeset.flow.InlineTag;
import org.quire.typeset.lines.BreakParameters;
import org.quire.typeset.lines.Hyphenator;
import org.quire.typeset.lines.ParagraphSettings;
import org.quire.typeset.lines.ParagraphSetter;
import org.quire.typeset.lines.SetParagraph;
import org.quire.typeset.lines.ScriptBreakRules;
import org.quire.typeset.lines.TextRun;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.pdf.PageCanvas;
import org.quire.typeset.shape.FontFace;
import org.quire.typeset.shape.FontLibrary;

/**
 * Running heads and folios: the page-margin boxes of a page's master (CSS Paged Media §5), with
 * their content ({@code string()}, {@code counter(page)}, {@code counter(pages)}, strings)
 * drawn as pagination artifacts (ISO 32000-1 §14.8.2.2), so they are not read as the text.
 */
final class Furniture {
    private final FontLibrary fonts;
    private final Map<FontFace, String> fontNames;
    private final boolean tagged;
    private final ParagraphSetter setter = new ParagraphSetter(BreakParameters.BOOK);

    Furniture(FontLibrary fonts, Map<FontFace, String> fontNames, boolean tagged) {
        this.fonts = fonts;
        this.fontNames = fontNames;
        this.tagged = tagged;
    }

    /**
     * Draws a page's boxes, or returns null when it has none with content.
     *
     * @param number the page's number as {@code counter(page)} shows it, empty on an unnumbered page
     * @param total {@code counter(pages)}: the last page's number
     * @param strings the value of each running string on this page
     */
    PageCanvas.PageContent draw(PageStyles.PageMaster master, String number, String total, Map<String, String> strings) {
        if (master.boxes().isEmpty()) {
            return null;
        }
        PageCanvas canvas = new PageCanvas(0, master.height(), fontNames, tagged, "<</Type /Pagination>>");
        boolean drew = false;
        for (Map.Entry<String, PageStyles.Box> entry : master.boxes().entrySet()) {
            String text = text(entry.getValue().content(), number, total, strings).strip();
            if (!text.isEmpty()) {
                box(canvas, entry.getKey(), entry.getValue().style(), text, master);
                drew = true;
            }
        }
        return drew ? canvas.finish() : null;
    }

    private static String text(List<Token> content, String number, String total, Map<String, String> strings) {
        StringBuilder out = new StringBuilder();
        for (Token token : content) {
            if (token.kind() == Token.Kind.STRING) {
                out.append(token.text());
            } else if (token.kind() == Token.Kind.FUNCTION && !token.arguments().isEmpty()) {
                String name = token.arguments().get(0).text();
                switch (token.text()) {
                    case "counter" -> out.append(name.equals("pages") ? total : name.equals("page") ? number : "");
                    case "string" -> out.append(strings.getOrDefault(name, ""));
                    default -> {
                    }
                }
            }
        }
        return out.toString();
    }

    /** One line in a box above or below the text block, as wide as the text block, aligned as the box says. */
    private void box(PageCanvas canvas, String name, Style style, String text, PageStyles.PageMaster master) {
        float[] m = master.margins();
        float width = master.textWidth();
        ParagraphSettings.Alignment alignment = name.endsWith("-right") ? ParagraphSettings.Alignment.RIGHT
                : name.endsWith("-center") ? ParagraphSettings.Alignment.CENTER : ParagraphSettings.Alignment.LEFT;
        if (style.textAlign() == Style.Align.CENTER) {
            alignment = ParagraphSettings.Alignment.CENTER;
        }
        TextStyle textStyle = new TextStyle(fonts.chain(style.fontFamily(), style.bold(), style.italic()),
                style.fontSize(), 0, style.letterSpacing(), style.color(), 0, false, false);
        SetParagraph line = setter.set(text, List.of(new TextRun(0, text.length(), textStyle, InlineTag.ARTIFACT, null)),
                new ParagraphSettings(width, 0, alignment, false, Hyphenator.NONE, ScriptBreakRules.INSTANCE, BreakParameters.BOOK));
        FontFace face = textStyle.fonts().primary();
        float ascent = face.ascent() * style.fontSize() / 1000f;
        float descent = face.descent() * style.fontSize() / 1000f;
        float baseline;
        if (name.startsWith("top")) {
            float bottomPadding = style.padding(Style.BOTTOM).of(width);
            float topPadding = style.padding(Style.TOP).of(width);
            baseline = switch (style.verticalAlign()) {
                case TOP -> topPadding + ascent;
                case BOTTOM -> m[0] - bottomPadding - descent;
                default -> (m[0] + ascent - descent) / 2;
            };
        } else {
            float areaTop = master.height() - m[2];
            float topPadding = style.padding(Style.TOP).of(width);
            float bottomPadding = style.padding(Style.BOTTOM).of(width);
            baseline = switch (style.verticalAlign()) {
                case TOP -> areaTop + topPadding + ascent;
                case BOTTOM -> master.height() - bottomPadding - descent;
                default -> areaTop + (m[2] + ascent - descent) / 2;
            };
        }
        line.drawLine(0, m[3], baseline, canvas);
    }
}
