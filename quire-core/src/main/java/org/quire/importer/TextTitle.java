package org.quire.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.importer.Paragraphs.Paragraph;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The title line of a plain-text story: a first line set like a title ("The Storm", "Tea and
 * Rain", "Stand by Me"), not a sentence ("Three years later" stays text), and "Title by Author"
 * only when what follows "by" is a name or a pen name ("by Ada Quill", "by xXshadowXx"), so
 * "Stand by Me" keeps its title whole. Without one, the title comes from the file name.
 */
final class TextTitle {
    private static final Pattern BY = Pattern.compile("^(.+?)\\s*[,\\-–—]?\\s+by:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** Words a title leaves in lower case (Chicago Manual of Style 8.159), and pronouns that are no author. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "over", "upon");
    private static final Set<String> PRONOUNS = Set.of("me", "you", "him", "her", "us", "them", "it", "myself",
            "yourself", "himself", "herself", "ourselves", "themselves", "night", "day", "moonlight", "candlelight",
            "starlight", "firelight", "chance", "design", "heart", "hand", "accident", "default");
    private static final Set<String> NOT_TITLES = Set.of("contents", "table of contents", "index", "summary");

    private TextTitle() {
    }

    /** Takes the title line off {@code paragraphs} into {@code metadata}, or names the file's title. */
    static void take(Path file, List<Paragraph> paragraphs, Map<String, Object> metadata, List<Diagnostic> warnings) {
        Paragraph first = paragraphs.get(0);
        String line = first.text();
        if (paragraphs.size() > 1 && first.oneLine() && looksLikeTitle(line)) {
            paragraphs.remove(0);
            Matcher by = BY.matcher(line);
            if (by.matches() && isName(by.group(2).strip())) {
                metadata.put("title", by.group(1).strip());
                metadata.put("author", by.group(2).strip());
                warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, first.line()),
                        "read this line as the title '" + by.group(1).strip() + "' by '" + by.group(2).strip() + "'"));
            } else {
                metadata.put("title", line);
                warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, first.line()),
                        "read this line as the title '" + line + "'"));
            }
            return;
        }
        String name = FileTitle.of(file);
        metadata.put("title", name);
        warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                "the text has no title line (the first line reads as text); the title '" + name
                        + "' comes from the file name"));
    }

    /**
     * A short line that does not end or start like a sentence, is no chapter, scene break or
     * note, and is set in title case: every word but the small ones capitalised.
     */
    static boolean looksLikeTitle(String line) {
        if (line.length() > 120 || line.matches(".*[.,;:!?\"“”'’…)]$") || line.matches("^[\"“„'‘(\\[-].*")
                || TextReader.CHAPTER.matcher(line).matches() || TextReader.SCENE_BREAK.matcher(line).matches()
                || NoteGuesser.marker(line).isPresent() || NoteGuesser.talksToReaders(line)
                || NOT_TITLES.contains(line.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher by = BY.matcher(line.strip());
        String title = by.matches() && isName(by.group(2).strip()) ? by.group(1) : line; // a pen name may be lower case
        String[] words = title.strip().split("\\s+");
        if (words.length > 12) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            boolean small = i > 0 && SMALL.contains(word.toLowerCase(Locale.ROOT));
            if (!small && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A name after "by": one to four capitalised words that are not a pronoun, or a pen name with digits or _. */
    static boolean isName(String text) {
        String[] words = text.split("\\s+");
        if (words.length == 1 && text.matches("[\\p{L}\\p{N}_.\\-]+") && text.matches(".*([\\p{N}_]|\\p{Ll}\\p{Lu}).*")) {
            return true;
        }
        if (words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
