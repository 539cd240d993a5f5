package org.quire.write;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The contextual forms of the Arabic-script letters that ICU's {@code ArabicShaping} leaves in
 * their base form: those of Persian, Urdu, Sindhi, Kurdish and Uyghur (peh, tcheh, jeh, keheh,
 * gaf, farsi yeh, tteh, heh goal, yeh barree…), whose forms are in Arabic Presentation Forms-A
 * (U+FB50–FBFF) where ICU's table reaches only Forms-B. A letter's form follows from the joining
 * types of its neighbours (Unicode §9.2, "Cursive Joining", rules R1–R7; ArabicShaping.txt as
 * ICU's {@code UProperty.JOINING_TYPE} gives it), marks of type T being skipped.
 */
final class ExtendedArabicForms {
    /**
     * Each letter, the first of its presentation forms and how many there are, in Unicode's order
     * isolated, final, initial, medial (two forms: a right-joining letter).
     */
    private static final int[][] FORMS = {
            {0x0671, 0xFB50, 2}, {0x067B, 0xFB52, 4}, {0x067E, 0xFB56, 4}, {0x0680, 0xFB5A, 4},
            {0x067A, 0xFB5E, 4}, {0x067F, 0xFB62, 4}, {0x0679, 0xFB66, 4}, {0x06A4, 0xFB6A, 4},
            {0x06A6, 0xFB6E, 4}, {0x0684, 0xFB72, 4}, {0x0683, 0xFB76, 4}, {0x0686, 0xFB7A, 4},
            {0x0687, 0xFB7E, 4}, {0x068D, 0xFB82, 2}, {0x068C, 0xFB84, 2}, {0x068E, 0xFB86, 2},
            {0x0688, 0xFB88, 2}, {0x0698, 0xFB8A, 2}, {0x0691, 0xFB8C, 2}, {0x06A9, 0xFB8E, 4},
            {0x06AF, 0xFB92, 4}, {0x06B3, 0xFB96, 4}, {0x06B1, 0xFB9A, 4}, {0x06BB, 0xFBA0, 4},
            {0x06C0, 0xFBA4, 2}, {0x06C1, 0xFBA6, 4}, {0x06BE, 0xFBAA, 4}, {0x06D2, 0xFBAE, 2},
            {0x06D3, 0xFBB0, 2}, {0x06AD, 0xFBD3, 4}, {0x06C7, 0xFBD7, 2}, {0x06C6, 0xFBD9, 2},
            {0x06C8, 0xFBDB, 2}, {0x06CB, 0xFBDE, 2}, {0x06C5, 0xFBE0, 2}, {0x06C9, 0xFBE2, 2},
            {0x06D0, 0xFBE4, 4}, {0x06CC, 0xFBFC, 4},
            // noon ghunna has only isolated and final forms: as a first or middle letter it stays as it is
            {0x06BA, 0xFB9E, 2},
    };
    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    private ExtendedArabicForms() {
    }

    /** Whether {@code c} is one of the letters this class gives forms to. */
    static boolean covers(char c) {
        return entry(c) != null;
    }

    /** The presentation form of the letter at {@code i} of {@code text} (logical order), or the letter itself. */
    static char form(String text, int i) {
        char c = text.charAt(i);
        int[] entry = entry(c);
        if (entry == null) {
            return c;
        }
        boolean joinsBefore = joins(text, i, -1);
        boolean joinsAfter = entry[2] == 4 && joins(text, i, +1);
        int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
        // a right-joining letter never takes the two forms that join after it
        return form < entry[2] ? (char) (entry[1] + form) : c;
    }

    /** The letter a presentation form of this table stands for, or {@code c} itself. */
    static char letter(char c) {
        for (int[] entry : FORMS) {
            if (c >= entry[1] && c < entry[1] + entry[2]) {
                return (char) entry[0];
            }
        }
        return c;
    }

    /**
     * Whether the nearest letter before ({@code step} -1) or after (+1) position {@code i}, marks
     * skipped, joins towards it: before, one that joins on its left (D, L, C); after, one that
     * joins on its right (D, R, C).
     */
    private static boolean joins(String text, int i, int step) {
        for (int j = i + step; j >= 0 && j < text.length(); j += step) {
            int type = UCharacter.getIntPropertyValue(text.charAt(j), UProperty.JOINING_TYPE);
            if (type == UCharacter.JoiningType.TRANSPARENT) {
                continue;
            }
            return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING
                    || type == (step < 0 ? UCharacter.JoiningType.LEFT_JOINING : UCharacter.JoiningType.RIGHT_JOINING);
        }
        return false;
    }

    private static int[] entry(char c) {
        if (c < '\u0671' || c > '\u06D3') {
            return null;
        }
        for (int[] entry : FORMS) {
            if (entry[0] == c) {
                return entry;
            }
        }
        return null;
    }
}
