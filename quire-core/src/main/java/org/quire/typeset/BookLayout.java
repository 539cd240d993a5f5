package org.quire.typeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.quire.typeset.css.PageStyles;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.Mark;
import org.quire.typeset.flow.XElement;
import org.quire.typeset.pdf.BookWriter;
import org.quire.typeset.pdf.PageCanvas;

/**
 * Lays the whole book out: every unit on the pool's threads, then, in order, the blank pages
 * that bring units to their side, page numbers, and where every anchor, bookmark and running
 * string fell, and the number of every page ({@link PageNumbers}). Units that print page numbers (the contents) are laid out again once the numbers
 * are known, until they stop changing (at most three passes, as TeX users run LaTeX twice).
 */
final class BookLayout {
    /** Consecutive children of {@code body} that start on a new page together. */
    record Group(List<XElement> elements, Style.Break start, String pageName) {
    }

    /** A page of the book: its part (or -1 for a blank page) and its index in the part. */
    record PageRef(int part, int local, String pageName) {
    }

    /** The laid-out book, ready to write. */
    record Book(List<BookWriter.Page> pages, List<BookWriter.Part> parts, List<BookWriter.Bookmark> bookmarks,
                Map<String, BookWriter.Destination> anchors, List<BookWriter.PageLabel> labels) {
    }

    private final UnitLayout units;
    private final PageStyles pageStyles;
    private final Style bodyStyle;
    private final float lead;
    private final ExecutorService pool;
    private final Map<String, String> pageNumbers;

    BookLayout(UnitLayout units, PageStyles pageStyles, Style bodyStyle, float lead, ExecutorService pool,
               Map<String, String> pageNumbers) {
        this.units = units;
        this.pageStyles = pageStyles;
        this.bodyStyle = bodyStyle;
        this.lead = lead;
        this.pool = pool;
        this.pageNumbers = pageNumbers;
    }

    Book lay(List<Group> groups, Furniture furniture) throws InterruptedException {
        List<UnitLayout.Result> results = layAll(groups, null);
        List<PageRef> refs = number(groups, results);
        for (int pass = 0; pass < 3; pass++) {
            Map<String, String> found = anchorPages(results, refs);
            boolean needed = results.stream().anyMatch(r -> r.usesPageNumbers());
            if (!needed || found.equals(pageNumbers)) {
                break;
            }
            pageNumbers.clear();
            pageNumbers.putAll(found);
            results = layAll(groups, results);
            refs = number(groups, results);
        }
        return assemble(groups, results, refs, furniture);
    }

    /** Lays out every group (or, with {@code previous}, only those whose text shows page numbers). */
    private List<UnitLayout.Result> layAll(List<Group> groups, List<UnitLayout.Result> previous)
            throws InterruptedException {
        List<Future<UnitLayout.Result>> futures = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (previous != null && !previous.get(i).usesPageNumbers()) {
                futures.add(null);
                continue;
            }
            boolean recto = i == 0 || group.start() != Style.Break.VERSO;
            futures.add(pool.submit(() -> units.lay(group.elements(), bodyStyle, group.start(), group.pageName(), lead, recto)));
        }
        List<UnitLayout.Result> results = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            try {
                results.add(futures.get(i) == null ? previous.get(i) : futures.get(i).get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
        return results;
    }

    /** Puts the units one after another, with blank pages where a unit must start on the other side. */
    private List<PageRef> number(List<Group> groups, List<UnitLayout.Result> results) {
        List<PageRef> refs = new ArrayList<>();
        for (int u = 0; u < results.size(); u++) {
            Group group = groups.get(u);
            boolean nextRecto = refs.size() % 2 == 0;
            if (group.start() == Style.Break.RECTO && !nextRecto || group.start() == Style.Break.VERSO && nextRecto) {
                refs.add(new PageRef(-1, 0, group.pageName()));
            }
            boolean recto = refs.size() % 2 == 0;
            UnitLayout.Result result = results.get(u);
            if (result.recto() != recto) {
                // Laid out again from its elements: its structure elements hold the first drawing's marks.
                result = units.lay(group.elements(), bodyStyle, group.start(), group.pageName(), lead, recto);
                results.set(u, result);
            }
            for (int local = 0; local < result.pages().size(); local++) {
                refs.add(new PageRef(u, local, group.pageName()));
            }
        }
        return refs;
    }

    private static Map<String, String> anchorPages(List<UnitLayout.Result> results, List<PageRef> refs) {
        Map<String, String> found = new HashMap<>();
        int[] offsets = offsets(results, refs);
        PageNumbers numbers = PageNumbers.of(refs.size(), pageResets(results, offsets));
        for (int u = 0; u < results.size(); u++) {
            for (UnitLayout.PlacedMark mark : results.get(u).marks()) {
                if (mark.mark().kind() == Mark.Kind.ANCHOR) {
                    found.putIfAbsent(mark.mark().name(), numbers.folio(offsets[u] + mark.page()));
                }
            }
        }
        return found;
    }

    /** Where {@code counter-reset: page} falls: page index to the number it gives (the last on a page wins). */
    private static Map<Integer, Integer> pageResets(List<UnitLayout.Result> results, int[] offsets) {
        Map<Integer, Integer> resets = new HashMap<>();
        for (int u = 0; u < results.size(); u++) {
            for (UnitLayout.PlacedMark mark : results.get(u).marks()) {
                if (mark.mark().kind() == Mark.Kind.PAGE_RESET) {
                    resets.put(offsets[u] + mark.page(), mark.mark().number());
                }
            }
        }
        return resets;
    }

    private static int[] offsets(List<UnitLayout.Result> results, List<PageRef> refs) {
        int[] offsets = new int[results.size()];
        for (int i = refs.size() - 1; i >= 0; i--) {
            PageRef ref = refs.get(i);
            if (ref.part() >= 0 && ref.local() == 0) {
                offsets[ref.part()] = i;
            }
        }
        return offsets;
    }

    private PageStyles.PageMaster master(PageRef ref, int index) {
        boolean left = index % 2 == 1;
        return ref.part() < 0 ? pageStyles.master(ref.pageName(), left, false, true)
                : pageStyles.master(ref.pageName(), left, ref.local() == 0, false);
    }

    private Book assemble(List<Group> groups, List<UnitLayout.Result> results, List<PageRef> refs, Furniture furniture) {
        int[] offsets = offsets(results, refs);
        Map<String, BookWriter.Destination> anchors = new LinkedHashMap<>();
        List<BookWriter.Bookmark> bookmarks = new ArrayList<>();
        List<List<UnitLayout.PlacedMark>> marksByPage = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            marksByPage.add(new ArrayList<>());
        }
        for (int u = 0; u < results.size(); u++) {
            for (UnitLayout.PlacedMark mark : results.get(u).marks()) {
                marksByPage.get(offsets[u] + mark.page()).add(mark);
            }
        }
        PageNumbers numbers = PageNumbers.of(refs.size(), pageResets(results, offsets));
        List<BookWriter.Page> pages = new ArrayList<>();
        Map<String, String> entry = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            PageRef ref = refs.get(i);
            PageStyles.PageMaster master = master(ref, i);
            float top = master.height() - master.margins()[0];
            Map<String, String> strings = new HashMap<>(entry);
            Map<String, String> firsts = new HashMap<>();
            for (UnitLayout.PlacedMark placed : marksByPage.get(i)) {
                Mark mark = placed.mark();
                BookWriter.Destination at = new BookWriter.Destination(i, master.margins()[3], top - placed.y());
                switch (mark.kind()) {
                    case ANCHOR -> anchors.putIfAbsent(mark.name(), at);
                    case BOOKMARK -> bookmarks.add(new BookWriter.Bookmark(mark.name(), mark.number(),
                            "open".equals(mark.value()), at));
                    case STRING -> {
                        firsts.putIfAbsent(mark.name(), mark.value());
                        entry.put(mark.name(), mark.value());
                    }
                    default -> {
                    }
                }
            }
            strings.putAll(firsts);
            PageCanvas.PageContent body = ref.part() < 0 ? null : results.get(ref.part()).pages().get(ref.local());
            PageCanvas.PageContent furnished = furniture.draw(master, numbers.folio(i), numbers.total(), strings);
            pages.add(new BookWriter.Page(master.width(), master.height(), master.margins()[3], body, furnished,
                    ref.part(), ref.local()));
        }
        List<BookWriter.Part> parts = new ArrayList<>();
        for (int u = 0; u < results.size(); u++) {
            parts.add(new BookWriter.Part(results.get(u).roots(), offsets[u]));
        }
        return new Book(pages, parts, bookmarks, anchors, numbers.labels(bookmarks));
    }
}
