package org.quire.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emoticons whose backslashes and underscores CommonMark would read as escapes and emphasis: the
 * shrug ¯\_(ツ)_/¯ (typed with one backslash or two), cheering \(^o^)/ and its kin, and the
 * lying-down _(:3 」∠)_. They print as typed.
 */
final class Kaomoji {
    private static final Pattern KAOMOJI = Pattern.compile(
            "\u00AF\\\\{1,2}_\\(\u30C4\\)_/\u00AF"
            + "|\\\\\\([^\\s()\\\\]{1,12}\\)/"
            + "|_\\(:3\\s?\u300D\u2220\\)_");

    private Kaomoji() {
    }

    /** Where the emoticon that starts at {@code i} ends, or {@code i} when none starts there. */
    static int at(String line, int i) {
        char c = line.charAt(i);
        if (c != '\u00AF' && c != '\\' && c != '_') {
            return i;
        }
        Matcher matcher = KAOMOJI.matcher(line).region(i, line.length());
        return matcher.lookingAt() ? matcher.end() : i;
    }

    /** Every character CommonMark could read as markup escaped; a doubled backslash stays one. */
    static String escape(String kaomoji) {
        String single = kaomoji.replace("\\\\", "\\");
        StringBuilder out = new StringBuilder(single.length() * 2);
        for (char c : single.toCharArray()) {
            if (c == '\\' || c == '_' || c == '*' || c == '(' || c == ')' || c == '^') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
