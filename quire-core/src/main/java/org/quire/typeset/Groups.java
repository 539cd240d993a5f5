package org.quire.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quire.typeset.css.Cascade;
import org.quire.typeset.css.Style;
import org.quire.typeset.flow.XElement;

/**
 * Splits the book into units: a new unit begins at each child of {@code body} with a forced
 * page break before it ({@code break-before: page | recto | verso}) or another named page. The
 * first unit starts on a right-hand page, page 1.
 */
final class Groups {
    private Groups() {
    }

    static List<BookLayout.Group> of(XElement body, Style bodyStyle, Cascade cascade) {
        List<BookLayout.Group> groups = new ArrayList<>();
        List<XElement> current = null;
        Style.Break start = Style.Break.RECTO;
        String name = null;
        for (Object child : body.children()) {
            if (!(child instanceof XElement element)) {
                continue;
            }
            Style style = cascade.compute(element, bodyStyle, null);
            if (style.display() == Style.Display.NONE) {
                continue;
            }
            Style.Break before = style.breakBefore();
            boolean forced = before == Style.Break.PAGE || before == Style.Break.RECTO || before == Style.Break.VERSO;
            String page = style.page() != null ? style.page() : bodyStyle.page();
            if (current == null || forced || !Objects.equals(page, name)) {
                if (current != null) {
                    groups.add(new BookLayout.Group(current, start, name));
                    start = forced ? before : Style.Break.PAGE;
                }
                current = new ArrayList<>();
                name = page;
            }
            current.add(element);
        }
        if (current != null) {
            groups.add(new BookLayout.Group(current, start, name));
        }
        return groups;
    }
}
