package org.quire.typeset.lines;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Frank Liang's hyphenation (as in TeX) over LibreOffice {@code hyph_*.dic} pattern files:
 * the first line names the charset, then one pattern a line ({@code LEFTHYPHENMIN},
 * {@code RIGHTHYPHENMIN}, comments and {@code /} replacement rules aside). Books keep at least
 * two letters before a break and three after it, whatever the file says, and words of five
 * letters or fewer are not broken.
 */
public final class LiangHyphenator implements Hyphenator {
    private static final int[] NONE = new int[0];
    /** A million-word book has about 50,000 distinct words; the bound keeps batches of many books in check. */
    private static final int MEMO_LIMIT = 500_000;
    /**
     * The shortest word broken: a break in a word of five letters saves little and reads badly
     * ("Ma-ren"; typographer's trial 1, finding 11), the rule of most book houses.
     */
    private static final int MIN_WORD = 6;

    private final Map<String, int[]> patterns = new HashMap<>();
    private final Map<String, int[]> memo = new ConcurrentHashMap<>();
    private int leftMin = 2;
    private int rightMin = 3;
    private final PatternTrie trie;

    /** Reads a pattern file; the bytes are in the charset its first line names. */
    public LiangHyphenator(byte[] dictionary) throws IOException {
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
        leftMin = Math.max(leftMin, 2);
        rightMin = Math.max(rightMin, 3);
        trie = new PatternTrie(patterns);
        patterns.clear();
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
            patterns.put(letters.toString(), Arrays.copyOf(values, letters.length() + 1));
        }
    }

    @Override
    public int[] points(String word) {
        int[] known = memo.get(word);
        if (known == null) {
            known = compute(word);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(word, known);
            }
        }
        return known;
    }

    private int[] compute(String word) {
        int length = word.length();
        String dotted = "." + word.toLowerCase(Locale.ROOT) + ".";
        if (length < Math.max(MIN_WORD, leftMin + rightMin) || dotted.length() != length + 2) {
            return NONE;
        }
        char[] chars = dotted.toCharArray();
        int[] values = new int[chars.length + 1];
        // Every pattern that matches at i, found by walking the trie from i (Liang's thesis, ch. 3).
        for (int i = 0; i < chars.length; i++) {
            int node = PatternTrie.ROOT;
            for (int j = i; j < chars.length; j++) {
                node = trie.child(node, chars[j]);
                if (node < 0) {
                    break;
                }
                int[] found = trie.values(node);
                if (found != null) {
                    for (int k = 0; k < found.length; k++) {
                        values[i + k] = Math.max(values[i + k], found[k]);
                    }
                }
            }
        }
        int[] out = new int[length];
        int count = 0;
        for (int i = leftMin; i <= length - rightMin; i++) {
            if ((values[i + 1] & 1) == 1) {
                out[count++] = i;
            }
        }
        return count == 0 ? NONE : Arrays.copyOf(out, count);
    }

    /** The word with {@code mark} at each break point, for messages and tests: "hy-phen-ation". */
    public String marked(String word, char mark) {
        StringBuilder out = new StringBuilder(word);
        int[] points = points(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], mark);
        }
        return out.toString();
    }
}
