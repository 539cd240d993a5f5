package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Word document's blocks gathered into chapters. The highest heading level used more than
 * once starts chapters (a document with one heading at its start has it as its title); higher
 * headings start chapters too and, having no text, are joined to the next one by
 * {@link Chapters#fold}; lower ones are headings in the text. A document without headings is cut
 * at its page breaks.
 */
final class DocxChapters {
    enum Kind { TEXT, QUOTE, LIST, HEADING, TITLE, AUTHOR, DATE, ABSTRACT, BREAK, TABLE }

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
    private final List<ImportedChapter> chapters = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();
    private final List<String> definitions = new ArrayList<>();
    private String title = "";
    private boolean started;
    private boolean lastWasList;

    DocxChapters(List<Block> blocks) {
        this.blocks = blocks;
    }

    List<ImportedChapter> chapters(Map<String, Object> metadata) {
        Map<Integer, Integer> levels = new TreeMap<>();
        blocks.stream().filter(b -> b.kind() == Kind.HEADING && !b.plain().isBlank())
                .forEach(b -> levels.merge(b.level(), 1, Integer::sum));
        int chapterLevel = levels.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .findFirst().orElse(levels.isEmpty() ? 0 : levels.keySet().iterator().next());
        boolean titled = false;
        for (Block block : blocks) {
            if (block.pageBefore() && chapterLevel == 0) {
                flush();
            }
            switch (block.kind()) {
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
                    } else if (!block.plain().isBlank()) {
                        metadata.putIfAbsent("author", block.plain().replaceFirst("(?i)^by\\s+", ""));
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
            if (block.pageAfter() && chapterLevel == 0) {
                flush();
            }
        }
        flush();
        return chapters;
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
