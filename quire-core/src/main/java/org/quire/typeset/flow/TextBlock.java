package org.quire.typeset.flow;

import java.util.List;
import org.quire.typeset.css.Length;
import org.quire.typeset.lines.Hyphenator;
import org.quire.typeset.lines.ParagraphSettings;
import org.quire.typeset.lines.TextRun;
import org.quire.typeset.lines.TextStyle;

/**
 * A paragraph of the flow, before it is broken into lines (that waits for its measure): its text
 * ('\n' for a forced line break) and runs, insets from its container's edges in points, and how
 * its lines are set and may be split across pages.
 *
 * @param lineHeight the distance between baselines, in points
 * @param ascent the line's strut above the baseline (from the block's own font), in points
 * @param descent the strut below the baseline, in points
 * @param calls the footnotes called from the text, at the chars where their calls are
 * @param anchors ids of elements inside the text, at the chars where they start (link targets)
 * @param marker a list item's marker, drawn left of the first line, or null
 * @param hang how far the last line may run past the right inset, in points (the negative
 *             {@code margin-right} of the inline content that ends the paragraph)
 * @param rightToLeft the paragraph's base direction is right to left (UAX #9 paragraph level 1)
 */
public record TextBlock(String text, List<TextRun> runs, float left, float right, Length indent,
                        ParagraphSettings.Alignment alignment, boolean preserveSpaces, Hyphenator hyphenator,
                        int hyphenLimit, float lineHeight, float ascent, float descent, int orphans, int widows,
                        boolean avoidBreakInside, List<At> calls, List<At> anchors, Marker marker, float hang,
                        boolean rightToLeft)
        implements Block {
    /** An id at a char of the text. */
    public record At(int index, String id) {
    }

    /** A list item's label ("•", "3.") and the gap between it and the text, in points. */
    public record Marker(String text, TextStyle style, Object tag, float gap) {
    }

    public TextBlock {
        runs = List.copyOf(runs);
        calls = List.copyOf(calls);
        anchors = List.copyOf(anchors);
    }
}
