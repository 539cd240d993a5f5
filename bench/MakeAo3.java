import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes N AO3-style downloads (HTML after otwarchive's download templates) and the same stories
 * as Quire Markdown, cut from a corpus of chapter files: {@code java bench/MakeAo3.java CORPUS OUT N}.
 * Each story takes three chapters of 700–1,700 words with their notes.
 */
public final class MakeAo3 {
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("/huge/")).sorted().toList()) {
                for (String p : Files.readString(file).split("\n\\s*\n")) {
                    if (!p.startsWith("#") && p.length() > 80 && !p.contains("[^") && !p.startsWith(">") && !p.contains("  \n")) {
                        paragraphs.add(p.replace("\n", " ").strip());
                    }
                }
            }
        }
        Files.createDirectories(out.resolve("html"));
        Files.createDirectories(out.resolve("markdown"));
        int at = 0;
        for (int i = 1; i <= count; i++) {
            String title = "Story " + i;
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"/><title>" + title
                    + "</title></head><body>\n<div id=\"preface\"><h2 class=\"toc-heading\">Preface</h2>\n"
                    + "<p class=\"message\"><b>" + title + "</b><br/>Posted originally on the <a href=\"http://archiveofourown.org/\">Archive of Our Own</a> at <a href=\"http://archiveofourown.org/works/" + i + "\">http://archiveofourown.org/works/" + i + "</a>.</p>\n"
                    + "<div class=\"meta\"><dl class=\"tags\"><dt>Rating:</dt><dd><a href=\"#\">General Audiences</a></dd>"
                    + "<dt>Fandom:</dt><dd><a href=\"#\">Original Work</a></dd><dt>Additional Tags:</dt><dd><a href=\"#\">Classics</a></dd>"
                    + "<dt>Language:</dt><dd>English</dd><dt>Stats:</dt><dd>Published: 2024-01-01 Words: 0 Chapters: 3/3</dd></dl>\n"
                    + "<h1>" + title + "</h1><div class=\"byline\">by <a rel=\"author\" href=\"#\">bench</a></div>\n"
                    + "<p>Summary</p><blockquote class=\"userstuff\"><p>A story cut from the corpus.</p></blockquote></div></div>\n"
                    + "<div id=\"chapters\" class=\"userstuff\">\n");
            Path folder = out.resolve("markdown/story-" + i);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("story.yaml"), "title: " + title + "\nauthor: bench\nrating: General Audiences\n"
                    + "fandoms: [Original Work]\ntags: [Classics]\nsummary: A story cut from the corpus.\n"
                    + "source: http://archiveofourown.org/works/" + i + "\npublished: 2024-01-01\nstatus: {state: complete, chapters: 3}\n");
            for (int c = 1; c <= 3; c++) {
                int words = 700 + (i * 37 + c * 101) % 1000;
                StringBuilder text = new StringBuilder();
                StringBuilder md = new StringBuilder();
                int w = 0;
                while (w < words) {
                    String p = paragraphs.get(at++ % paragraphs.size());
                    w += p.split("\\s+").length;
                    text.append("<p>").append(escape(inline(p))).append("</p>\n");
                    md.append(p).append("\n\n");
                }
                html.append("<div class=\"meta group\"><h2 class=\"heading\">Chapter ").append(c).append(": Part ").append(c)
                        .append("</h2><p>Chapter Notes</p><blockquote class=\"userstuff\"><p>Notes for chapter ").append(c)
                        .append(".</p></blockquote></div>\n<div class=\"userstuff\">\n").append(text).append("</div>\n");
                Files.writeString(folder.resolve(String.format("%02d-part-%d.md", c, c)), "---\ntitle: Part " + c
                        + "\nnotes: Notes for chapter " + c + ".\n---\n" + md);
            }
            html.append("</div>\n<div id=\"afterword\"><h2 class=\"toc-heading\">Afterword</h2><p class=\"message\">Please drop by the Archive and comment to let the creator know if you enjoyed their work!</p></div>\n</body></html>\n");
            Files.writeString(out.resolve("html/story-" + i + ".html"), html, StandardCharsets.UTF_8);
        }
    }

    /** The corpus's *emphasis* as <em>, so the HTML has markup to convert. */
    private static String inline(String text) {
        return text;
    }

    private static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher em = Pattern.compile("\\*([^*\\s][^*]*?)\\*").matcher(escaped);
        return em.replaceAll("<em>$1</em>");
    }
}
