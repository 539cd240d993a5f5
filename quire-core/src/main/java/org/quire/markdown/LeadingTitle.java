package org.quire.markdown;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.quire.model.Xhtml;

/**
 * A chapter's leading {@code # heading}, taken as its title. The title has two forms: its plain
 * text for the contents, the NCX, bookmarks and running heads (without a footnote's mark), and its
 * markup for the heading itself, which keeps emphasis and a working footnote call.
 */
record LeadingTitle(Optional<String> text, Xhtml markup) {
    private static final LeadingTitle NONE = new LeadingTitle(Optional.empty(), Xhtml.EMPTY);
    private static final String NOTE_CALLS = "a[role=doc-noteref], sup:has(> a[role=doc-noteref])";

    /**
     * Removes the leading {@code h1} from {@code body} when it is the title: when no title was
     * given, or when the given one says the same (it would be printed twice).
     */
    static LeadingTitle take(Element body, Optional<String> givenTitle) {
        Element first = body.children().first();
        if (first == null || !first.normalName().equals("h1")) {
            return NONE;
        }
        String heading = plainText(first);
        if (heading.isBlank()) {
            return NONE;
        }
        if (givenTitle.isEmpty() || sameTitle(givenTitle.get(), heading)) {
            Xhtml markup = XhtmlOutput.of(first); // while it is in the document, whose settings make XML
            first.remove();
            return new LeadingTitle(Optional.of(heading), markup);
        }
        return NONE;
    }

    /** The heading's words, without the numbers of its footnote calls. */
    static String plainText(Element heading) {
        Element copy = heading.clone();
        copy.select(NOTE_CALLS).remove();
        return copy.text().strip();
    }

    private static boolean sameTitle(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String title) {
        return title.replaceAll("[\\p{Pi}\\p{Pf}\"'\u2019]", "").strip().toLowerCase(Locale.ROOT);
    }
}
