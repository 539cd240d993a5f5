package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * A Word document's blocks gathered into chapters. The highest heading level used more than
 * once starts chapters (a document with one heading at its start has it as its title); higher
 * headings start chapters too and, having no text, are joined to the next one by
 * {@link Chapters#fold}; lower ones are headings in the text. A document without headings has
 * its chapters start at chapter lines ("Chapter One", as {@link ChapterLines} reads them) when it
 * has two or more, else at its page breaks. What stands before the first chapter is read as a
 * manuscript's front ({@link DocxFront}): title, byline, subtitle and dedication go to metadata;
 * other text there is an unnumbered opening, never a "Chapter 1" that misnumbers the rest.
 */
final class DocxChapters {
    enum Kind { TEXT, QUOTE, LIST, HEADING, TITLE, SUBTITLE, AUTHOR, DATE, ABSTRACT, BREAK, TABLE }

    /**
     * One block of the body as read.
     *
     * @param markdown the block's Markdown; for a heading, its text without the heading's own style
     * @param align the paragraph's {@code w:jc}: "center", "right"… or empty
     * @param notes the definitions of the notes the block calls
     */
    record Block(Kind kind, int level, String markdown, String plain, String align, boolean pageBefore,
                 boolean pageAfter, List<String> notes) {
    }

    private final List<Block> blocks;
    private final List<Diagnostic> warnings;
    private final Location at;
    private final List<ImportedChapter> chapters = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();
    private final List<String> definitions = new ArrayList<>();
    private String title = "";
    private boolean started;
    private boolean lastWasList;

    DocxChapters(List<Block> blocks, List<Diagnostic> warnings, Location at) {
        this.blocks = blocks;
        this.warnings = warnings;
        this.at = at;
    }

    List<ImportedChapter> chapters(Map<String, Object> metadata) {
        Map<Integer, Integer> levels = new TreeMap<>();
        blocks.stream().filter(b -> b.kind() == Kind.HEADING && !b.plain().isBlank())
                .forEach(b -> levels.merge(b.level(), 1, Integer::sum));
        int chapterLevel = levels.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .findFirst().orElse(levels.isEmpty() ? 0 : levels.keySet().iterator().next());
        boolean byLines = chapterLevel == 0 && blocks.stream().filter(this::isChapterLine).count() >= 2;
        boolean byPages = chapterLevel == 0 && !byLines;
        int firstStart = firstStart(chapterLevel, byLines);
        DocxFront front = new DocxFront(metadata, warnings, at);
        boolean titled = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.pageBefore() && byPages) {
                flush();
            }
            if (i < firstStart && !started && chapters.isEmpty() && front.take(block)) {
                definitions.addAll(block.notes());
                continue;
            }
            if (byLines && isChapterLine(block)) {
                flush();
                title = ChapterLines.title(block.plain().strip()).orElseThrow();
                started = true;
                definitions.addAll(block.notes());
                continue;
            }
            switch (block.kind()) {
                case SUBTITLE -> front.subtitle(block, started);
                case TITLE -> {
                    if (!titled && !block.plain().isBlank()) {
                        metadata.put("title", block.plain());
                        titled = true;
                    } else {
                        text(block);
                    }
                }
                case AUTHOR -> {
                    if (started) {
                        text(block);
                    } else {
                        front.author(block);
                    }
                }
                case DATE -> {
                    if (block.plain().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        metadata.putIfAbsent("published", block.plain());
                    } else {
                        text(block);
                    }
                }
                case ABSTRACT -> metadata.merge("summary", block.markdown(), (a, b) -> a + "\n\n" + b);
                case HEADING -> {
                    if (block.plain().isBlank()) {
                        break;
                    }
                    boolean onlyHeading = levels.size() == 1 && levels.values().iterator().next() == 1;
                    if (!titled && !started && chapters.isEmpty() && title.isEmpty()
                            && (onlyHeading || (block.level() < chapterLevel && levels.get(block.level()) == 1))) {
                        metadata.put("title", block.plain()); // the document's one heading, before its text
                        titled = true;
                    } else if (block.level() <= chapterLevel) {
                        flush();
                        title = block.plain();
                        started = true;
                    } else {
                        add("#".repeat(Math.min(6, block.level() - chapterLevel + 1)) + " " + block.markdown(), block.align());
                    }
                }
                case BREAK -> add("* * *", "");
                case TABLE -> add(block.markdown(), "");
                case TEXT -> text(block);
                case LIST -> {
                    if (lastWasList && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "\n" + block.markdown());
                    } else {
                        add(block.markdown(), "");
                    }
                }
                case QUOTE -> {
                    if (!block.markdown().isBlank()) {
                        add("> " + block.markdown().replace("\n", "\n> "), block.align());
                    }
                }
            }
            definitions.addAll(block.notes());
            lastWasList = block.kind() == Kind.LIST;
            if (block.pageAfter() && byPages) {
                flush();
            }
        }
        flush();
        front.finish();
        opening();
        return chapters;
    }

    private boolean isChapterLine(Block block) {
        return block.kind() == Kind.TEXT && ChapterLines.title(block.plain().strip()).isPresent();
    }

    /**
     * The index of the block that starts the first chapter, or -1 when nothing does: the first
     * chapter heading or chapter line; in a document cut at page breaks, the first page break.
     */
    private int firstStart(int chapterLevel, boolean byLines) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean start = chapterLevel > 0 ? block.kind() == Kind.HEADING && !block.plain().isBlank()
                    && block.level() <= chapterLevel
                    : byLines ? isChapterLine(block) : block.pageBefore() || i > 0 && blocks.get(i - 1).pageAfter();
            if (start) {
                return i;
            }
        }
        return -1;
    }

    /** Text before the first titled chapter is an opening: titled so that the chapters after it keep their numbers. */
    private void opening() {
        if (chapters.size() < 2 || !chapters.get(0).title().isEmpty() || chapters.get(1).title().isEmpty()
                || ChapterLines.number(chapters.get(1).title()) == 2) { // before "Chapter Two" stands chapter 1
            return;
        }
        String text = String.join(" ", blocks.stream().map(Block::plain).toList());
        String name = TextLanguage.prologue(TextLanguage.guess(text).orElse("en"));
        ImportedChapter first = chapters.get(0);
        chapters.set(0, new ImportedChapter(name, first.summary(), first.notes(), first.body(), first.endNotes(), 0));
        warnings.add(Diagnostic.warning("IMPORT-OPENING", at, "the text before the first chapter ('"
                + DocxFront.excerpt(first.body()) + "') is kept as an opening chapter titled '" + name
                + "' (change its title in its front matter, or join it to the chapter after it)"));
    }

    private void text(Block block) {
        if (!block.markdown().isBlank()) {
            add(block.markdown(), block.align());
        }
    }

    /** A block of the chapter's text; a centred or right-aligned one between its block placeholders. */
    private void add(String markdown, String align) {
        started = true;
        switch (align) {
            case "center" -> parts.add(HtmlMarks.CENTRE_OPEN + "\n\n" + markdown + "\n\n" + HtmlMarks.CENTRE_CLOSE);
            case "right", "end" -> parts.add(HtmlMarks.RIGHT_OPEN + "\n\n" + markdown + "\n\n" + HtmlMarks.RIGHT_CLOSE);
            default -> parts.add(markdown);
        }
    }

    private void flush() {
        if (!parts.isEmpty() || !title.isEmpty()) {
            List<String> body = new ArrayList<>();
            if (!parts.isEmpty()) {
                body.add(HtmlMarks.blocks(String.join("\n\n", parts)));
            }
            body.addAll(definitions);
            chapters.add(new ImportedChapter(title, "", "", String.join("\n\n", body), "", 0));
        } else if (!definitions.isEmpty() && !chapters.isEmpty()) {
            ImportedChapter last = chapters.remove(chapters.size() - 1);
            chapters.add(new ImportedChapter(last.title(), "", "", last.body() + "\n\n" + String.join("\n\n", definitions),
                    "", 0));
        }
        parts.clear();
        definitions.clear();
        title = "";
    }
}
