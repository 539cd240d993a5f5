package org.quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Presentational HTML as archives and word processors paste it, mapped to what a book keeps
 * (WHATWG HTML §16 "Obsolete features" gives each element's meaning): {@code <center>} and
 * {@code align="center"} become centred blocks, {@code <strike>} struck text, inline styles
 * become emphasis, strong, underline or struck text. Font, size and colour changes are
 * unwrapped: the words stay, the theme sets the look.
 */
final class PresentationalHtml {
    /** Obsolete elements that have a modern equivalent: renamed. */
    private static final Map<String, String> RENAMED = Map.of(
            "strike", "s", "acronym", "abbr", "dir", "ul", "xmp", "pre", "listing", "pre", "plaintext", "pre");
    /** Obsolete or presentational elements that only change the look: unwrapped, text kept. */
    private static final java.util.Set<String> UNWRAPPED = java.util.Set.of(
            "font", "big", "small", "tt", "blink", "marquee", "nobr", "spacer", "multicol");

    private PresentationalHtml() {
    }

    static boolean maps(String name) {
        return name.equals("center") || RENAMED.containsKey(name) || UNWRAPPED.contains(name);
    }

    /** Maps {@code element} in place; returns the phrase that reports it. */
    static String map(Element element) {
        String name = element.normalName();
        if (name.equals("center")) {
            element.tagName("div").addClass("center");
            return "<center> is obsolete HTML; set as a centred block";
        }
        String renamed = RENAMED.get(name);
        if (renamed != null) {
            element.tagName(renamed);
            // <xmp> and <plaintext> hold raw data; as <pre> it is text, counted and escaped as text.
            for (org.jsoup.nodes.Node child : new ArrayList<>(element.childNodes())) {
                if (child instanceof org.jsoup.nodes.DataNode data) {
                    child.replaceWith(new org.jsoup.nodes.TextNode(data.getWholeData()));
                }
            }
            return "<" + name + "> is obsolete HTML; set as <" + renamed + ">";
        }
        element.unwrap();
        return "<" + name + "> only changes the look; its text is kept, the theme sets the look";
    }

    /** Maps an {@code align} or {@code style} attribute to classes and elements, and removes it. */
    static Optional<String> mapAttribute(Element element, String key) {
        String value = element.attr(key).strip();
        element.removeAttr(key);
        if (key.equalsIgnoreCase("align")) {
            return Optional.of(align(element, value.toLowerCase(Locale.ROOT), "align=\"" + value + "\""));
        }
        List<String> kept = new ArrayList<>();
        for (String declaration : value.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String setting = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT)
                    .replace("!important", "").strip();
            style(element, property, setting, kept);
        }
        String shown = "style=\"" + value + "\"";
        return Optional.of(kept.isEmpty() ? shown + " removed; the theme sets the look"
                : shown + " set as " + String.join(", ", kept));
    }

    private static void style(Element element, String property, String setting, List<String> kept) {
        switch (property) {
            case "text-align" -> {
                if (setting.equals("center") || setting.equals("right")) {
                    element.addClass(setting);
                    kept.add("a " + (setting.equals("center") ? "centred" : "right-aligned") + " block");
                }
            }
            case "font-style" -> wrapIf(element, setting.equals("italic") || setting.equals("oblique"), "em", kept);
            case "font-weight" -> wrapIf(element, setting.equals("bold") || setting.equals("bolder")
                    || setting.matches("[6-9]00"), "strong", kept);
            case "text-decoration", "text-decoration-line" -> {
                wrapIf(element, setting.contains("underline"), "u", kept);
                wrapIf(element, setting.contains("line-through"), "s", kept);
            }
            default -> {
                // colours, fonts, sizes, positions: the theme's business, never the text's
            }
        }
    }

    private static void wrapIf(Element element, boolean condition, String tag, List<String> kept) {
        if (!condition) {
            return;
        }
        Element wrapper = new Element(tag);
        // Moved, not copied: the policy still has to visit every child of the original tree.
        for (org.jsoup.nodes.Node child : new ArrayList<>(element.childNodes())) {
            wrapper.appendChild(child);
        }
        element.appendChild(wrapper);
        kept.add("<" + tag + ">");
    }

    private static String align(Element element, String value, String shown) {
        if (value.equals("center") || value.equals("middle") || value.equals("right")) {
            String cssClass = value.equals("right") ? "right" : "center";
            element.addClass(cssClass);
            return shown + " set as a " + (cssClass.equals("center") ? "centred" : "right-aligned") + " block";
        }
        return shown + " removed (it is the theme's default)";
    }
}
