package org.quire.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * What any imported story's file leaves unsaid but its text tells: the language (a warning),
 * when no metadata names it and the text is plainly not English ({@link TextLanguage}); and that
 * a one-shot in a format with no status of its own (plain text, Markdown, HTML, Word) is
 * complete ("Chapters: 1/1", not "1/?" as of a work in progress) unless its last words say more
 * is coming. An EPUB's title page or an AO3 download says its status itself, or leaves it open.
 */
final class StoryGuesses {
    /** Words that say a story goes on. */
    private static final Pattern CONTINUED = Pattern.compile("(?i)\\b(?:to be continued|tbc|continued in|next chapter"
            + "|chapter (?:2|two) (?:will|is|coming)|more (?:soon|to come)|part (?:2|two) (?:will|is|coming)|wip)\\b");

    private StoryGuesses() {
    }

    static ImportedStory add(ImportedStory story) {
        Map<String, Object> metadata = new LinkedHashMap<>(story.metadata());
        List<Diagnostic> warnings = new ArrayList<>(story.warnings());
        String text = String.join("\n\n", story.chapters().stream().map(ImportedChapter::body).toList());
        if (!metadata.containsKey("language")) {
            TextLanguage.guess(text).filter(tag -> !tag.equals("en")).ifPresent(tag -> {
                metadata.put("language", tag);
                warnings.add(Diagnostic.warning("IMPORT-LANGUAGE", Location.of(story.origin(), 1),
                        "nothing names the story's language, and its text reads as '" + tag + "': language set to '"
                                + tag + "' (it picks the quotation marks, hyphenation and labels; set language to change it)"));
            });
        }
        boolean statusless = List.of("text", "markdown", "html", "docx").contains(story.format());
        if (statusless && !metadata.containsKey("status") && story.chapters().size() == 1) {
            ImportedChapter only = story.chapters().get(0);
            String last = String.join("\n", List.of(tail(only.body()), only.endNotes(),
                    String.valueOf(metadata.getOrDefault("end_notes", ""))));
            if (!CONTINUED.matcher(last).find()) {
                metadata.put("status", "complete"); // a default, as the README says, not a guess worth a warning
            }
        }
        if (metadata.equals(story.metadata()) && warnings.size() == story.warnings().size()) {
            return story;
        }
        return new ImportedStory(story.origin(), story.format(), metadata, story.chapters(), story.cover(), warnings);
    }

    /** The last few hundred characters of a text. */
    private static String tail(String text) {
        return text.length() > 400 ? text.substring(text.length() - 400) : text;
    }
}
