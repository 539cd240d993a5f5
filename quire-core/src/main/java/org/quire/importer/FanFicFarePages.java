package org.quire.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The pages FanFicFare adds to its EPUBs: {@code title_page.xhtml} (the story's details as
 * "<b>Label:</b> value" lines), {@code toc_page.xhtml} and {@code log_page.xhtml}.
 */
final class FanFicFarePages {
    private static final Map<String, String> LISTS = Map.of("category", "fandoms", "fandom", "fandoms",
            "characters", "characters", "relationships", "relationships", "pairing", "relationships",
            "genre", "tags", "tags", "tags", "warnings", "warnings", "freeform", "tags");

    private FanFicFarePages() {
    }

    static boolean isTitlePage(String path, Element body) {
        return path.endsWith("title_page.xhtml") && !body.select("b").isEmpty()
                && body.select("b").eachText().stream().anyMatch(t -> t.strip().matches("(?i)(status|category|genre|summary|published):?"));
    }

    static boolean isLogOrContents(String path) {
        return path.endsWith("log_page.xhtml") || path.endsWith("toc_page.xhtml");
    }

    static void readTitlePage(Element body, HtmlToMarkdown markdown, Map<String, Object> metadata) {
        for (Element label : body.select("b")) {
            String name = label.text().strip().replaceFirst(":$", "").toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            for (Node next = label.nextSibling(); next != null; next = next.nextSibling()) {
                if (next instanceof Element e && (e.normalName().equals("br") || e.normalName().equals("b"))) {
                    break;
                }
                value.append(next instanceof TextNode t ? t.text() : next instanceof Element e ? e.text() : "");
            }
            String text = value.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            switch (name) {
                case "rating" -> metadata.putIfAbsent("rating", text);
                case "language" -> Languages.tag(text).ifPresent(tag -> metadata.putIfAbsent("language", tag));
                case "status" -> metadata.putIfAbsent("status", text.toLowerCase(Locale.ROOT).startsWith("complete")
                        ? "complete" : "in-progress");
                case "published" -> date(text).ifPresent(d -> metadata.putIfAbsent("published", d));
                case "updated" -> date(text).ifPresent(d -> metadata.putIfAbsent("updated", d));
                case "summary" -> metadata.putIfAbsent("summary", MarkdownText.paragraph(text));
                default -> {
                    String key = LISTS.get(name);
                    if (key != null) {
                        metadata.putIfAbsent(key, List.of(text.split("\\s*,\\s*")));
                    }
                }
            }
        }
    }

    private static java.util.Optional<String> date(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group()) : java.util.Optional.empty();
    }
}
