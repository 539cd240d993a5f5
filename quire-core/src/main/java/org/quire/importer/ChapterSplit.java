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
    private static final String CENTRE_OPEN = MarkdownFront.CENTRE_OPEN;
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
            Optional<String> title = ChapterLines.title(MarkdownFront.plain(blocks.get(centred ? i + 1 : i)));
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
        List<String> front = MarkdownFront.take(new ArrayList<>(blocks.subList(0, starts.get(0))), metadata, warnings, at);
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

    /**
     * An EPUB or HTML story whose first chapter has no title, or the story's own, and comes before
     * a titled one (a title page or a blog's header page): its front is read ({@link MarkdownFront}); what is left
     * is an opening titled "Prologue", or chapter 1 before a "Chapter 2", or nothing at all.
     */
    static ImportedStory front(ImportedStory story) {
        List<ImportedChapter> chapters = new ArrayList<>(story.chapters());
        // A first chapter headed with the story's own title is its title page too.
        if (!List.of("epub", "html").contains(story.format()) || chapters.size() < 2 || chapters.get(1).title().isEmpty()
                || !chapters.get(0).title().isEmpty() && !chapters.get(0).title().strip()
                .equalsIgnoreCase(String.valueOf(story.metadata().get("title")).strip())) {
            return story;
        }
        ImportedChapter first = chapters.remove(0);
        Location at = Location.of(story.origin(), first.line());
        List<Diagnostic> warnings = new ArrayList<>(story.warnings());
        Map<String, Object> metadata = new LinkedHashMap<>(story.metadata());
        List<String> kept = MarkdownFront.take(new ArrayList<>(List.of(first.body().split("\n\n"))), metadata, warnings, at);
        if (kept.isEmpty()) { // the page was all front: what it carried around its text is the story's
            for (String[] part : new String[][] {{"summary", first.summary()}, {"notes", first.notes()},
                    {"notes", first.endNotes()}}) {
                if (!part[1].isBlank()) {
                    metadata.merge(part[0], part[1], (a, b) -> a + "\n\n" + b);
                }
            }
        }
        if (!kept.isEmpty()) {
            // A heading the writer gave stays; an untitled opening is chapter 1 before "Chapter 2", else a prologue.
            String name = !first.title().isEmpty() ? first.title() : ChapterLines.number(chapters.get(0).title()) == 2 ? ""
                    : TextLanguage.prologue(TextLanguage.guess(String.join(" ", kept)).orElse("en"));
            chapters.add(0, new ImportedChapter(name, first.summary(), first.notes(), String.join("\n\n", kept),
                    first.endNotes(), first.line()));
            warnings.add(Diagnostic.warning("IMPORT-OPENING", at, name.isEmpty()
                    ? "the text before '" + chapters.get(1).title() + "' is read as chapter 1, untitled, so Quire numbers it"
                    : "the text before the first chapter is kept as an opening chapter titled '" + name + "'"));
        }
        return new ImportedStory(story.origin(), story.format(), metadata, chapters, story.cover(), warnings);
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
