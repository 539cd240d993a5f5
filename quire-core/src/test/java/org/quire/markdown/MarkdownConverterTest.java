package org.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** Spec-style examples: a piece of Markdown in, the XHTML the book gets out. */
class MarkdownConverterTest {
    private static final Path FILE = Path.of("stories", "story.md");
    private final MarkdownConverter english = new MarkdownConverter("en");

    private MarkdownConverter.Converted convert(MarkdownConverter converter, String markdown) {
        return converter.convert(markdown, FILE, 5, "c001-", Optional.of("Given"));
    }

    private String html(String markdown) {
        return convert(english, markdown).xhtml().markup();
    }

    @Test
    void curlsQuotesAndApostrophesInEnglish() {
        assertThat(html("\"Where's Jo?\" he asked. 'Now.'"))
                .isEqualTo("<p>\u201CWhere\u2019s Jo?\u201D he asked. \u2018Now.\u2019</p>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de | \u201EJa\u201C, sagte sie.",
            "fr | \u00AB&#xa0;Oui&#xa0;\u00BB, dit-elle.",
            "ru | \u00ABДа\u00BB, сказала она."})
    void usesTheQuotationMarksOfTheStorysLanguage(String language, String expected) {
        String word = language.equals("de") ? "Ja" : language.equals("fr") ? "Oui" : "Да";
        String rest = language.equals("de") ? ", sagte sie." : language.equals("fr") ? ", dit-elle." : ", сказала она.";
        String out = convert(new MarkdownConverter(language), "\"" + word + "\"" + rest).xhtml().markup();
        assertThat(out).isEqualTo("<p>" + expected + "</p>");
    }

    @Test
    void turnsDashesAndDotsIntoTypography() {
        assertThat(html("then---nothing... pages 3--4"))
                .isEqualTo("<p>then\u2014nothing\u2026 pages 3\u20134</p>");
    }

    @Test
    void curlsAQuoteThatLostItsPartner() {
        assertThat(html("This is what I get for being happy,\" he thought."))
                .isEqualTo("<p>This is what I get for being happy,\u201D he thought.</p>");
        assertThat(html("\"A speech that runs on\n\nto the next paragraph.\""))
                .isEqualTo("<p>\u201CA speech that runs on</p>\n<p>to the next paragraph.\u201D</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"***", "* * *", "---", "#", "___"})
    void makesEverySceneBreakMarkerAnAccessibleSeparator(String marker) {
        assertThat(html("Before.\n\n" + marker + "\n\nAfter."))
                .isEqualTo("<p>Before.</p>\n<div class=\"scene-break\" role=\"separator\" aria-label=\"Scene break\">* * *</div>\n<p>After.</p>");
    }

    @Test
    void keepsHardLineBreaksForVerse() {
        assertThat(html("> Sleep now, my darling,  \n> the lamp is alight."))
                .isEqualTo("<blockquote>\n<p class=\"lines\"><span class=\"line\">Sleep now, my darling,</span>\n<span class=\"line\">the lamp is alight.</span></p>\n</blockquote>");
    }

    @Test
    void curlsPlainMetadataText() {
        assertThat(english.plain("The Lighthouse Keeper's Daughter")).isEqualTo("The Lighthouse Keeper\u2019s Daughter");
        assertThat(english.plain("\"Quoted\" and 'single' in '90s... ok---fine 3--4"))
                .isEqualTo("\u201CQuoted\u201D and \u2018single\u2019 in \u201990s\u2026 ok\u2014fine 3\u20134");
    }

    @Test
    void linksFootnotesBothWaysWithEpubSemantics() {
        String out = html("The lens[^1] turned.\n\n[^1]: A Fresnel lens.");
        assertThat(out).contains("<a class=\"footnote-ref\" href=\"#c001-fn-1\" id=\"c001-fnref-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a>");
        assertThat(out).contains("<aside id=\"c001-fn-1\" class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\">");
        assertThat(out).contains("<a href=\"#c001-fnref-1\" role=\"doc-backlink\" class=\"footnote-number\">1.</a> A Fresnel lens.</p>");
    }

    @Test
    void rendersEmphasisListsAndQuotes() {
        assertThat(html("*soft* and **loud** and ~~gone~~")).isEqualTo("<p><em>soft</em> and <strong>loud</strong> and <del>gone</del></p>");
        assertThat(html("- one\n- two")).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    }

    @Test
    void takesALeadingHeadingAsTheTitleWhenNoneIsGiven() {
        MarkdownConverter.Converted converted = english.convert("# The Storm\n\nRain.", FILE, 1, "c", Optional.empty());
        assertThat(converted.leadingTitle()).contains("The Storm");
        assertThat(converted.xhtml().markup()).isEqualTo("<p>Rain.</p>");
    }

    @Test
    void doesNotPrintTheGivenTitleTwiceButKeepsOtherHeadingsOneLevelDown() {
        assertThat(english.convert("# Given\n\nText.", FILE, 1, "c", Optional.of("Given")).xhtml().markup())
                .isEqualTo("<p>Text.</p>");
        assertThat(english.convert("# Other\n\nText.", FILE, 1, "c", Optional.of("Given")).xhtml().markup())
                .isEqualTo("<h2>Other</h2>\n<p>Text.</p>");
    }

    @Test
    void dropsScriptsAndEventHandlersWithAWarningAtTheirLine() {
        MarkdownConverter.Converted converted = convert(english,
                "Fine.\n\n<script>alert(1)</script>\n\n<span onclick=\"steal()\">Hi</span> there.");
        assertThat(converted.xhtml().markup()).doesNotContain("script", "onclick", "alert").contains("<span>Hi</span> there.");
        assertThat(converted.warnings()).extracting(Object::toString).containsExactly(
                "stories/story.md:7: warning [HTML-REMOVED] <script> removed with its content (a browser never shows it)",
                "stories/story.md:9: warning [HTML-REMOVED] event handler onclick removed");
    }

    @Test
    void neverFetchesExternalImagesAndKeepsTheirAltText() {
        MarkdownConverter.Converted converted = convert(english, "See ![a gull](https://example.org/gull.png) here.");
        assertThat(converted.xhtml().markup()).isEqualTo("<p>See <span class=\"image-alt\">a gull</span> here.</p>");
        assertThat(converted.warnings()).singleElement().asString()
                .contains(":5: warning [HTML-REMOVED] image https://example.org/gull.png is outside the story");
    }

    @Test
    void makesBrokenRawHtmlWellFormed() throws Exception {
        String out = html("<div><p>unclosed <b>bold\n\nand <br> a <hr> and &mdash; &hellip; &nbsp;");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.newDocumentBuilder().parse(new InputSource(new StringReader("<body>" + out + "</body>")));
        assertThat(out).doesNotContain("&mdash;", "&hellip;", "&nbsp;").contains("\u2014", "\u2026");
    }

    @Test
    void anUnclosedScriptOrXmpDoesNotSwallowTheTextAfterItAndPrintsAsTyped() {
        MarkdownConverter.Converted converted = convert(english,
                "She saw the <script> tag in the text.\n\nSecond paragraph.\n\nThird with <xmp> inside and more words.");
        // Never closed in its paragraph, so not HTML: the writer is talking about the tags.
        assertThat(converted.xhtml().markup()).doesNotContain("<script", "<xmp")
                .contains("the &lt;script&gt; tag in the text.", "Second paragraph.", "&lt;xmp&gt; inside and more words.");
        assertThat(converted.warnings()).extracting(Object::toString).allMatch(w -> w.contains("[HTML-AS-TEXT]")).hasSize(2);
    }

    @Test
    void idsAndLinksInRawHtmlAreMadeValid() {
        String out = html("<span id=\"1 bad\">one</span> <span id=\"x\">a</span> <span id=\"x\">b</span> "
                + "<a href=\"#nowhere\">link</a> <span data-a:b=\"1\">ns</span>");
        assertThat(out).doesNotContain("1 bad", "#nowhere", "data-a:b").containsOnlyOnce("id=\"x\"")
                .contains("one", "link", "ns");
    }

    @Test
    void aBlankLineInsideVerseIsSkippedNotFatal() {
        assertThat(html("Roses are red,\\\n\\\nviolets are blue."))
                .isEqualTo("<p class=\"lines\"><span class=\"line\">Roses are red,</span>\n<span class=\"line\">violets are blue.</span></p>");
    }

    @Test
    void countsWordsOfTheText() {
        assertThat(convert(english, "Please\u2026please come back, Jo. I love you \u2014 always.").words()).isEqualTo(8);
    }
}
