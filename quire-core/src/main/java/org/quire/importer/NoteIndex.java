package org.quire.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The footnotes of one story, keyed by the page they sit in and their id: pandoc numbers each
 * EPUB chapter's notes from {@code fn1} again, Calibre gathers a book's notes in one file, and
 * generic HTML keeps them after the text. Note containers are taken out of their pages before
 * the text is read, so their words are never read as text; every note is written where a link
 * calls it, and a note nothing calls is handed back ({@link #unused}) to be kept as text.
 * Footnote labels are numbered once per story, so pieces of a chapter never share one.
 */
final class NoteIndex {
    /** Footnote containers: EPUB 3 {@code epub:type}, DPUB-ARIA roles, pandoc's and Calibre's classes. */
    private static final String KINDS = "(?i).*(?<![\\w-])(footnotes?\\d*|endnotes?\\d*|doc-footnotes?|doc-endnotes?|rearnotes?)(?![\\w-]).*";

    private final Map<String, Element> notes = new LinkedHashMap<>();
    private final Map<String, List<String>> byPage = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private int next;

    /** Takes every footnote container out of {@code body}, whose notes are then found under {@code page}. */
    void take(String page, Element body) {
        for (Element container : new ArrayList<>(body.getAllElements())) {
            if (container.parent() == null || container == body || !isContainer(container)) {
                continue;
            }
            Element outer = outermost(container);
            if (outer == body || outer.parent() == null) {
                continue;
            }
            Element before = outer.previousElementSibling();
            if (before != null && before.normalName().equals("hr")) {
                before.remove(); // the rule pandoc draws above its notes
            }
            outer.remove();
            index(page, outer);
        }
    }

    private void index(String page, Element container) {
        List<String> ids = byPage.computeIfAbsent(page, p -> new ArrayList<>());
        for (Element element : container.getAllElements()) {
            if (element.id().isEmpty()) {
                continue;
            }
            Element note = element.normalName().equals("a") && element.parent() != null && element.parent() != container
                    ? element.parent() : element;
            String key = key(page, element.id());
            if (!notes.containsKey(key) && !insideIndexed(note, container, page)) {
                notes.put(key, note);
                ids.add(element.id());
            }
        }
    }

    /** True when an ancestor of {@code note} (inside the container) is a note already. */
    private boolean insideIndexed(Element note, Element container, String page) {
        for (Element at = note.parent(); at != null && at != container.parent(); at = at.parent()) {
            if (!at.id().isEmpty() && notes.get(key(page, at.id())) == at) {
                return true;
            }
        }
        return false;
    }

    /** A container element: the outermost {@code ol}, section or aside around notes. */
    private static Element outermost(Element container) {
        Element outer = container;
        while (outer.parent() != null && (outer.parent().normalName().equals("ol") || isContainer(outer.parent()))) {
            outer = outer.parent();
        }
        return outer;
    }

    /** Notes sit in blocks; an inline element with such a class ({@code <sup class="footnote">}) is a call to one. */
    private static final Set<String> BLOCKS = Set.of("aside", "section", "div", "ol", "ul", "dl", "li", "p", "footer",
            "blockquote", "dd", "dt", "table");

    static boolean isContainer(Element element) {
        if (!BLOCKS.contains(element.normalName())) {
            return false;
        }
        String kind = element.attr("epub:type") + " " + element.attr("role") + " " + element.className();
        return !kind.isBlank() && kind.matches(KINDS);
    }

    /** The note with {@code id} in {@code page}, marked as used. */
    Optional<Element> find(String page, String id) {
        Element note = notes.get(key(page, id));
        if (note != null) {
            used.add(key(page, id));
        }
        return Optional.ofNullable(note);
    }

    /** The next footnote label of the story: 1, 2, 3… */
    int number() {
        return ++next;
    }

    /** The notes of {@code page} that no link called, in their order; each is handed out once. */
    List<Element> unused(String page) {
        List<Element> left = new ArrayList<>();
        for (String id : byPage.getOrDefault(page, List.of())) {
            if (used.add(key(page, id))) {
                left.add(notes.get(key(page, id)));
            }
        }
        return left;
    }

    /** True when {@code page} held footnotes. */
    boolean hadNotes(String page) {
        return byPage.containsKey(page);
    }

    private static String key(String page, String id) {
        return page + "#" + id;
    }
}
