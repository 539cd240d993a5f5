package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SizePartitionerTest {

    @Test
    void anEpicHasAPartitionToItselfWhileTheShortStoriesShareTheOthers() {
        long[] sizes = new long[101];
        sizes[0] = 3_000_000; // one 500,000-word epic
        for (int i = 1; i < sizes.length; i++) {
            sizes[i] = 20_000;
        }
        List<List<Integer>> bins = SizePartitioner.assign(sizes, 4);
        assertThat(bins.get(0)).containsExactly(0);
        assertThat(bins.subList(1, 4)).allSatisfy(bin -> assertThat(bin).hasSizeBetween(33, 34));
    }

    @Test
    void countsAloneWouldNotBalanceSizesDo() {
        // Half the stories are ten times longer: equal counts would give one partition all the long ones.
        long[] sizes = new long[40];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = i < 20 ? 100_000 : 10_000;
        }
        List<List<Integer>> bins = SizePartitioner.assign(sizes, 2);
        assertThat(loads(bins, sizes)).containsExactly(1_100_000L, 1_100_000L);
    }

    @Test
    void everyStoryOnceAndNoPartitionMoreThanOneStoryAboveTheAverage() {
        Random random = new Random(7);
        long[] sizes = random.longs(1000, 1_000, 3_000_000).toArray();
        List<List<Integer>> bins = SizePartitioner.assign(sizes, 16);
        List<Integer> all = new ArrayList<>();
        bins.forEach(all::addAll);
        assertThat(all).hasSize(1000).doesNotHaveDuplicates();
        long total = java.util.Arrays.stream(sizes).sum();
        long largest = java.util.Arrays.stream(sizes).max().orElseThrow();
        assertThat(loads(bins, sizes)).allSatisfy(load -> assertThat(load).isLessThanOrEqualTo(total / 16 + largest));
    }

    @Test
    void largestFirstWithinAPartitionAndTheSameResultEveryTime() {
        long[] sizes = {5, 50, 500, 50, 5, 5000};
        List<List<Integer>> bins = SizePartitioner.assign(sizes, 2);
        assertThat(bins).containsExactly(List.of(5), List.of(2, 1, 3, 0, 4));
        assertThat(SizePartitioner.assign(sizes, 2)).isEqualTo(bins);
    }

    @Test
    void fewerStoriesThanPartitionsMakesOnePartitionEach() {
        assertThat(SizePartitioner.assign(new long[] {3, 1}, 8)).containsExactly(List.of(0), List.of(1));
        assertThat(SizePartitioner.assign(new long[0], 8)).isEmpty();
    }

    @Test
    void refusesNoPartitionsAndNegativeSizes() {
        assertThatThrownBy(() -> SizePartitioner.assign(new long[] {1}, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SizePartitioner.assign(new long[] {-1}, 1)).hasMessageContaining("negative");
    }

    private static List<Long> loads(List<List<Integer>> bins, long[] sizes) {
        return bins.stream().map(bin -> bin.stream().mapToLong(i -> sizes[i]).sum()).toList();
    }
}
