package org.quire.typeset.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liang's hyphenation patterns as a trie over their letters, in flat arrays: a word is matched
 * by walking from each of its positions, with no substring made and no hash computed (a
 * million-word book looks up some two million pattern candidates).
 */
final class PatternTrie {
    static final int ROOT = 0;

    /** Node n's children are nodes {@code first[n]} to {@code first[n] + count[n] - 1}, sorted by their letter. */
    private final int[] first;
    private final int[] count;
    private final char[] letter;
    private final int[][] values;

    /** @param patterns each pattern's letters and its values (one more than letters) */
    PatternTrie(Map<String, int[]> patterns) {
        Node root = new Node();
        for (Map.Entry<String, int[]> pattern : patterns.entrySet()) {
            Node node = root;
            for (char c : pattern.getKey().toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Node());
            }
            node.values = pattern.getValue();
        }
        // Breadth first, so that each node's children are consecutive.
        List<Node> order = new ArrayList<>();
        order.add(root);
        for (int i = 0; i < order.size(); i++) {
            order.addAll(order.get(i).children.values());
        }
        first = new int[order.size()];
        count = new int[order.size()];
        letter = new char[order.size()];
        values = new int[order.size()][];
        int next = 1;
        for (int n = 0; n < order.size(); n++) {
            Node node = order.get(n);
            first[n] = next;
            count[n] = node.children.size();
            values[n] = node.values;
            for (char c : node.children.keySet()) {
                letter[next++] = c;
            }
        }
    }

    /** The child of {@code node} reached by {@code c}, or -1. */
    int child(int node, char c) {
        int low = first[node];
        int high = low + count[node] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            char found = letter[middle];
            if (found < c) {
                low = middle + 1;
            } else if (found > c) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** The values of the pattern that ends at {@code node}, or null when none does. */
    int[] values(int node) {
        return values[node];
    }

    private static final class Node {
        final TreeMap<Character, Node> children = new TreeMap<>();
        int[] values;
    }
}
