package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * An EPUB or HTML story read as one chapter whose text has two or more chapter lines of their
 * own ("Chapter One", bold or centred, as {@link ChapterLines} reads them; Calibre converts a
 * Word manuscript so, with no headings and no contents) is cut at those lines, as the plain-text
 * and Word readers cut it. A footnote's definition goes with the chapter that calls it. Before
 * the first chapter line, a line that repeats the title or byline is left out, a dedication
 * ("For my father, …" in italics) becomes {@code dedication}, and other text an opening chapter
 * titled "Prologue" in the story's language; each is a warning.
 */
final class ChapterSplit {
    private static final String CENTRE_OPEN = "<div class=\"center\">";
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]]+)]:");

    private ChapterSplit() {
    }

    static ImportedStory split(ImportedStory story) {
        if (!List.of("epub", "html").contains(story.format()) || story.chapters().size() != 1) {
            return story;
        }
        ImportedChapter only = story.chapters().get(0);
        List<String> blocks = new ArrayList<>(List.of(only.body().split("\n\n")));
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            boolean centred = blocks.get(i).equals(CENTRE_OPEN) && i + 2 < blocks.size() && blocks.get(i + 2).equals("</div>");
            Optional<String> title = ChapterLines.title(plain(blocks.get(centred ? i + 1 : i)));
            if (title.isPresent()) {
                starts.add(i);
                titles.add(title.get());
                if (centred) {
                    blocks.subList(i, i + 3).clear();
                    blocks.add(i, "\u0000");
                }
            }
        }
        if (starts.size() < 2) {
            return story;
        }
        Location at = Location.of(story.origin());
        List<Diagnostic> warnings = new ArrayList<>(story.warnings());
        Map<String, Object> metadata = new LinkedHashMap<>(story.metadata());
        List<List<String>> parts = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : blocks.size();
            parts.add(new ArrayList<>(blocks.subList(starts.get(s) + 1, end)));
        }
        moveDefinitions(parts);
        List<ImportedChapter> chapters = new ArrayList<>();
        List<String> front = front(new ArrayList<>(blocks.subList(0, starts.get(0))), metadata, warnings, at);
        if (!front.isEmpty()) {
            // Before "Chapter Two" stands chapter 1, which Quire numbers; else the text is an opening.
            String name = ChapterLines.number(titles.get(0)) == 2 ? ""
                    : TextLanguage.prologue(TextLanguage.guess(only.body()).orElse("en"));
            chapters.add(new ImportedChapter(name, "", only.notes(), String.join("\n\n", front), "", 0));
            warnings.add(Diagnostic.warning("IMPORT-OPENING", at, name.isEmpty()
                    ? "the text before '" + titles.get(0) + "' is read as chapter 1, untitled, so Quire numbers it"
                    : "the text before the first chapter line is kept as an opening chapter titled '" + name + "'"));
        }
        for (int s = 0; s < parts.size(); s++) {
            String notes = chapters.isEmpty() && s == 0 ? only.notes() : "";
            String endNotes = s == parts.size() - 1 ? only.endNotes() : "";
            chapters.add(new ImportedChapter(titles.get(s), s == 0 ? only.summary() : "", notes,
                    String.join("\n\n", parts.get(s)).strip(), endNotes, 0));
        }
        warnings.add(Diagnostic.warning("IMPORT-CHAPTER", at, "the book has no chapters of its own, but "
                + starts.size() + " chapter lines ('" + titles.get(0) + "'…): each starts a chapter"));
        return new ImportedStory(story.origin(), story.format(), metadata, chapters, story.cover(), warnings);
    }

    /** A block's words without emphasis marks or a heading's hashes. */
    private static String plain(String block) {
        return block.strip().replaceFirst("^#{1,6}\\s+", "").replaceAll("^[*_]+|[*_]+$", "").strip();
    }

    /** The blocks before the first chapter line: what repeats the metadata goes, a dedication is taken. */
    private static List<String> front(List<String> blocks, Map<String, Object> metadata, List<Diagnostic> warnings,
                                      Location at) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            String plain = plain(block);
            Object title = metadata.get("title");
            Object author = metadata.get("author");
            Optional<String> byline = TextTitle.author(plain);
            if (block.equals(CENTRE_OPEN) || block.equals("</div>") || plain.isEmpty()) {
                continue;
            } else if (title != null && plain.equalsIgnoreCase(title.toString().strip())) {
                warnings.add(Diagnostic.warning("IMPORT-TITLE", at, "left out '" + plain + "': it repeats the title"));
            } else if (byline.isPresent() && (author == null || author.toString().contains(byline.get()))) {
                metadata.putIfAbsent("author", byline.get());
                warnings.add(Diagnostic.warning("IMPORT-TITLE", at, "read '" + plain + "' as the byline"));
            } else if (block.matches("(?s)\\*[^*].*\\*|_.*_") && DocxFront.DEDICATION.matcher(plain).matches()
                    && !metadata.containsKey("dedication")) {
                metadata.put("dedication", plain);
                warnings.add(Diagnostic.warning("IMPORT-TITLE", at, "read '" + plain + "' as the dedication"));
            } else {
                kept.add(block);
            }
        }
        return kept.stream().anyMatch(b -> !b.startsWith("<")) ? kept : List.of();
    }

    /** Each footnote definition (with its indented paragraphs) into the part that calls it. */
    private static void moveDefinitions(List<List<String>> parts) {
        for (int p = 0; p < parts.size(); p++) {
            List<String> part = parts.get(p);
            for (int i = 0; i < part.size(); i++) {
                Matcher definition = DEFINITION.matcher(part.get(i));
                if (!definition.find()) {
                    continue;
                }
                String call = "[^" + definition.group(1) + "]";
                int caller = callerOf(parts, call);
                if (caller < 0 || caller == p) {
                    continue;
                }
                int end = i + 1;
                while (end < part.size() && part.get(end).startsWith("    ")) {
                    end++;
                }
                List<String> moved = new ArrayList<>(part.subList(i, end));
                part.subList(i, end).clear();
                parts.get(caller).addAll(moved);
                i--;
            }
        }
    }

    private static int callerOf(List<List<String>> parts, String call) {
        for (int p = 0; p < parts.size(); p++) {
            for (String block : parts.get(p)) {
                int at = block.indexOf(call);
                if (at >= 0 && !(block.startsWith(call + ":"))) {
                    return p;
                }
            }
        }
        return -1;
    }
}
