package org.quire.typeset.lines;

/**
 * Line breaking for every script Quire sets: {@link SimpleBreakRules} for text with spaces, then,
 * only in a paragraph that has such characters, {@link IdeographicBreaks} between Chinese and
 * Japanese characters, {@link DictionaryBreaks} between Thai words (the JDK's dictionary) and
 * {@link IcuDictionaryBreaks} between Lao, Khmer and Myanmar words (ICU4J's dictionaries). A
 * paragraph with none of these gets exactly the breaks {@link SimpleBreakRules} gives (a Latin
 * book keeps its bytes, and never loads ICU).
 */
public final class ScriptBreakRules implements BreakRules {
    public static final ScriptBreakRules INSTANCE = new ScriptBreakRules(SimpleBreakRules.INSTANCE, new IdeographicBreaks(),
            new DictionaryBreaks(), new IcuDictionaryBreaks());

    private final BreakRules spaced;
    private final BreakRules ideographic;
    private final BreakRules dictionary;
    private final BreakRules otherDictionaries;

    /**
     * @param spaced breaks at spaces and in words with hyphens, for every paragraph
     * @param ideographic breaks between ideographs, for a paragraph that has one
     * @param dictionary breaks between Thai words, for a paragraph that has Thai
     * @param otherDictionaries breaks between Lao, Khmer and Myanmar words, for a paragraph that has them
     */
    public ScriptBreakRules(BreakRules spaced, BreakRules ideographic, BreakRules dictionary, BreakRules otherDictionaries) {
        this.spaced = spaced;
        this.ideographic = ideographic;
        this.dictionary = dictionary;
        this.otherDictionaries = otherDictionaries;
    }

    @Override
    public void opportunities(CharSequence text, boolean[] allowed) {
        spaced.opportunities(text, allowed);
        boolean ideographs = false;
        boolean thai = false;
        boolean others = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0E00') {
                ideographs |= LineClasses.ideographic(c) || Character.isSurrogate(c);
                thai |= c <= '\u0E7F';
                others |= IcuDictionaryBreaks.script(c) != IcuDictionaryBreaks.NONE;
            }
        }
        if (ideographs) {
            ideographic.opportunities(text, allowed);
        }
        if (thai) {
            dictionary.opportunities(text, allowed);
        }
        if (others) {
            otherDictionaries.opportunities(text, allowed);
        }
    }

    /**
     * Whether a break before char {@code i} falls between letters of a script written without
     * spaces (Chinese, Japanese, Thai…): a line justified there stretches between characters,
     * not at spaces (JIS X 4051 §4.3: inter-character spacing).
     */
    public static boolean betweenCharacters(CharSequence text, int i) {
        if (i <= 0 || i >= text.length()) {
            return false;
        }
        int before = Character.codePointBefore(text, i);
        int c = Character.codePointAt(text, i);
        return !Character.isWhitespace(before) && !Character.isWhitespace(c)
                && (spaceless(before) || spaceless(c));
    }

    /** Chinese, Japanese, Thai, Lao, Khmer, Myanmar: scripts written without spaces between words. */
    static boolean spaceless(int c) {
        return LineClasses.ideographic(c) || LineClasses.southEastAsian(c);
    }

    /** Whether the character's script is not hyphenated where a word breaks (CJK, Hangul, Thai…). */
    public static boolean unhyphenated(int c) {
        return LineClasses.unhyphenated(c);
    }
}
