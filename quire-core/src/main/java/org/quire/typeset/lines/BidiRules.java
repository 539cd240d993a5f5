package org.quire.typeset.lines;

/**
 * The Unicode Bidirectional Algorithm (UAX #9) for one paragraph: the embedding level of each
 * char (rules P2–I2; even levels run left to right, odd ones right to left), and the visual
 * order of a line's runs (rule L2). The default, {@link JdkBidi}, is the JDK's port of ICU's
 * implementation; ICU4J's {@code com.ibm.icu.text.Bidi} can fill the same place.
 */
public interface BidiRules {
    /**
     * The level of each char of {@code text}, or null when the whole paragraph is at level 0
     * (left to right with nothing to reorder: most paragraphs, which then cost nothing more).
     *
     * @param rightToLeft the paragraph's base direction (UAX #9 P3 overridden, HL1): true for level 1
     */
    byte[] levels(String text, boolean rightToLeft);

    /**
     * Puts {@code runs} (a line's runs in logical order, one level each) in visual order, left
     * to right (UAX #9 L2: from the highest level down to the lowest odd one, each maximal
     * sequence at that level or higher is reversed).
     */
    void reorder(byte[] levels, Object[] runs);
}
