package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.importer.Paragraphs.Paragraph;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The front of an EPUB or HTML story, before its first chapter, as Markdown blocks: what a
 * writer (or Calibre, or a blog) sets there goes to metadata, each with a warning: a line that
 * repeats the title is left out, a title the page's {@code <title>} decorates ("fic: Paper
 * Lanterns (1/2) - inkwell_dreams") is narrowed to it, a byline, a dedication in italics, a
 * header of "Label: value" lines ({@link TextHeader}), and notes with a marker ("A/N:",
 * "Disclaimer:", {@link NoteGuesser}). The first block that is none of these ends the front: it
 * and all after it are kept as text.
 */
final class MarkdownFront {
    static final String CENTRE_OPEN = "<div class=\"center\">";

    private MarkdownFront() {
    }

    /** Takes the front's blocks into {@code metadata}; returns the blocks kept as text, none if they hold no words. */
    static List<String> take(List<String> blocks, Map<String, Object> metadata, List<Diagnostic> warnings, Location at) {
        List<String> kept = new ArrayList<>();
        boolean done = false;
        for (String block : blocks) {
            String plain = plain(block);
            if (block.equals(CENTRE_OPEN) || block.equals("</div>") || plain.isEmpty() || block.equals("\u0000")
                    || !done && block.strip().equals("* * *")) {
                continue;
            }
            if (done || !taken(block, plain, metadata, warnings, at)) {
                done = true;
                kept.add(block);
            }
        }
        return kept.stream().anyMatch(b -> !b.startsWith("<") && b.codePoints().anyMatch(Character::isLetter))
                ? kept : List.of();
    }

    private static boolean taken(String block, String plain, Map<String, Object> metadata, List<Diagnostic> warnings,
                                 Location at) {
        String title = String.valueOf(metadata.getOrDefault("title", "")).strip();
        Object author = metadata.get("author");
        Optional<String> byline = TextTitle.author(plain);
        Optional<NoteGuesser.Marker> marker = NoteGuesser.find(plain);
        if (plain.equalsIgnoreCase(title)) {
            warn(warnings, at, "left out '" + plain + "' before the first chapter: it repeats the title");
        } else if (title.toLowerCase(java.util.Locale.ROOT).contains(plain.toLowerCase(java.util.Locale.ROOT))
                && TextTitle.looksLikeTitle(plain)) {
            metadata.put("title", plain);
            warn(warnings, at, "read '" + plain + "' before the first chapter as the title (the page's title was '"
                    + title + "')");
        } else if (byline.isPresent() && (author == null || String.valueOf(author).contains(byline.get()))) {
            metadata.putIfAbsent("author", byline.get());
            warn(warnings, at, "read '" + plain + "' before the first chapter as the byline");
        } else if (block.matches("(?s)\\*[^*].*\\*|_.*_") && DocxFront.DEDICATION.matcher(plain).matches()
                && !metadata.containsKey("dedication")) {
            metadata.put("dedication", plain);
            warn(warnings, at, "read '" + plain + "' before the first chapter as the dedication");
        } else if (header(block, metadata, warnings, at)) {
            return true;
        } else if (marker.isPresent() && marker.get().text().length() < plain.length()) {
            String key = marker.get().kind() == NoteGuesser.Kind.DISCLAIMER ? "disclaimer" : "notes";
            String note = block.strip().startsWith(marker.get().text()) ? block.strip().substring(marker.get().text().length())
                    .strip() : MarkdownText.paragraph(marker.get().strip(plain));
            metadata.merge(key, note, (a, b) -> a + "\n\n" + b);
            warn(warnings, at, "read '" + Ao3Preface.shorten(plain) + "' before the first chapter as the story's " + key);
        } else {
            return false;
        }
        return true;
    }

    /** A block of "Label: value" lines (bold labels, hard breaks, as a blog sets a fic's header). */
    private static boolean header(String block, Map<String, Object> metadata, List<Diagnostic> warnings, Location at) {
        if (block.indexOf('\n') < 0) {
            return false;
        }
        String lines = block.replaceAll("(?m)( {2,}|\\\\)$", "").replace("**", "").replace("__", "");
        List<Paragraph> paragraphs = new ArrayList<>(List.of(new Paragraph(lines, 0), new Paragraph("text", 0)));
        // The second paragraph stands for the story after the header, which TextHeader requires.
        TextHeader.take(at.file(), paragraphs, metadata, warnings);
        return paragraphs.size() == 1;
    }

    /** A block's words without emphasis marks or a heading's hashes. */
    static String plain(String block) {
        return block.strip().replaceFirst("^#{1,6}\\s+", "").replaceAll("^[*_]+|[*_]+$", "").strip();
    }

    private static void warn(List<Diagnostic> warnings, Location at, String message) {
        warnings.add(Diagnostic.warning("IMPORT-TITLE", at, message));
    }
}
