package org.quire.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Spreads stories over partitions by size, not by count: the longest-processing-time-first rule
 * (Graham 1969). Stories are taken largest first, each into the partition with the least work so
 * far, so no partition ends more than one story's size above the average, and the largest stories
 * sit in the first partitions, which Spark starts first: a 500,000-word epic starts at once, while
 * the short stories fill the other cores around it.
 */
public final class SizePartitioner {
    private SizePartitioner() {
    }

    /**
     * @param sizes each story's size (bytes or words), by story index
     * @param partitions how many partitions to make; fewer when there are fewer stories
     * @return the story indexes of each partition, largest first; every index exactly once
     * @throws IllegalArgumentException {@code partitions} is less than 1 or a size is negative
     */
    public static List<List<Integer>> assign(long[] sizes, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        for (long size : sizes) {
            if (size < 0) {
                throw new IllegalArgumentException("a story's size cannot be negative: " + size);
            }
        }
        int count = Math.min(partitions, sizes.length);
        List<List<Integer>> bins = new ArrayList<>();
        long[] loads = new long[count];
        // Least load first; on a tie the lower partition, so the result does not depend on the heap.
        PriorityQueue<Integer> open = new PriorityQueue<>(Comparator.<Integer>comparingLong(b -> loads[b])
                .thenComparingInt(b -> b));
        for (int b = 0; b < count; b++) {
            bins.add(new ArrayList<>());
            open.add(b);
        }
        List<Integer> order = IntStream.range(0, sizes.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -sizes[i]).thenComparingInt(i -> i))
                .toList();
        for (int story : order) {
            int bin = open.poll();
            bins.get(bin).add(story);
            loads[bin] += sizes[story];
            open.add(bin);
        }
        return bins;
    }
}
