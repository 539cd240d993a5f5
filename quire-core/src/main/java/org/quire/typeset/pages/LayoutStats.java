package org.quire.typeset.pages;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.quire.typeset.lines.SetParagraph;

/**
 * What the line breaker did, counted across threads: paragraphs by pass, lines, hyphenated
 * lines, and the adjustment ratio of every justified line that is not a paragraph's last (the
 * raw material of the spacing report). Counting never changes a layout.
 */
public final class LayoutStats {
    private final LongAdder paragraphs = new LongAdder();
    private final LongAdder[] passes = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
    private final LongAdder lines = new LongAdder();
    private final LongAdder hyphenated = new LongAdder();
    /** Justified lines by adjustment ratio, in hundredths from -1.00 to 5.00. */
    private final AtomicLongArray ratios = new AtomicLongArray(601);

    private final java.util.Set<Integer> missing = new java.util.concurrent.ConcurrentSkipListSet<>();

    void paragraph(SetParagraph paragraph, boolean justified) {
        paragraphs.increment();
        missing.addAll(paragraph.missing());
        passes[Math.min(3, paragraph.pass() - 1)].increment();
        int n = paragraph.lineCount();
        lines.add(n);
        for (int i = 0; i < n; i++) {
            if (paragraph.hyphenated(i)) {
                hyphenated.increment();
            }
            if (justified && i < n - 1) {
                double r = paragraph.spaceRatio(i);
                ratios.incrementAndGet((int) Math.max(0, Math.min(600, Math.round((r + 1) * 100))));
            }
        }
    }

    /** Code points no face could draw, in order. */
    public java.util.Set<Integer> missing() {
        return missing;
    }

    public long paragraphs() {
        return paragraphs.sum();
    }

    /** Paragraphs set by pass 1 (no hyphens), 2 (hyphens), 3 and 4 (emergency). */
    public long pass(int pass) {
        return passes[pass - 1].sum();
    }

    public long lines() {
        return lines.sum();
    }

    public long hyphenated() {
        return hyphenated.sum();
    }

    /** Justified lines whose adjustment ratio exceeds {@code ratio}. */
    public long linesLooserThan(double ratio) {
        long count = 0;
        for (int i = (int) Math.round((ratio + 1) * 100) + 1; i < ratios.length(); i++) {
            count += ratios.get(i);
        }
        return count;
    }

    public long justifiedLines() {
        long count = 0;
        for (int i = 0; i < ratios.length(); i++) {
            count += ratios.get(i);
        }
        return count;
    }
}
