package org.quire.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quire.typeset.pdf.BookWriter;

/** The page counter and the PDF page labels (trial 1, finding 20: the cover was page 1). */
class PageNumbersTest {
    private static BookWriter.Bookmark bookmark(String label, int page) {
        return new BookWriter.Bookmark(label, 1, true, new BookWriter.Destination(page, 0, 0));
    }

    private static List<String> folios(PageNumbers numbers, int count) {
        return IntStream.range(0, count).mapToObj(numbers::folio).toList();
    }

    @Test
    void withoutAResetPagesCountFromTheFirstAndNeedNoLabels() {
        PageNumbers numbers = PageNumbers.of(4, Map.of());
        assertThat(folios(numbers, 4)).containsExactly("1", "2", "3", "4");
        assertThat(numbers.total()).isEqualTo("4");
        assertThat(numbers.labels(List.of(bookmark("Title Page", 0)))).isEmpty();
    }

    /** The title page of a book without a cover resets to 1 on page 1: nothing changes, no labels are written. */
    @Test
    void aResetToOneOnTheFirstPageChangesNothing() {
        PageNumbers numbers = PageNumbers.of(3, Map.of(0, 1));
        assertThat(folios(numbers, 3)).containsExactly("1", "2", "3");
        assertThat(numbers.labels(List.of())).isEmpty();
    }

    @Test
    void theCoverAndItsBlankVersoAreUnnumberedAndLabelledByTheCoversBookmark() {
        PageNumbers numbers = PageNumbers.of(6, Map.of(2, 1));
        assertThat(folios(numbers, 6)).containsExactly("", "", "1", "2", "3", "4");
        assertThat(numbers.numbered(1)).isFalse();
        assertThat(numbers.numbered(2)).isTrue();
        assertThat(numbers.total()).isEqualTo("4");
        assertThat(numbers.labels(List.of(bookmark("Cover", 0), bookmark("Title Page", 2)))).containsExactly(
                new BookWriter.PageLabel(0, null, "Cover", 1),
                new BookWriter.PageLabel(2, BookWriter.PageLabel.DECIMAL, null, 1));
    }

    @Test
    void unnumberedPagesWithoutABookmarkAreLabelledInRomanNumerals() {
        assertThat(PageNumbers.of(4, Map.of(2, 1)).labels(List.of(bookmark("Title Page", 2)))).containsExactly(
                new BookWriter.PageLabel(0, BookWriter.PageLabel.ROMAN, null, 1),
                new BookWriter.PageLabel(2, BookWriter.PageLabel.DECIMAL, null, 1));
    }

    @Test
    void aLaterResetStartsANewRangeAndTheLastPageGivesThePagesCounter() {
        PageNumbers numbers = PageNumbers.of(7, Map.of(1, 1, 4, 10, 6, 0));
        assertThat(folios(numbers, 7)).containsExactly("", "1", "2", "3", "10", "11", "0");
        assertThat(numbers.total()).isEqualTo("0");
        assertThat(numbers.labels(List.of())).containsExactly(
                new BookWriter.PageLabel(0, BookWriter.PageLabel.ROMAN, null, 1),
                new BookWriter.PageLabel(1, BookWriter.PageLabel.DECIMAL, null, 1),
                new BookWriter.PageLabel(4, BookWriter.PageLabel.DECIMAL, null, 10),
                new BookWriter.PageLabel(6, null, "0", 1));
    }
}
