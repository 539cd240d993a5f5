package org.quire.write;

import com.openhtmltopdf.extend.Hyphenator;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Frank Liang's hyphenation (as in TeX) over LibreOffice {@code hyph_*.dic} pattern files.
 * openhtmltopdf asks it for the break points of text styled {@code hyphens: auto} and expects
 * soft hyphens (U+00AD) back; it may ask again for the same text, so words that already hold a
 * soft hyphen are left alone.
 */
final class LiangHyphenator implements Hyphenator {
    private static final char SHY = '\u00AD';
    private final Map<String, int[]> patterns = new HashMap<>();
    /** Prose repeats its words: remember each word's breaks (bounded, as a million-word book has ~50k distinct words). */
    private final Map<String, String> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private int leftMin = 2;
    private int rightMin = 3;
    private int longest;

    LiangHyphenator(byte[] dictionary) throws IOException {
        int newline = 0;
        while (newline < dictionary.length && dictionary[newline] != '\n') {
            newline++;
        }
        String charsetName = new String(dictionary, 0, newline, StandardCharsets.US_ASCII).strip();
        Charset charset = charsetName.equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(dictionary, newline + 1, Math.max(0, dictionary.length - newline - 1)), charset))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                read(line.strip());
            }
        }
        // Book typography: at least two letters before a break and three after it.
        leftMin = Math.max(leftMin, 2);
        rightMin = Math.max(rightMin, 3);
    }

    private void read(String line) {
        if (line.isEmpty() || line.startsWith("%") || line.startsWith("#") || line.indexOf('/') >= 0) {
            return;
        }
        if (line.startsWith("LEFTHYPHENMIN")) {
            leftMin = Integer.parseInt(line.split("\\s+")[1]);
        } else if (line.startsWith("RIGHTHYPHENMIN")) {
            rightMin = Integer.parseInt(line.split("\\s+")[1]);
        } else if (!Character.isUpperCase(line.charAt(0))) {
            StringBuilder letters = new StringBuilder();
            int[] values = new int[line.length() + 1];
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c >= '0' && c <= '9') {
                    values[letters.length()] = c - '0';
                } else {
                    letters.append(c);
                }
            }
            int[] exact = new int[letters.length() + 1];
            System.arraycopy(values, 0, exact, 0, exact.length);
            patterns.put(letters.toString(), exact);
            longest = Math.max(longest, letters.length());
        }
    }

    String hyphenateWord(String word) {
        int length = word.length();
        String dotted = "." + word.toLowerCase(Locale.ROOT) + ".";
        if (length < leftMin + rightMin || dotted.length() != length + 2) {
            return word;
        }
        int[] points = new int[dotted.length() + 1];
        for (int i = 0; i < dotted.length(); i++) {
            for (int j = i + 1; j <= Math.min(dotted.length(), i + longest); j++) {
                int[] values = patterns.get(dotted.substring(i, j));
                if (values != null) {
                    for (int k = 0; k < values.length; k++) {
                        points[i + k] = Math.max(points[i + k], values[k]);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(length + 4);
        for (int i = 0; i < length; i++) {
            if (i >= leftMin && i <= length - rightMin && (points[i + 1] & 1) == 1) {
                out.append(SHY);
            }
            out.append(word.charAt(i));
        }
        return out.toString();
    }

    private String remembered(String word) {
        String known = memo.get(word);
        if (known == null) {
            known = hyphenateWord(word);
            if (memo.size() < 500_000) {
                memo.put(word, known);
            }
        }
        return known;
    }

    @Override
    public String hyphenateText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != SHY) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            boolean marked = false;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == SHY)) {
                marked |= text.charAt(i) == SHY;
                i++;
            }
            String word = text.substring(start, i);
            out.append(marked ? word : remembered(word));
        }
        return out.toString();
    }
}
