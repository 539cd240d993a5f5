package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.model.Diagnostic;

/**
 * The page masters of a book from its {@code @page} rules: for a page of a given name and kind,
 * its size, margins, margin boxes and footnote area, cascaded by the rules' specificity
 * (CSS Paged Media Level 3 §4.4). Invalid descriptors are warned about once, when read.
 */
public final class PageStyles {
    /** ISO and North American page sizes of CSS Paged Media §7.1.1, in points. */
    private static final Map<String, float[]> NAMED = Map.of(
            "a5", new float[] {419.53f, 595.28f}, "a4", new float[] {595.28f, 841.89f},
            "a3", new float[] {841.89f, 1190.55f}, "b5", new float[] {498.9f, 708.66f},
            "letter", new float[] {612, 792}, "legal", new float[] {612, 1008});

    /** A margin box: what it shows and how. */
    public record Box(List<Token> content, Style style) {
    }

    /**
     * @param margins top, right, bottom, left in points
     * @param boxes margin boxes by name ({@code top-left}…); a box whose content is none is absent
     * @param footnoteRule the width of the rule above footnotes, in points (0 for none)
     * @param footnoteGap the space above the footnote area (margin-top plus padding-top), in points
     */
    public record PageMaster(float width, float height, float[] margins, Map<String, Box> boxes,
                             float footnoteRule, float footnoteRulePadding, float footnoteGap) {
        public float textWidth() {
            return width - margins[1] - margins[3];
        }

        public float textHeight() {
            return height - margins[0] - margins[2];
        }
    }

    private final List<PageRule> rules = new ArrayList<>();
    private final Style root;
    private final float rootFontSize;
    private final List<Diagnostic> warnings;
    private final Map<String, PageMaster> masters = new ConcurrentHashMap<>();

    public PageStyles(List<StyleSheet> sheets, Style root, List<Diagnostic> warnings) {
        sheets.forEach(sheet -> rules.addAll(sheet.pages()));
        rules.sort(Comparator.comparingInt(PageRule::specificity).thenComparingLong(PageRule::order));
        this.root = root;
        this.rootFontSize = root.fontSize();
        this.warnings = warnings;
        // Check every descriptor once, on a page that every rule could match, so warnings come once.
        for (PageRule rule : rules) {
            for (Declaration d : rule.declarations()) {
                apply(d, new float[2], new float[4], 595, 842, true);
            }
        }
    }

    /** The master of a page; {@code name} null for an unnamed page. */
    public PageMaster master(String name, boolean left, boolean first, boolean blank) {
        String key = name + "|" + left + first + blank;
        return masters.computeIfAbsent(key, k -> build(name, left, first, blank));
    }

    private PageMaster build(String name, boolean left, boolean first, boolean blank) {
        float[] size = {NAMED.get("a5")[0], NAMED.get("a5")[1]};
        List<Declaration> page = new ArrayList<>();
        Map<String, List<Declaration>> boxes = new LinkedHashMap<>();
        for (PageRule rule : rules) {
            if (rule.matches(name, left, first, blank)) {
                page.addAll(rule.declarations());
                rule.boxes().forEach((box, list) -> boxes.computeIfAbsent(box, b -> new ArrayList<>()).addAll(list));
            }
        }
        for (Declaration d : page) {
            if (d.property().equals("size")) {
                apply(d, size, new float[4], size[0], size[1], false);
            }
        }
        float[] margins = {54, 54, 54, 54};
        for (Declaration d : page) {
            if (!d.property().equals("size")) {
                apply(d, size, margins, size[0], size[1], false);
            }
        }
        Map<String, Box> made = new LinkedHashMap<>();
        float rule = 0;
        float rulePadding = 0;
        float gap = 0;
        for (Map.Entry<String, List<Declaration>> entry : boxes.entrySet()) {
            Style style = root.inherit();
            StyleBuilder builder = new StyleBuilder(style, root, rootFontSize);
            entry.getValue().forEach(builder::apply);
            if (entry.getKey().equals("footnote")) {
                rule = style.border(Style.TOP).width();
                rulePadding = style.padding(Style.TOP).of(size[0]);
                gap = style.margin(Style.TOP).of(size[0]);
            } else if (style.content() != null) {
                made.put(entry.getKey(), new Box(style.content(), style));
            }
        }
        return new PageMaster(size[0], size[1], margins, made, rule, rulePadding, gap);
    }

    /** Applies {@code size} or a margin descriptor; with {@code check}, only warns about bad values. */
    private void apply(Declaration d, float[] size, float[] margins, float width, float height, boolean check) {
        List<Token> v = d.value();
        if (d.property().equals("size")) {
            float[] found = size(v);
            if (found == null) {
                if (check) {
                    warnings.add(Diagnostic.warning("CSS-VALUE", d.at(), "'" + d + "' is not a page size Quire knows "
                            + "(two lengths, or A5, A4, A3, B5, letter, legal, optionally portrait or landscape); it is ignored"));
                }
                return;
            }
            size[0] = found[0];
            size[1] = found[1];
            return;
        }
        int[] sides = switch (d.property()) {
            case "margin-top" -> new int[] {0};
            case "margin-right" -> new int[] {1};
            case "margin-bottom" -> new int[] {2};
            case "margin-left" -> new int[] {3};
            default -> null;
        };
        List<Length> lengths = new ArrayList<>();
        for (Token t : v) {
            Length length = Length.of(t, rootFontSize, rootFontSize);
            if (length == null) {
                if (check) {
                    warnings.add(Diagnostic.warning("CSS-VALUE", d.at(), "'" + d + "' is not a margin Quire can use; it is ignored"));
                }
                return;
            }
            lengths.add(length);
        }
        if (sides != null) {
            if (lengths.size() == 1) {
                margins[sides[0]] = lengths.get(0).of(sides[0] % 2 == 0 ? height : width);
            }
            return;
        }
        if (lengths.isEmpty() || lengths.size() > 4) {
            return;
        }
        int[][] map = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
        for (int side = 0; side < 4; side++) {
            margins[side] = lengths.get(map[lengths.size() - 1][side]).of(side % 2 == 0 ? height : width);
        }
    }

    private float[] size(List<Token> v) {
        List<Float> lengths = new ArrayList<>();
        String named = null;
        boolean landscape = false;
        for (Token t : v) {
            if (t.kind() == Token.Kind.IDENT) {
                String word = t.text().toLowerCase(Locale.ROOT);
                if (NAMED.containsKey(word)) {
                    named = word;
                } else if (word.equals("landscape")) {
                    landscape = true;
                } else if (!word.equals("portrait")) {
                    return null;
                }
            } else {
                Length length = Length.of(t, rootFontSize, rootFontSize);
                if (length == null || length.fraction() != 0) {
                    return null;
                }
                lengths.add(length.points());
            }
        }
        float[] size;
        if (named != null && lengths.isEmpty()) {
            size = NAMED.get(named).clone();
        } else if (named == null && lengths.size() == 2) {
            size = new float[] {lengths.get(0), lengths.get(1)};
        } else if (named == null && lengths.size() == 1) {
            size = new float[] {lengths.get(0), lengths.get(0)};
        } else {
            return null;
        }
        if (landscape && size[0] < size[1]) {
            size = new float[] {size[1], size[0]};
        }
        return size;
    }
}
