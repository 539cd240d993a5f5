package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quire.model.Location;

/** The rules of one stylesheet, checked against the subset as they are read. */
public final class StyleSheet {
    /** Properties that mean something in a page-margin box. */
    private static final Set<String> BOX_PROPERTIES = Set.of("content", "font-family", "font-size", "font-style",
            "font-weight", "color", "letter-spacing", "text-transform", "text-align", "vertical-align", "padding",
            "padding-top", "padding-bottom", "padding-left", "padding-right");
    /** Properties of the footnote area. */
    private static final Set<String> FOOTNOTE_PROPERTIES = Set.of("border-top", "padding-top", "margin-top");

    private final int sheetOrder;
    private final List<Rule> rules = new ArrayList<>();
    private final List<PageRule> pages = new ArrayList<>();
    private int count;

    StyleSheet(int sheetOrder) {
        this.sheetOrder = sheetOrder;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<PageRule> pages() {
        return pages;
    }

    private long nextOrder() {
        return (long) sheetOrder << 32 | count++;
    }

    void addRule(String prelude, List<Declaration> declarations, Location where, CssParser parser) {
        List<Selector> selectors = new ArrayList<>();
        for (String part : splitSelectors(prelude)) {
            try {
                selectors.add(Selector.parse(part));
            } catch (IllegalArgumentException e) {
                parser.warn("CSS-UNSUPPORTED", where, "the selector '" + part.strip() + "' uses " + e.getMessage()
                        + ", which is outside Quire's print stylesheet subset; the rule is ignored");
                return;
            }
        }
        List<Declaration> kept = check(declarations, parser, null);
        long order = nextOrder();
        for (Selector selector : selectors) {
            rules.add(new Rule(selector, kept, order));
        }
    }

    void addPage(String prelude, List<Declaration> declarations, Map<String, List<Declaration>> boxes, Location where,
                 CssParser parser) {
        for (String selector : prelude.split(",")) {
            addPageSelector(selector.strip(), declarations, boxes, where, parser);
        }
    }

    private void addPageSelector(String prelude, List<Declaration> declarations, Map<String, List<Declaration>> boxes,
                                 Location where, CssParser parser) {
        String name = null;
        Set<String> pseudo = new LinkedHashSet<>();
        for (String part : prelude.replace(":", " :").trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith(":")) {
                String p = part.substring(1).toLowerCase(Locale.ROOT);
                if (!Set.of("left", "right", "first", "blank").contains(p)) {
                    parser.warn("CSS-UNSUPPORTED", where, "@page :" + p + " is not a page selector Quire knows "
                            + "(use :left, :right, :first or :blank); the rule is ignored");
                    return;
                }
                pseudo.add(p);
            } else {
                name = part;
            }
        }
        List<Declaration> page = new ArrayList<>();
        for (Declaration declaration : declarations) {
            if (Property.PAGE_DESCRIPTORS.contains(declaration.property())) {
                page.add(declaration);
            } else {
                parser.warn("CSS-UNSUPPORTED", declaration.at(), declaration.property()
                        + " is not an @page descriptor Quire knows (size, margin); it is ignored");
            }
        }
        Map<String, List<Declaration>> kept = new LinkedHashMap<>();
        boxes.forEach((box, list) -> kept.put(box, check(list, parser,
                box.equals("footnote") ? FOOTNOTE_PROPERTIES : BOX_PROPERTIES)));
        pages.add(new PageRule(name, pseudo, page, kept, nextOrder()));
    }

    private static List<Declaration> check(List<Declaration> declarations, CssParser parser, Set<String> allowed) {
        List<Declaration> kept = new ArrayList<>();
        for (Declaration declaration : declarations) {
            Property property = Property.named(declaration.property());
            if (property == null) {
                parser.warn("CSS-UNSUPPORTED", declaration.at(), "the property " + declaration.property()
                        + " is outside Quire's print stylesheet subset; it is ignored");
            } else if (allowed != null && !allowed.contains(declaration.property())) {
                parser.warn("CSS-UNSUPPORTED", declaration.at(), declaration.property()
                        + " has no effect here; it is ignored");
            } else if (!property.accepts(declaration.value())) {
                parser.warn("CSS-VALUE", declaration.at(), "'" + declaration + "' is not a value Quire's print "
                        + "stylesheet accepts for " + declaration.property() + "; it is ignored");
            } else {
                kept.add(declaration);
            }
        }
        return kept;
    }

    /** Splits a selector list at top-level commas. */
    private static List<String> splitSelectors(String prelude) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < prelude.length(); i++) {
            char c = prelude.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(prelude.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(prelude.substring(start));
        return parts;
    }
}
