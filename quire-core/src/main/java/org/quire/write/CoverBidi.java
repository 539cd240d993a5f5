package org.quire.write;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * The Unicode Bidirectional Algorithm (UAX #9) for the cover's layout, as openhtmltopdf's hooks
 * ask for it, by {@code java.text.Bidi} (the JDK's port of ICU's), so that a Hebrew or Arabic
 * title and author are drawn right to left. openhtmltopdf splits each paragraph into runs of one
 * direction in visual order ({@link BidiSplitter}), and draws a right-to-left run from the string
 * the reorderer turns around (glyph by glyph, as PDFBox draws without shaping).
 *
 * <p>PDFBox draws the cover without the fonts' GSUB, so Arabic-script letters are joined here:
 * openhtmltopdf hands each right-to-left run, in logical order, to {@link #shapeText} before it
 * measures it, and the letters become their presentation forms ({@link PresentationForms}, by
 * ICU4J). Hebrew and other text is returned as it is, and ICU is never loaded for it.
 */
final class CoverBidi implements BidiSplitterFactory, BidiReorderer {
    static final CoverBidi INSTANCE = new CoverBidi();

    private CoverBidi() {
    }

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** One paragraph's runs, in visual order (UAX #9 L2). */
    private static final class Splitter implements BidiSplitter {
        private BidiTextRun[] runs = new BidiTextRun[0];

        @Override
        public void setParagraph(String text, byte direction) {
            if (text.isEmpty()) {
                runs = new BidiTextRun[0];
                return;
            }
            int flags = direction == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT : direction == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT
                    : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            Bidi bidi = new Bidi(text, flags);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                levels[i] = (byte) bidi.getRunLevel(i);
                order[i] = i;
            }
            Bidi.reorderVisually(levels, 0, order, 0, count);
            runs = new BidiTextRun[count];
            for (int i = 0; i < count; i++) {
                int run = order[i];
                int start = bidi.getRunStart(run);
                runs[i] = new BidiTextRun(start, bidi.getRunLimit(run) - start, (bidi.getRunLevel(run) & 1) != 0 ? RTL : LTR);
            }
        }

        @Override
        public int countTextRuns() {
            return runs.length;
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs[index];
        }

        @Override
        public byte getBaseDirection(String text) {
            // UAX #9 P2: the first strong character decides; none leaves it to the element's direction.
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                switch (Character.getDirectionality(codePoint)) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
                        return LTR;
                    }
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
                        return RTL;
                    }
                    default -> i += Character.charCount(codePoint);
                }
            }
            return NEUTRAL;
        }
    }

    /**
     * A right-to-left run turned around to be drawn left to right: code points in reverse, each
     * combining mark kept after its base, and paired brackets mirrored (UAX #9 L3, L4).
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            int start = end;
            // a base and the marks after it stay together, in that order
            while (start > 0) {
                int codePoint = text.codePointBefore(start);
                start -= Character.charCount(codePoint);
                int type = Character.getType(codePoint);
                if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                    break;
                }
            }
            String cluster = text.substring(start, end);
            int first = cluster.codePointAt(0);
            out.append(Character.isMirrored(first) && cluster.length() == Character.charCount(first) ? mirror(first) : cluster);
            end = start;
        }
        return out.toString();
    }

    private static String mirror(int codePoint) {
        return switch (codePoint) {
            case '(' -> ")";
            case ')' -> "(";
            case '[' -> "]";
            case ']' -> "[";
            case '{' -> "}";
            case '}' -> "{";
            case '<' -> ">";
            case '>' -> "<";
            case '«' -> "»";
            case '»' -> "«";
            default -> new String(Character.toChars(codePoint));
        };
    }

    /** A right-to-left run, in logical order, with its Arabic letters joined. */
    @Override
    public String shapeText(String text) {
        return ArabicScript.any(text) ? Arabic.FORMS.shape(text) : text;
    }

    /**
     * A char no registered face draws, back to its letters (openhtmltopdf asks this of every such
     * char, Latin ones too, before it tries the next face): a lam-alef ligature to lam and alef.
     */
    @Override
    public String deshapeText(String text) {
        return ArabicScript.any(text) ? Arabic.FORMS.unshape(text) : text;
    }

    /** Made on first use, so that a cover without Arabic-script text never loads ICU's classes. */
    private static final class Arabic {
        static final PresentationForms FORMS = new IcuArabicForms();
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
