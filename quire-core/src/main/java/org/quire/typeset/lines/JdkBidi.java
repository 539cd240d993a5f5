package org.quire.typeset.lines;

import java.text.Bidi;

/**
 * {@link BidiRules} by {@code java.text.Bidi}, the JDK's port of ICU's UAX #9 implementation:
 * no dependency of its own. A paragraph with no char of a right-to-left class (R, AL, AN or an
 * explicit embedding or isolate) in a left-to-right base is found so by a scan of its chars, and
 * not run through the algorithm.
 */
public final class JdkBidi implements BidiRules {
    public static final JdkBidi INSTANCE = new JdkBidi();

    private JdkBidi() {
    }

    @Override
    public byte[] levels(String text, boolean rightToLeft) {
        if (!rightToLeft && !needsBidi(text)) {
            return null;
        }
        char[] chars = text.toCharArray();
        Bidi bidi = new Bidi(chars, 0, null, 0, chars.length,
                rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[chars.length];
        for (int run = 0; run < bidi.getRunCount(); run++) {
            java.util.Arrays.fill(levels, bidi.getRunStart(run), bidi.getRunLimit(run), (byte) bidi.getRunLevel(run));
        }
        return levels;
    }

    /** Whether a left-to-right paragraph has anything the algorithm would move (UAX #9 classes R, AL, AN and the explicit formats). */
    private static boolean needsBidi(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0590') {
                continue;
            }
            switch (Character.getDirectionality(text.codePointAt(i))) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    @Override
    public void reorder(byte[] levels, Object[] runs) {
        Bidi.reorderVisually(levels, 0, runs, 0, runs.length);
    }
}
