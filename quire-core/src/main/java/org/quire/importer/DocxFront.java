package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.quire.importer.DocxChapters.Block;
import org.quire.importer.DocxChapters.Kind;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The front of a Word manuscript, before its first chapter, read into metadata as a writer sets
 * it out: a title line (bold or centred, set like a title), a byline ("by Ann Nolan"), the
 * {@code Subtitle} and {@code Author} paragraphs pandoc writes, and a dedication ("For my father,
 * …" in italics or centred). Only these forms are taken, in a row from the start; the first
 * paragraph that is none of them ends the front, and it and all after it stay text. Each one
 * taken is a warning naming its words.
 */
final class DocxFront {
    /** A dedication's opening words, in English, German, French, Spanish and Italian. */
    static final Pattern DEDICATION = Pattern.compile("^(?:for|to|dedicated to|in (?:loving )?memory of|für"
            + "|in erinnerung an|pour|à|a|para|en memoria de|per|in memoria di)\\s+\\S.*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEDICATION_WORDS = 40;

    private final Map<String, Object> metadata;
    private final List<Diagnostic> warnings;
    private final Location at;
    private final List<String> authors = new ArrayList<>();
    private boolean done;
    private boolean titleLine;
    private boolean styledTitle;

    DocxFront(Map<String, Object> metadata, List<Diagnostic> warnings, Location at) {
        this.metadata = metadata;
        this.warnings = warnings;
        this.at = at;
    }

    /** Takes {@code block} into metadata if it is a title, byline or dedication line of the front. */
    boolean take(Block block) {
        styledTitle |= block.kind() == Kind.TITLE;
        if (done || block.kind() != Kind.TEXT) {
            done |= block.kind() != Kind.TITLE && block.kind() != Kind.SUBTITLE && block.kind() != Kind.AUTHOR
                    && block.kind() != Kind.DATE && block.kind() != Kind.ABSTRACT;
            return false;
        }
        String plain = block.plain().strip();
        if (plain.isEmpty()) {
            return true; // an empty paragraph spacing the title page: no words to keep
        }
        boolean set = isItalic(block) || isBold(block) || block.align().equals("center");
        Object title = metadata.get("title");
        if (!titleLine && authors.isEmpty() && set && TextTitle.looksLikeTitle(plain)) {
            titleLine = true;
            if (!styledTitle || title == null) {
                // The line the writer set is the title; a document property often is a file's working name.
                metadata.put("title", plain);
                warn("read '" + plain + "' before the first chapter as the title"
                        + (title == null || title.toString().equals(plain) ? "" : " (the document's properties say '" + title + "')"));
            } else if (title.toString().strip().equalsIgnoreCase(plain)) {
                warn("left out '" + plain + "' before the first chapter: it repeats the title");
            } else {
                metadata.put("title", title + ": " + plain);
                warn("read '" + plain + "' under the title as its subtitle: the title is now '" + title + ": " + plain + "'");
            }
            return true;
        }
        var byline = TextTitle.author(plain);
        if (byline.isPresent()) {
            authors.add(byline.get());
            warn("read '" + plain + "' before the first chapter as the byline");
            return true;
        }
        if ((isItalic(block) || block.align().equals("center")) && DEDICATION.matcher(plain).matches()
                && plain.split("\\s+").length <= MAX_DEDICATION_WORDS && !metadata.containsKey("dedication")) {
            metadata.put("dedication", unwrapItalic(block.markdown()));
            warn("read '" + plain + "' before the first chapter as the dedication");
            return true;
        }
        done = true;
        return false;
    }

    /** A {@code Subtitle} paragraph: joined to the title, as "Title: Subtitle", since a story has one title. */
    void subtitle(Block block, boolean started) {
        String plain = block.plain().strip();
        if (plain.isEmpty()) {
            return;
        }
        Object title = metadata.get("title");
        String joined = title == null ? plain : title + ": " + plain;
        metadata.put("title", joined);
        warn("read the Subtitle paragraph '" + plain + "' into the title: '" + joined + "'"
                + (started ? " (it stood after the text began)" : ""));
    }

    /** An {@code Author} paragraph: one author each. */
    void author(Block block) {
        String plain = block.plain().strip();
        if (!plain.isEmpty()) {
            authors.add(plain.replaceFirst("(?i)^by\\s+", ""));
        }
    }

    /**
     * The authors the document's text names replace the file's creator property (often the name
     * of the computer's account); a creator property of several names ("A; B") is a list.
     */
    void finish() {
        if (!authors.isEmpty()) {
            metadata.put("author", authors.size() == 1 ? authors.get(0) : List.copyOf(authors));
        } else if (metadata.get("author") instanceof String creator && creator.contains(";")) {
            List<String> names = new ArrayList<>();
            for (String name : creator.split("\\s*;\\s*")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            metadata.put("author", names.size() == 1 ? names.get(0) : names);
        }
    }

    private void warn(String message) {
        warnings.add(Diagnostic.warning("IMPORT-TITLE", at, message));
    }

    private static boolean isItalic(Block block) {
        String md = block.markdown().strip();
        return md.length() > 2 && (md.startsWith("*") && !md.startsWith("**") || md.startsWith("_"))
                && (md.endsWith("*") || md.endsWith("_"));
    }

    private static boolean isBold(Block block) {
        String md = block.markdown().strip();
        return md.length() > 4 && md.startsWith("**") && md.endsWith("**");
    }

    private static String unwrapItalic(String markdown) {
        String md = markdown.strip();
        return md.matches("(?s)\\*[^*].*[^*]\\*|_[^_].*[^_]_") ? md.substring(1, md.length() - 1) : md;
    }

    /** The first words of a text, for a warning. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 60 ? flat.substring(0, 57) + "…" : flat;
    }
}
