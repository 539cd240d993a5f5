package org.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quire.markdown.MarkdownConverter;
import org.quire.model.Diagnostic;

/**
 * HTML that Quire's Markdown has no form for is mapped so that the book shows what the page
 * showed, with a warning (new user's trial 2, finding 9), and an XHTML page whose DOCTYPE has an
 * internal subset reads as an XML reader reads it (finding 11). Inputs are the trial's files in
 * {@code import/trial/}.
 */
class HtmlMappingTest {
    private static final Path TRIAL = FormatReadersTest.RESOURCES.resolve("trial");
    private final Importer importer = new Importer(NoteMode.GUESS);

    private static String page(String markdown) {
        return new MarkdownConverter("en").convert(markdown, TRIAL.resolve("x.md"), 1, "c", Optional.of(""))
                .xhtml().markup();
    }

    @Test
    void aDefinitionListIsTermsWithTheirDefinitionsIndented() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("glossary.html"));
        String body = story.chapters().get(0).body();
        assertThat(body).contains("nakama\n\n> comrade, crewmate; someone closer than a friend\n\nbaka\n\n> idiot")
                .doesNotContainPattern("(?m)^:");
        assertThat(page(body)).contains("<blockquote>").doesNotContain(": comrade", ":idiot", "<dl");
        assertThat(story.warnings()).anyMatch(d -> d.code().equals("IMPORT-CHANGED") && d.message().contains("<dl>")
                && d.location().line() == 5);
    }

    @Test
    void aQuotationKeepsItsMarksAndAnEmptyLineStaysAStanzaBreak() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("misc.html"));
        String body = story.chapters().get(0).body();
        assertThat(body).contains("She whispered, \"run\", and they ran.")
                .contains("Line one  \nLine two\n\nLine four after an empty line");
        String page = page(body);
        assertThat(page).contains("She whispered, “run”, and they ran.")
                .contains("<p>Line four after an empty line</p>");
        assertThat(story.warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("<q>")).anyMatch(m -> m.contains("<br><br>"));
    }

    @Test
    void thePicturesAltTextsStayApartWords() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("alts", ".html");
        try {
            java.nio.file.Files.writeString(file, "<html><body><h1>Pics</h1><p>Look: <img alt=\"a cat\"><img alt=\"a dog\">"
                    + "<img alt=\"\"> and done.</p></body></html>");
            ImportedStory story = importer.read(file);
            // Finding 16: "a cata dog" was one word.
            assertThat(story.chapters().get(0).body()).isEqualTo("Look: a cat a dog and done.");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void aDoctypeWithAnInternalSubsetLeaksNothingIntoTheText() throws Exception {
        ImportedStory story = importer.read(TRIAL.resolve("internal-subset.epub"));
        assertThat(story.chapters()).hasSize(1);
        String body = story.chapters().get(0).body();
        assertThat(body).isEqualTo("She said\u00A0no—twice. … été ‘quoted’\n\nSecond paragraph.");
        assertThat(story.chapters().get(0).title()).isEqualTo("One");
    }

    @Test
    void anEntityIsExpandedOnceAndOnlyFromPlainText() {
        String html = "<!DOCTYPE html [\n<!ENTITY a \"x&#65;\">\n<!ENTITY b \"&a;&a;\">\n<!ENTITY c SYSTEM \"file:///etc/passwd\">\n]>"
                + "<p>&a; &b; &c;</p>";
        String read = HtmlReader.withoutSubset(html);
        assertThat(read).isEqualTo("<!DOCTYPE html>\n\n\n\n<p>x&#65; &b; &c;</p>");
    }
}
