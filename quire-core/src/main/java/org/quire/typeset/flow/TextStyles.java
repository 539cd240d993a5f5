package org.quire.typeset.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.typeset.css.Length;
import org.quire.typeset.css.Style;
import org.quire.typeset.lines.Hyphenator;
import org.quire.typeset.lines.ParagraphSettings;
import org.quire.typeset.lines.TextRun;
import org.quire.typeset.lines.TextStyle;
import org.quire.typeset.shape.FontFace;

/**
 * What the line breaker needs from computed styles: a run's text style (fonts, size, shift,
 * colour, hyphenation), made once per style, and a paragraph's settings from its container's
 * style (CSS Text §6-§8: alignment, white space, indent; CSS 2.1 §10.8 line height; widows and
 * orphans, CSS Fragmentation §3.3).
 */
final class TextStyles {
    private final FlowEnvironment env;
    private final Map<Style, TextStyle> made = new HashMap<>();

    TextStyles(FlowEnvironment env) {
        this.env = env;
    }

    TextStyle of(Style s, float rise) {
        TextStyle style = made.get(s);
        if (style == null || style.rise() != rise) {
            style = new TextStyle(env.fonts().chain(s.fontFamily(), s.bold(), s.italic()), s.fontSize(), rise,
                    s.letterSpacing(), s.color(), s.decoration(), s.hyphens(), !s.hyphensNone());
            if (rise == 0) {
                made.put(s, style);
            }
        }
        return style;
    }

    /** A paragraph with its settings from its container's style. */
    TextBlock paragraph(String text, List<TextRun> runs, Ctx ctx, List<TextBlock.At> calls,
                        List<TextBlock.At> anchors, TextBlock.Marker marker, float hang) {
        Style s = ctx.style();
        FontFace face = env.fonts().chain(s.fontFamily(), s.bold(), s.italic()).primary();
        float size = s.fontSize() / 1000f;
        // CSS Writing Modes 3 §2.1: direction from dir (the user-agent sheet) or the stylesheet;
        // where neither says, from the language (HTML's dir=auto would look at the text instead).
        boolean rtl = s.direction() == null ? org.quire.model.WritingDirection.rightToLeft(ctx.lang())
                : s.direction() == Style.Direction.RTL;
        // CSS Text 3 §7.1: start and end are the line's left and right edges as the direction has them.
        ParagraphSettings.Alignment alignment = switch (s.textAlign()) {
            case JUSTIFY -> ParagraphSettings.Alignment.JUSTIFY;
            case CENTER -> ParagraphSettings.Alignment.CENTER;
            case RIGHT -> ParagraphSettings.Alignment.RIGHT;
            case LEFT -> ParagraphSettings.Alignment.LEFT;
            case START -> rtl ? ParagraphSettings.Alignment.RIGHT : ParagraphSettings.Alignment.LEFT;
            case END -> rtl ? ParagraphSettings.Alignment.LEFT : ParagraphSettings.Alignment.RIGHT;
        };
        boolean preserve = s.whiteSpace() == Style.WhiteSpace.PRE || s.whiteSpace() == Style.WhiteSpace.PRE_WRAP;
        // The language's patterns serve even text styled hyphens: manual, for its overlong words
        // only (ParagraphSetter); hyphens: none never breaks a word at a hyphen of ours.
        Hyphenator hyphenator = s.hyphensNone() ? Hyphenator.NONE : env.hyphenators().apply(ctx.lang());
        Length indent = s.textIndent();
        return new TextBlock(text, runs, ctx.left(), ctx.right(), indent, alignment, preserve, hyphenator,
                s.hyphenLimit(), s.lineHeight(), face.ascent() * size, face.descent() * size, s.orphans(), s.widows(),
                s.avoidBreakInside(), calls, anchors, marker, hang, rtl);
    }
}
