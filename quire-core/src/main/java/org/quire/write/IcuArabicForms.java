package org.quire.write;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * {@link PresentationForms} for the Arabic script (Arabic, Persian, Urdu…) by ICU4J's
 * {@code ArabicShaping}: each letter to its isolated, initial, medial or final form by its
 * neighbours' joining types (Unicode §9.2, ArabicShaping.txt), in Arabic Presentation Forms-A and
 * -B (U+FB50–FDFF, U+FE70–FEFC), and lam followed by alef to their ligature (U+FEF5–FEFC), which
 * is mandatory, with {@link ExtendedArabicForms} for the letters ICU's table lacks. Text is in
 * logical order; a ligature makes the string one char shorter.
 *
 * <p>ICU's classes load only when a cover's text has an Arabic-script character: {@link CoverBidi}
 * asks {@link ArabicScript#any} first and reaches this class through a holder.
 */
final class IcuArabicForms implements PresentationForms {
    // ArabicShaping keeps only its options: one instance serves every thread. The shaper keeps
    // the length (a lam-alef's freed slot becomes a space after it), so its output lines up with
    // the input char for char.
    private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LAMALEF_NEAR | ArabicShaping.LETTERS_SHAPE);
    private final ArabicShaping unshaper = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.LETTERS_UNSHAPE);

    /**
     * ICU's forms for the letters of Presentation Forms-B, then {@link ExtendedArabicForms} for
     * the Persian and Urdu letters ICU leaves as they are (their neighbours ICU already joins to them).
     */
    @Override
    public String shape(String text) {
        String shaped = run(shaper, text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shaped.charAt(i) == ' ' && c != ' ') {
                continue; // the slot a lam-alef ligature freed
            }
            out.append(ExtendedArabicForms.covers(c) ? ExtendedArabicForms.form(text, i) : shaped.charAt(i));
        }
        return out.toString();
    }

    @Override
    public String unshape(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            letters.append(ExtendedArabicForms.letter(text.charAt(i)));
        }
        return run(unshaper, letters.toString());
    }

    private static String run(ArabicShaping shaping, String text) {
        try {
            return shaping.shape(text);
        } catch (ArabicShapingException e) {
            // Only the fixed-length options can fail (no room for a lam-alef's second char);
            // LENGTH_GROW_SHRINK lets the string grow or shrink.
            throw new IllegalStateException("ICU could not shape '" + text + "'", e);
        }
    }
}
