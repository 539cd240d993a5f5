package org.quire.read;

import java.util.Comparator;

/**
 * Orders file names as people read them: digit runs compare by value, so {@code 2-storm.md}
 * comes before {@code 10-letter.md}. Ties fall back to plain text order, so the order is total.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endI = digitsEnd(a, i);
                int endJ = digitsEnd(b, j);
                int result = compareNumbers(a.substring(i, endI), b.substring(j, endJ));
                if (result != 0) {
                    return result;
                }
                i = endI;
                j = endJ;
            } else {
                int result = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (result != 0) {
                    return result;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(x.length(), y.length());
        return byLength != 0 ? byLength : x.compareTo(y);
    }
}
