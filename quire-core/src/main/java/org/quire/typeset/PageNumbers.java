package org.quire.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.typeset.pdf.BookWriter;

/**
 * The page counter (CSS Paged Media §4.1): page numbers as the folios, {@code counter(pages)} and
 * {@code target-counter()} show them, and the PDF's page labels (ISO 32000-1 §12.4.2), which let
 * a viewer show the same numbers. The counter counts every page, from 1 on the first; where an
 * element with {@code counter-reset: page N} starts, its page is page N and the next count on
 * from there. When the book's first reset falls after its first page, the pages before it are
 * unnumbered: not pages of the book (a cover and its blank verso), they show no number and
 * count for nothing.
 */
final class PageNumbers {
    private final int[] values;
    private final int first;

    private PageNumbers(int[] values, int first) {
        this.values = values;
        this.first = first;
    }

    /**
     * @param count the number of pages
     * @param resets a page's index to the number {@code counter-reset: page} gives it
     */
    static PageNumbers of(int count, Map<Integer, Integer> resets) {
        int[] values = new int[count];
        int first = resets.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        int value = 0;
        for (int i = 0; i < count; i++) {
            Integer reset = resets.get(i);
            value = reset != null ? reset : value + 1;
            values[i] = value;
        }
        return new PageNumbers(values, first);
    }

    /** Whether the page (0-based) has a number. */
    boolean numbered(int page) {
        return page >= first;
    }

    /** The page's number as {@code counter(page)} prints it, or empty on an unnumbered page. */
    String folio(int page) {
        return numbered(page) ? Integer.toString(values[page]) : "";
    }

    /** {@code counter(pages)}: the last page's number, which is the count of pages when nothing resets the counter. */
    String total() {
        return values.length == 0 ? "0" : folio(values.length - 1);
    }

    /**
     * The page label ranges, or none when every page's label would be its place in the file (a
     * viewer's default, so such books stay as they were). Unnumbered pages are labelled with the
     * first bookmark among them ("Cover"), or lower-case roman numerals when they have none; a
     * number below 1, which a label's numeric part cannot be, is its page's prefix.
     */
    List<BookWriter.PageLabel> labels(List<BookWriter.Bookmark> bookmarks) {
        boolean plain = first == 0;
        for (int i = 0; i < values.length && plain; i++) {
            plain = values[i] == i + 1;
        }
        List<BookWriter.PageLabel> labels = new ArrayList<>();
        if (plain) {
            return labels;
        }
        if (first > 0) {
            String name = bookmarks.stream().filter(b -> b.target().page() < first).map(BookWriter.Bookmark::label)
                    .findFirst().orElse(null);
            labels.add(name == null ? new BookWriter.PageLabel(0, BookWriter.PageLabel.ROMAN, null, 1)
                    : new BookWriter.PageLabel(0, null, name, 1));
        }
        for (int i = first; i < values.length; i++) {
            if (values[i] < 1) {
                labels.add(new BookWriter.PageLabel(i, null, Integer.toString(values[i]), 1));
            } else if (i == first || values[i] != values[i - 1] + 1 || values[i - 1] < 1) {
                labels.add(new BookWriter.PageLabel(i, BookWriter.PageLabel.DECIMAL, null, values[i]));
            }
        }
        return labels;
    }
}
