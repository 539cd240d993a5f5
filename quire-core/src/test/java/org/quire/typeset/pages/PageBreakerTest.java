package org.quire.typeset.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Page breaking on lines of one height (10 pt) and pages ten lines deep: each case can be
 * counted out by hand. Lines are boxes with a break allowed between any two.
 */
class PageBreakerTest {
    private static final float LEAD = 10;
    private static final float DEPTH = 10 * LEAD;
    private static final float SEPARATOR = 5;

    /** {@code count} lines; the line at {@code caller} (from 0) calls note "n". */
    private static List<VItem> lines(int count, int caller) {
        List<VItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                items.add(new VItem.Penalty(0, false, null));
            }
            items.add(new VItem.Box(LEAD, null, i == caller ? List.of("n") : List.of()));
        }
        return items;
    }

    private static List<VItem> note(int lines) {
        List<VItem> items = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            items.add(new VItem.Box(LEAD, null, List.of()));
        }
        return items;
    }

    /** How many lines of the galley each page holds. */
    private static List<Integer> linesPerPage(List<PageBreaker.Slice> pages, List<VItem> items) {
        List<Integer> counts = new ArrayList<>();
        for (PageBreaker.Slice page : pages) {
            counts.add((int) items.subList(page.from(), page.to()).stream().filter(PageScan::boxLike).count());
        }
        return counts;
    }

    /**
     * A full first page, then eight lines, the sixth calling an eight-line note that cannot end
     * on its page. Run a line long, the verso takes four lines of the note and the recto cannot
     * end level with it; the chapter's last line must not then stand alone on a page of its own
     * (a widow; it did, behind a two-page note, in golden/v-footnotes). At full depth the verso
     * takes three lines of the note, and the recto ends the chapter with the other five and
     * both last lines.
     */
    @Test
    void aChaptersLastLineDoesNotStandAloneBehindAContinuedNote() {
        List<VItem> items = lines(18, 15);
        PageBreaker breaker = new PageBreaker(items, Map.of("n", note(8)), SEPARATOR, LEAD).longSpreads(true);
        List<PageBreaker.Slice> pages = breaker.paginate(DEPTH, DEPTH, true);
        assertThat(linesPerPage(pages, items)).containsExactly(10, 6, 2);
        assertThat(pages.get(1).notes()).containsExactly(new NotePart("n", 0, 3));
        assertThat(pages.get(2).notes()).containsExactly(new NotePart("n", 3, 8));
    }
}
