package org.quire.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.importer.Paragraphs.Paragraph;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The title and byline at the top of a plain-text story, read into metadata, never kept as
 * text: a first line set like a title ("The Storm", "Nachtzug nach Wien", "Coffee Shop AU
 * (Nobody Asked For)"), not a sentence ("Three years later" stays text); "Title by Author" on one
 * line only when what follows "by" is a name or a pen name ("by Ada Quill", "by xXshadowXx"), so
 * "Stand by Me" keeps its title whole; a byline on the line or paragraph after the title ("by
 * starlight_scribe", "By: starlight_scribe", "Author: …"). Without a title line, the title comes
 * from the file name. A header of "Label: value" lines ({@link TextHeader}) is read first.
 */
final class TextTitle {
    private static final Pattern BY = Pattern.compile("^(.+?)\\s*[,\\-–—]?\\s+by:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** A byline of its own: "by X", "By: X", "written by X", "Author: X", and as German, French, Spanish, Italian write it. */
    static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:written\\s+)?by|author|writer|von|par|por|autor(?:in)?|auteure?|autora?)\\s*:?\\s+(\\S.{0,58})$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words a title leaves in lower case: English (Chicago Manual of Style 8.159), and the
     * articles and prepositions of German, French, Spanish, Italian, Portuguese and Dutch titles.
     */
    private static final Set<String> SMALL = Set.copyOf(List.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "over", "upon",
            "nach", "von", "vom", "und", "der", "die", "das", "den", "dem", "des", "im", "am", "an", "zum", "zur", "mit",
            "auf", "aus", "bei", "für", "über", "unter", "vor", "ohne", "ein", "eine", "einer", "oder",
            "de", "la", "le", "les", "des", "du", "et", "en", "au", "aux", "un", "une", "sur", "dans", "pour", "avec",
            "el", "los", "las", "y", "del", "con", "sin", "por", "para", "o", "e", "il", "lo", "gli", "di", "da", "nel",
            "della", "delle", "do", "da", "dos", "das", "het", "een", "van", "en", "op", "naar"));
    private static final Set<String> PRONOUNS = Set.of("me", "you", "him", "her", "us", "them", "it", "myself",
            "yourself", "himself", "herself", "ourselves", "themselves", "night", "day", "moonlight", "candlelight",
            "starlight", "firelight", "chance", "design", "heart", "hand", "accident", "default");
    private static final Set<String> NOT_TITLES = Set.of("contents", "table of contents", "index", "summary");

    private TextTitle() {
    }

    /**
     * Takes the header, title line and byline off the start of {@code paragraphs} into
     * {@code metadata}, or names the file's title.
     */
    static void take(Path file, List<Paragraph> paragraphs, Map<String, Object> metadata, List<Diagnostic> warnings) {
        TextHeader.take(file, paragraphs, metadata, warnings);
        if (metadata.containsKey("title") || paragraphs.size() < 2) {
            fileTitle(file, metadata, warnings);
            return;
        }
        Paragraph first = paragraphs.get(0);
        String[] lines = first.text().split("\n");
        Optional<String> byline = lines.length == 2 ? author(lines[1]) : Optional.empty();
        if (lines.length == 1 && looksLikeTitle(lines[0]) || byline.isPresent() && looksLikeTitle(lines[0])) {
            paragraphs.remove(0);
            title(file, first, lines[0].strip(), metadata, warnings);
            byline.ifPresent(name -> author(file, first.line() + 1, name, metadata, warnings));
            if (byline.isEmpty() && !metadata.containsKey("author") && paragraphs.size() > 1 && paragraphs.get(0).oneLine()) {
                Paragraph next = paragraphs.get(0);
                author(next.text()).ifPresent(name -> {
                    paragraphs.remove(0);
                    author(file, next.line(), name, metadata, warnings);
                });
            }
            return;
        }
        fileTitle(file, metadata, warnings);
    }

    private static void fileTitle(Path file, Map<String, Object> metadata, List<Diagnostic> warnings) {
        if (metadata.containsKey("title")) {
            return;
        }
        String name = FileTitle.of(file);
        metadata.put("title", name);
        warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, 1),
                "the text has no title line (the first line reads as text); the title '" + name
                        + "' comes from the file name"));
    }

    private static void title(Path file, Paragraph line, String text, Map<String, Object> metadata,
                              List<Diagnostic> warnings) {
        Matcher by = BY.matcher(text);
        if (by.matches() && isName(by.group(2).strip())) {
            metadata.put("title", by.group(1).strip());
            metadata.put("author", by.group(2).strip());
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, line.line()),
                    "read this line as the title '" + by.group(1).strip() + "' by '" + by.group(2).strip() + "'"));
        } else {
            metadata.put("title", text);
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, line.line()),
                    "read this line as the title '" + text + "'"));
        }
    }

    private static void author(Path file, int line, String name, Map<String, Object> metadata, List<Diagnostic> warnings) {
        metadata.put("author", name);
        warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file, line),
                "read this line as the byline: the author is '" + name + "'"));
    }

    /** The name in a byline line ("by starlight_scribe", "By: Ada Quill"), if the line is one. */
    static Optional<String> author(String line) {
        Matcher byline = BYLINE.matcher(line.strip());
        if (!byline.matches()) {
            return Optional.empty();
        }
        String name = byline.group(1).strip();
        return name.matches(".*[.!?…]$") || name.split("\\s+").length > 5 ? Optional.empty() : Optional.of(name);
    }

    /**
     * A short line that does not end or start like a sentence, is no chapter, scene break or
     * note, and is set in title case: every word but the small ones capitalised.
     */
    static boolean looksLikeTitle(String line) {
        String stripped = line.strip();
        boolean closedBracket = stripped.endsWith(")") && stripped.indexOf('(') > 0;
        if (stripped.length() > 120 || !closedBracket && stripped.matches(".*[.,;:!?\"“”'’…)。！？」』؟]$")
                || stripped.matches("^[\"“„'‘(\\[-].*") || ChapterLines.title(stripped).isPresent()
                || TextReader.SCENE_BREAK.matcher(stripped).matches() || NoteGuesser.find(stripped).isPresent()
                || NoteGuesser.talksToReaders(stripped) || NOT_TITLES.contains(stripped.toLowerCase(Locale.ROOT))
                || author(stripped).isPresent()) {
            return false;
        }
        Matcher by = BY.matcher(stripped);
        String title = by.matches() && isName(by.group(2).strip()) ? by.group(1) : stripped; // a pen name may be lower case
        String[] words = title.strip().split("\\s+");
        if (words.length > 12) {
            return false;
        }
        List<String> letters = new ArrayList<>();
        for (String word : words) {
            String clean = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (!clean.isEmpty() && Character.isLetter(clean.charAt(0))) {
                letters.add(clean);
            }
        }
        for (int i = 0; i < letters.size(); i++) {
            String word = letters.get(i);
            boolean small = i > 0 && SMALL.contains(word.toLowerCase(Locale.ROOT));
            // A script without case (Chinese, Arabic) sets its titles without capitals.
            boolean cased = Character.isUpperCase(word.charAt(0)) || Character.isLowerCase(word.charAt(0));
            if (!small && cased && Character.isLowerCase(word.charAt(0))) {
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
