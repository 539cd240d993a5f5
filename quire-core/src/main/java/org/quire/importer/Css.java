package org.quire.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The class rules of a page's style sheets, as far as they carry the writer's meaning: italic,
 * bold, underlined or struck text and centred or right-aligned blocks. Calibre and Google Docs
 * write emphasis as {@code <span class="calibre5">} with {@code .calibre5 { font-style: italic }};
 * without this the emphasis would be lost. Only rules of the form {@code .name} or
 * {@code tag.name} are read (CSS 2.1 §5.8.3); at-rules such as {@code @media} are skipped.
 */
final class Css {
    static final Css NONE = new Css(Map.of());

    private final Map<String, Map<String, String>> classes;

    private Css(Map<String, Map<String, String>> classes) {
        this.classes = classes;
    }

    /** The rules of several style sheets, later ones winning, as the cascade has it. */
    static Css parse(Iterable<String> sheets) {
        Map<String, Map<String, String>> classes = new HashMap<>();
        for (String sheet : sheets) {
            read(sheet.replaceAll("(?s)/\\*.*?\\*/", ""), classes);
        }
        return classes.isEmpty() ? NONE : new Css(classes);
    }

    private static void read(String sheet, Map<String, Map<String, String>> classes) {
        int at = 0;
        while (at < sheet.length()) {
            int open = sheet.indexOf('{', at);
            if (open < 0) {
                return;
            }
            String selectors = sheet.substring(at, open).strip();
            int close = matching(sheet, open);
            if (!selectors.startsWith("@")) {
                Map<String, String> declarations = declarations(sheet.substring(open + 1, Math.max(open + 1, close)));
                for (String selector : selectors.split(",")) {
                    String name = selector.strip();
                    if (name.matches("[A-Za-z0-9]*\\.[-_A-Za-z0-9]+")) {
                        classes.computeIfAbsent(name.substring(name.indexOf('.') + 1), c -> new LinkedHashMap<>())
                                .putAll(declarations);
                    }
                }
            }
            at = close + 1;
        }
    }

    private static int matching(String sheet, int open) {
        int depth = 0;
        for (int i = open; i < sheet.length(); i++) {
            if (sheet.charAt(i) == '{') {
                depth++;
            } else if (sheet.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return sheet.length();
    }

    /** {@code property: value} pairs, names and values in lower case, {@code !important} removed. */
    static Map<String, String> declarations(String block) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : block.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT));
            }
        }
        return declarations;
    }

    /** The declarations that apply to an element through its classes. */
    Map<String, String> of(String classNames) {
        if (classes.isEmpty() || classNames.isBlank()) {
            return Map.of();
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : classNames.strip().split("\\s+")) {
            Map<String, String> rule = classes.get(name);
            if (rule != null) {
                found.putAll(rule);
            }
        }
        return found;
    }
}
