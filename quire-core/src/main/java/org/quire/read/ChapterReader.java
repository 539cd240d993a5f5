package org.quire.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.quire.markdown.InlineTitle;
import org.quire.markdown.MarkdownConverter;
import org.quire.model.Chapter;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;
import org.quire.model.Xhtml;

/** Reads one chapter file of a multi-chapter story: optional front matter, then Markdown. */
final class ChapterReader {
    private final MarkdownConverter markdown;
    private final MetadataBinder binder;
    private final List<Diagnostic> sink;

    ChapterReader(MarkdownConverter markdown, List<Diagnostic> sink) {
        this.markdown = markdown;
        this.binder = new MetadataBinder(sink);
        this.sink = sink;
    }

    Chapter read(Path file, int number) throws IOException, StoryException {
        String text = SourceText.read(file);
        FrontMatter parts = FrontMatter.split(file, text);
        YamlFields fields = parts.present()
                ? YamlSource.parse(file, parts.yaml(), parts.yamlLine(), KeyNames.CHAPTER, sink)
                : YamlFields.empty(file, 1, KeyNames.CHAPTER, sink);
        Optional<String> typedTitle = fields.text("title").map(String::strip).filter(t -> !t.isEmpty());
        if (parts.body().isBlank()) {
            throw new StoryException(Diagnostic.error("EMPTY-CHAPTER", Location.of(file, parts.bodyLine()),
                    "the chapter has no text; write it below the front matter, or remove the file"));
        }
        String markdownText = parts.body();
        int firstLine = parts.bodyLine();
        if (typedTitle.isPresent() && typedTitle.get().contains("[^")) {
            // A footnote called from the title: the title is read as the text's heading, where notes work.
            markdownText = "# " + typedTitle.get() + "\n\n" + markdownText;
            firstLine -= 2;
            typedTitle = Optional.empty();
        }
        Optional<InlineTitle> givenTitle = typedTitle.map(markdown::title);
        Optional<String> given = givenTitle.map(InlineTitle::text);
        String prefix = String.format("c%03d-", number);
        MarkdownConverter.Converted body = markdown.convert(markdownText, file, firstLine, prefix, given);
        sink.addAll(body.warnings());
        String title = given.or(body::leadingTitle).orElse("Chapter " + number);
        boolean untitled = given.isEmpty() && body.leadingTitle().isEmpty();
        Xhtml titleMarkup = givenTitle.isPresent() && body.leadingTitle().isEmpty()
                ? givenTitle.get().markup() : body.leadingTitleMarkup();
        return new Chapter(number, title, untitled, titleMarkup,
                binder.markdown(fields, "summary", markdown, prefix),
                binder.markdown(fields, "notes", markdown, prefix),
                body.xhtml(),
                binder.markdown(fields, "end_notes", markdown, prefix),
                body.words(), file);
    }

    /** A one-shot's single chapter: its text is the story's, its notes are the story's own. */
    Chapter oneShot(Path file, String title, String text, int firstLine) {
        MarkdownConverter.Converted body = markdown.convert(text, file, firstLine, "c001-", Optional.of(title));
        sink.addAll(body.warnings());
        return new Chapter(1, title, true, Xhtml.EMPTY, Xhtml.EMPTY, Xhtml.EMPTY, body.xhtml(), Xhtml.EMPTY,
                body.words(), file);
    }
}
