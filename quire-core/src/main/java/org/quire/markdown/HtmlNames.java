package org.quire.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells HTML a writer pasted from angle-bracket text a writer typed. CommonMark reads any
 * {@code <word attr>} as a tag (§6.6), so LitRPG system messages such as {@code <Quest accepted>}
 * or telepathic speech such as {@code <Stay here>} would vanish as unknown elements. Quire takes
 * a tag for markup only when its name is an element of HTML (WHATWG HTML §4, plus the obsolete
 * presentational elements of §16 that archives still carry), written all in lower case or all in
 * upper case as HTML is, and every attribute name is one HTML defines.
 */
final class HtmlNames {
    /**
     * Elements of HTML 5 that pasted prose carries, and the obsolete ones it still has. Form
     * controls and document-head elements ({@code <input>}, {@code <select>}, {@code <label>},
     * {@code <title>}…) are left out on purpose: in a story they are game text far more often
     * ({@code <Title acquired>}, {@code <select class>}) than HTML, which a book could not use.
     */
    static final Set<String> ELEMENTS = Set.of(
            "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo",
            "blockquote", "body", "br", "canvas", "caption", "cite", "code", "col", "colgroup",
            "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hgroup", "hr", "html", "i", "iframe", "img", "ins", "kbd",
            "li", "link", "main", "mark", "meta", "nav", "noscript", "object", "ol",
            "p", "picture", "pre", "q", "rp", "rt",
            "ruby", "s", "samp", "script", "section", "small", "source", "span",
            "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "template",
            "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr",
            "svg", "math",
            // obsolete (HTML §16.2), common in pasted fan fiction
            "acronym", "applet", "basefont", "big", "blink", "center", "dir", "font", "frame", "frameset",
            "marquee", "nobr", "noframes", "strike", "tt", "xmp");

    /** Attribute names HTML defines (global, per element, obsolete presentational), for telling tags from text. */
    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "class", "style", "title", "lang", "dir", "hidden", "tabindex", "accesskey", "translate",
            "contenteditable", "draggable", "spellcheck", "role", "slot", "is", "itemprop", "itemscope",
            "itemtype", "itemid", "itemref", "inert", "popover", "nonce", "autofocus", "enterkeyhint",
            "inputmode", "autocapitalize", "href", "src", "alt", "width", "height", "target", "rel", "name",
            "type", "value", "cite", "datetime", "colspan", "rowspan", "headers", "scope", "abbr", "span",
            "start", "reversed", "align", "valign", "bgcolor", "color", "face", "size", "border",
            "cellpadding", "cellspacing", "frame", "rules", "summary", "noshade", "nowrap", "clear", "hspace",
            "vspace", "charset", "content", "http-equiv", "media", "srcset", "sizes", "loading", "decoding",
            "crossorigin", "referrerpolicy", "download", "hreflang", "ping", "action", "method", "for",
            "form", "label", "placeholder", "readonly", "disabled", "checked", "selected", "multiple",
            "required", "min", "max", "step", "pattern", "rows", "cols", "wrap", "controls", "autoplay",
            "loop", "muted", "poster", "preload", "data", "usemap", "ismap", "coords", "shape", "open",
            "async", "defer", "integrity", "sandbox", "allow", "allowfullscreen", "frameborder",
            "scrolling", "marginwidth", "marginheight", "longdesc", "lowsrc", "language", "compact",
            "xmlns", "xml:lang", "xml:space", "epub:type", "xmlns:epub", "background", "text", "link",
            "vlink", "alink", "char", "charoff", "axis", "nohref", "archive", "codebase", "classid",
            "declare", "standby", "accept", "accept-charset", "enctype", "novalidate", "list", "high",
            "low", "optimum", "kind", "srclang", "default", "behavior", "direction", "scrollamount");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");

    private HtmlNames() {
    }

    /**
     * True when {@code <name attributes>} is HTML markup rather than words in angle brackets.
     *
     * @param attributes the text between the name and the closing {@code >}, possibly empty
     */
    static boolean isMarkup(String name, String attributes) {
        boolean oneCase = name.equals(name.toLowerCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT));
        if (!oneCase || !ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        int at = 0;
        while (at < attributes.length()) {
            if (attributes.substring(at).isBlank() || attributes.substring(at).strip().equals("/")) {
                return true;
            }
            if (!attribute.find(at) || attribute.start() != at || !knownAttribute(attribute.group(1))) {
                return false;
            }
            at = attribute.end();
        }
        return true;
    }

    private static boolean knownAttribute(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return ATTRIBUTES.contains(key) || key.startsWith("data-") || key.startsWith("aria-") || key.startsWith("on");
    }
}
