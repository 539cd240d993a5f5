package org.quire.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Notes numbered in the order the reader meets their calls. flexmark numbers a note called twice
 * by its last call ("Alpha³ beta¹ gamma² … again³"); here each note takes the number of its first
 * call, every call of it shows that number, the notes are listed in that order, and a note keeps
 * one back link, to its first call.
 */
final class NoteNumbers {
    private NoteNumbers() {
    }

    static void inReadingOrder(Element body, Element section) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, String> firstCall = new LinkedHashMap<>();
        for (Element call : body.select("a[role=doc-noteref]")) {
            String note = call.attr("href").substring(1);
            numbers.putIfAbsent(note, numbers.size() + 1);
            firstCall.putIfAbsent(note, call.id());
            call.text(String.valueOf(numbers.get(note)));
        }
        List<Element> notes = new ArrayList<>(section.children());
        notes.sort(Comparator.comparingInt(note -> numbers.getOrDefault(note.id(), Integer.MAX_VALUE)));
        for (Element note : notes) {
            Integer number = numbers.get(note.id());
            List<Element> backs = note.select("a[role=doc-backlink]");
            Element keep = backs.stream().filter(back -> back.attr("href").equals("#" + firstCall.get(note.id())))
                    .findFirst().orElse(backs.isEmpty() ? null : backs.get(0));
            for (Element back : backs) {
                if (back != keep) {
                    removeWithSpace(back);
                }
            }
            if (keep != null && number != null) {
                keep.text(number + ".");
            }
            section.appendChild(note); // moved to its place in reading order
        }
    }

    private static void removeWithSpace(Element back) {
        if (back.nextSibling() instanceof TextNode space && space.isBlank()) {
            space.remove();
        } else if (back.nextSibling() instanceof TextNode text) {
            text.text(text.getWholeText().replaceFirst("^\\s+", ""));
        }
        back.remove();
    }
}
