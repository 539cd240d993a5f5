package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes styles: the built-in user-agent sheet, then the theme's sheets in order; within
 * them importance, specificity and source order (CSS Cascade Level 4 §6). Rules are indexed by
 * the element name, class or id their selector ends with, so a long book does not try every
 * rule on every element. Safe to share between threads once made.
 */
public final class Cascade {
    private static final Comparator<Matched> ORDER = Comparator.<Matched>comparingInt(m -> m.declaration.important() ? 1 : 0)
            .thenComparingInt(m -> m.author ? 1 : 0)
            .thenComparingInt(m -> m.rule.selector().specificity())
            .thenComparingLong(m -> m.rule.order());

    private record Matched(Rule rule, Declaration declaration, boolean author) {
    }

    private final List<Rule> userAgent;
    private final List<Rule> author;
    private final Map<String, List<Rule>> byKey = new HashMap<>();
    private final List<Rule> unkeyed = new ArrayList<>();
    private final java.util.Set<Rule> fromAuthor = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final float rootFontSize;

    /**
     * @param userAgent the built-in defaults ({@code html}, {@code p}, {@code em}… as a browser has them)
     * @param author the theme's sheets, in cascade order
     * @param rootFontSize the font size of the root element, for {@code rem}
     */
    public Cascade(StyleSheet userAgent, List<StyleSheet> author, float rootFontSize) {
        this.userAgent = userAgent.rules();
        this.author = new ArrayList<>();
        author.forEach(sheet -> this.author.addAll(sheet.rules()));
        this.rootFontSize = rootFontSize;
        for (Rule rule : this.userAgent) {
            index(rule);
        }
        for (Rule rule : this.author) {
            index(rule);
            fromAuthor.add(rule);
        }
    }

    private void index(Rule rule) {
        String key = rule.selector().key();
        if (key == null) {
            unkeyed.add(rule);
        } else {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
        }
    }

    /**
     * The style of an element, or of its pseudo-element.
     *
     * @param parent the parent's computed style, null for the root
     * @param pseudo {@code before}, {@code after} or null
     */
    public Style compute(CssElement element, Style parent, String pseudo) {
        List<Matched> matched = matching(element, pseudo);
        matched.sort(ORDER);
        Style base = parent == null ? new Style() : parent;
        Style style = base.inherit();
        StyleBuilder builder = new StyleBuilder(style, base, rootFontSize);
        for (Matched m : matched) {
            if (m.declaration.property().equals("font-size")) {
                builder.apply(m.declaration);
            }
        }
        for (Matched m : matched) {
            if (!m.declaration.property().equals("font-size")) {
                builder.apply(m.declaration);
            }
        }
        return style;
    }

    private void collect(List<Rule> rules, CssElement element, String pseudo, List<Matched> into) {
        if (rules == null) {
            return;
        }
        for (Rule rule : rules) {
            String wanted = rule.selector().pseudoElement();
            if ((pseudo == null ? wanted == null : pseudo.equals(wanted)) && rule.selector().matches(element)) {
                boolean isAuthor = fromAuthor.contains(rule);
                for (Declaration declaration : rule.declarations()) {
                    into.add(new Matched(rule, declaration, isAuthor));
                }
            }
        }
    }

    private List<Matched> matching(CssElement element, String pseudo) {
        List<Matched> matched = new ArrayList<>();
        collect(unkeyed, element, pseudo, matched);
        collect(byKey.get(element.name()), element, pseudo, matched);
        String id = element.attribute("id");
        if (id != null) {
            collect(byKey.get("#" + id), element, pseudo, matched);
        }
        String classes = element.attribute("class");
        if (classes != null) {
            for (String name : classes.trim().split("\\s+")) {
                if (!name.isEmpty()) {
                    collect(byKey.get("." + name), element, pseudo, matched);
                }
            }
        }
        return matched;
    }

    /** Whether any rule gives the element's {@code ::before} or {@code ::after} a {@code content}. */
    public boolean hasPseudo(CssElement element, String pseudo) {
        return matching(element, pseudo).stream().anyMatch(m -> m.declaration.property().equals("content"));
    }
}
