package org.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.quire.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec-style examples of Markdown as fiction writers type it and of HTML as archives paste it:
 * the input, and the XHTML a book gets. Every word typed stays; a change of markup is a warning.
 */
class WritersMarkdownTest {
    private static final Path FILE = Path.of("stories", "story.md");

    private static MarkdownConverter.Converted convert(String language, String markdown) {
        return new MarkdownConverter(language).convert(markdown, FILE, 1, "c001-", Optional.empty());
    }

    private static String html(String markdown) {
        return convert("en", markdown).xhtml().markup();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "four spaces     | `    Indented prose.`     | <p>Indented prose.</p>",
            "a tab           | `\tTabbed prose.`        | <p>Tabbed prose.</p>",
            "eight spaces    | `        Deeper still.`  | <p>Deeper still.</p>"})
    void anIndentedParagraphIsProseNeverCode(String name, String markdown, String expected) {
        assertThat(html(markdown)).isEqualTo(expected);
    }

    @Test
    void aLineOfTildesIsASceneBreakAndBacktickFencesStayCode() {
        assertThat(html("One.\n\n~~~\n\nTwo.\n\n~~~~~~~~\n\nThree.")).containsOnlyOnce("<p>Two.</p>")
                .contains("<p>Three.</p>").doesNotContain("<pre").contains("role=\"separator\"");
        assertThat(html("```\nkept *as* code\n```")).isEqualTo("<pre><code>kept *as* code\n</code></pre>");
        assertThat(html("~~~python\nx = 1\n~~~")).isEqualTo("<pre><code class=\"language-python\">x = 1\n</code></pre>");
        assertThat(html("Then\n===\nmore.")).doesNotContain("<h").contains("<p>Then</p>").contains("role=\"separator\"")
                .contains("<p>more.</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "rock 'n' roll   | `rock 'n' roll`          | rock \u2019n\u2019 roll",
            "'tis            | `'Tis true, 'twas so.`   | \u2019Tis true, \u2019twas so.",
            "decades         | `the '90s and '07`        | the \u201990s and \u201907",
            "'em and 'cause  | `get 'em 'cause`         | get \u2019em \u2019cause",
            "h-dropping      | `told 'im and 'er`       | told \u2019im and \u2019er",
            "word end        | `goin' home`             | goin\u2019 home",
            "after markup    | `*Hamlet*'s last act`    | <em>Hamlet</em>\u2019s last act",
            "after a bang    | `Oklahoma!'s overture`   | Oklahoma!\u2019s overture",
            "'Sup            | `'Sup? 'Kay.`            | \u2019Sup? \u2019Kay.",
            "a real quote    | `'Hello,' she said.`     | \u2018Hello,\u2019 she said."})
    void elisionsTakeAnApostropheAndQuotesStillCurl(String name, String markdown, String expected) {
        assertThat(html(markdown)).isEqualTo("<p>" + expected + "</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "em dash           | `then---nothing`          | then\u2014nothing",
            "range             | `pages 3--4`              | pages 3\u20134",
            "spaced dash       | `wait -- no`              | wait \u2013 no",
            "broken-off word   | `since--since`            | since\u2014since",
            "four hyphens      | `a ---- b`                | a ---- b",
            "arrows            | `x --> y <-- z`           | x --&gt; y &lt;-- z",
            "a rule of pipes   | `| --- | --- |`           | `| --- | --- |`",
            "equals            | `== equals ==`            | == equals =="})
    void dashesOnlyBetweenWords(String name, String markdown, String expected) {
        assertThat(html(markdown)).isEqualTo("<p>" + expected + "</p>");
    }

    @Test
    void frenchSetsItsSpacesSoNoLineStartsWithAMark() {
        assertThat(convert("fr", "Tu viens ? Oui! Non ; peut-\u00EAtre. Il dit : \"Bonjour\"").xhtml().markup())
                .isEqualTo("<p>Tu viens\u202F? Oui\u202F! Non\u202F; peut-\u00EAtre. Il dit&#xa0;: \u00AB&#xa0;Bonjour&#xa0;\u00BB</p>");
        assertThat(convert("fr", "\u00C0 10:30, http://exemple.fr/a?b=c").xhtml().markup())
                .isEqualTo("<p>\u00C0 10:30, <span class=\"url\">http://exemple.fr/a?b=c</span></p>");
    }

    @Test
    void doubleAngleBracketsAreGuillemetsOnlyWhereTheLanguageUsesThem() {
        assertThat(html("<<REBIRTH>>")).isEqualTo("<p>&lt;&lt;REBIRTH&gt;&gt;</p>");
        assertThat(convert("fr", "<<REBIRTH>>").xhtml().markup()).isEqualTo("<p>\u00AB&#xa0;REBIRTH&#xa0;\u00BB</p>");
    }

    @Test
    void aLineOpenedWithDoubleAnglesAndClosedWithThemIsSpeechNotANestedQuotation() {
        assertThat(html(">>SYSTEM: Quest failed<<")).isEqualTo("<p>&gt;&gt;SYSTEM: Quest failed&lt;&lt;</p>");
        assertThat(convert("de", ">> Nein <<, sagte sie.").xhtml().markup()).isEqualTo("<p>&gt;&gt; Nein &lt;&lt;, sagte sie.</p>");
        assertThat(convert("fr", ">>Viens !<<").xhtml().markup()).doesNotContain("blockquote");
        assertThat(html(">> a quotation\n>> nested twice")).contains("<blockquote>\n<blockquote>");
    }

    @Test
    void dialogueTypedWithAHyphenIsDialogueWhereTheLanguageWritesItSo() {
        assertThat(convert("fr", "- Bonjour, dit-il.\n- Bonsoir.").xhtml().markup())
                .isEqualTo("<p>\u2014 Bonjour, dit-il.</p>\n<p>\u2014 Bonsoir.</p>");
        assertThat(convert("es", "- Hola -dijo.").xhtml().markup()).isEqualTo("<p>\u2014Hola -dijo.</p>");
        assertThat(convert("ru", "- Да, - сказал он.").xhtml().markup()).isEqualTo("<p>\u2014 Да, \u2014 сказал он.</p>");
        assertThat(html("- apples\n- pears")).isEqualTo("<ul>\n<li>apples</li>\n<li>pears</li>\n</ul>");
    }

    @Test
    void inATextPastedWithEveryLineIndentedScenesBreakAndNotesWork() {
        String pasted = "    First scene.[^1]\n\n    * * *\n\n\t~~~\n\n    Second scene.\n\n    [^1]: The note.";
        String html = html(pasted);
        assertThat(html).contains("<p>First scene.<sup").contains("<p>Second scene.</p>").contains("The note.")
                .doesNotContain("<p>* * *").doesNotContain("~~~").doesNotContain("[^1]");
        assertThat(html.split("role=\"separator\"", -1)).hasSize(3);
        assertThat(html("        *\n       ***\n      *****\n        |")).doesNotContain("separator"); // a shape poem
    }

    @Test
    void aQuotationInsideAQuotationTakesTheSecondaryMarks() {
        assertThat(convert("ru", "\"Это \"наша\" ночь\"").xhtml().markup()).isEqualTo("<p>\u00ABЭто \u201Eнаша\u201C ночь\u00BB</p>");
        assertThat(html("\"She said \"no\" twice\"")).isEqualTo("<p>\u201CShe said \u2018no\u2019 twice\u201D</p>");
        assertThat(convert("de", "\"Er rief \"Halt\" laut\"").xhtml().markup()).isEqualTo("<p>\u201EEr rief \u201AHalt\u2018 laut\u201C</p>");
    }

    @Test
    void linesStackedOnPurposeKeepTheirBreaksWhileWrappedProseJoins() {
        assertThat(html("<Status>\nName: Kael\n<progress> 40%")).isEqualTo("<p class=\"lines\">"
                + "<span class=\"line\">&lt;Status&gt;</span>\n<span class=\"line\">Name: Kael</span>\n"
                + "<span class=\"line\">&lt;progress&gt; 40%</span></p>");
        assertThat(html("> Chat log:\n> **Kael**: hi\n> **Mira**: <3")).contains("<span class=\"line\">Chat log:</span>",
                "<span class=\"line\"><strong>Kael</strong>: hi</span>", "<span class=\"line\"><strong>Mira</strong>: &lt;3</span>");
        assertThat(html("[HP: 45/100]\n[MP: 3/30]")).contains("<span class=\"line\">[HP: 45/100]</span>");
        assertThat(html("She had walked a long way that night,\nand the sea was quiet.")).doesNotContain("line");
        assertThat(html("<em>Then</em> it began.\n<em>Now</em> it ends.")).doesNotContain("line");
    }

    @Test
    void wordsAfterABlockPastedInsideAParagraphStayInOne() {
        assertThat(html("A line and <hr> rule.\n\n> quoted <hr> after.")).contains("</div><p>rule.</p>")
                .contains("</div><p>after.</p>");
    }

    @Test
    void aNoteCalledButNeverDefinedPrintsAsTypedWithAWarning() {
        MarkdownConverter.Converted converted = convert("en", "One.\n\nAs she said.[^nowhere]");
        assertThat(converted.xhtml().markup()).contains("[^nowhere]");
        assertThat(converted.warnings()).extracting(Object::toString).containsExactly(FILE
                + ":3: warning [FOOTNOTE-UNDEFINED] footnote [^nowhere] is called but never defined, so it prints"
                + " as typed: add a line '[^nowhere]: the note's text' after the paragraph");
    }

    @Test
    void textInAngleBracketsThatIsNotHtmlPrintsAsTyped() {
        MarkdownConverter.Converted converted = convert("en",
                "<Quest accepted> <Skill gained: Alchemy> <Alice> <Stay here> </Quest> <Time left> and <b>bold</b>");
        assertThat(converted.xhtml().markup()).isEqualTo("<p>&lt;Quest accepted&gt; &lt;Skill gained: Alchemy&gt; "
                + "&lt;Alice&gt; &lt;Stay here&gt; &lt;/Quest&gt; &lt;Time left&gt; and <b>bold</b></p>");
        assertThat(converted.warnings()).isEmpty();
    }

    @Test
    void presentationalHtmlIsMappedWithAWarningAtItsLine() {
        MarkdownConverter.Converted converted = convert("en",
                "Intro.\n\n<center>Centred</center>\n\n<strike>never</strike> <u>always</u> <font color=red>red</font>");
        assertThat(converted.xhtml().markup()).isEqualTo(
                "<p>Intro.</p>\n<div class=\"center\">Centred</div>\n<p><s>never</s> <u>always</u> red</p>");
        assertThat(converted.warnings()).extracting(Object::toString).containsExactly(
                "stories/story.md:3: warning [HTML-MAPPED] <center> is obsolete HTML; set as a centred block",
                "stories/story.md:5: warning [HTML-MAPPED] <strike> is obsolete HTML; set as <s>",
                "stories/story.md:5: warning [HTML-MAPPED] <font> only changes the look; its text is kept, the theme sets the look");
    }

    @Test
    void commentsAreTheWritersOwnAndNeverPublished() {
        assertThat(html("Text.<!-- inline -->\n\n<!-- a block\nof two lines -->\n\nMore.")).isEqualTo("<p>Text.</p>\n<p>More.</p>");
    }

    @Test
    void bracesAndNoteLinesThatLookLikeMarkupStayText() {
        assertThat(html("[Author's Note]: Thanks")).isEqualTo("<p>[Author\u2019s Note]: Thanks</p>");
        assertThat(html("She signed {hello} to him.")).isEqualTo("<p>She signed {hello} to him.</p>");
        assertThat(html("A paragraph.\n{.fancy}")).isEqualTo("<p class=\"fancy\">A paragraph.</p>");
    }

    @Test
    void aFootnoteNobodyCallsKeepsItsWordsWithAWarning() {
        MarkdownConverter.Converted converted = convert("en", "Text.\n\n[^orphan]: Words of a note.");
        assertThat(converted.xhtml().markup()).isEqualTo("<p>Text.</p>\n<p>Words of a note.</p>");
        assertThat(converted.warnings()).singleElement().asString().contains(":3: warning [FOOTNOTE-UNUSED]");
    }

    @Test
    void aTableIsAnAccessibleTable() {
        assertThat(html("| Stat | Value |\n|------|------:|\n| STR | 12 |")).isEqualTo("<table class=\"data\">\n<thead>\n"
                + "<tr><th scope=\"col\">Stat</th><th class=\"right\" scope=\"col\">Value</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>STR</td><td class=\"right\">12</td></tr>\n</tbody>\n</table>");
        assertThat(html("|------|-------|")).isEqualTo("<p>|------|-------|</p>");
    }

    @Test
    void aHeadingKeepsItsMarkupAndItsNoteWhileItsTitleIsPlain() {
        MarkdownConverter.Converted converted = convert("en", "# The *Argo*[^1]\n\nText.\n\n[^1]: A ship.");
        assertThat(converted.leadingTitle()).contains("The Argo");
        assertThat(converted.leadingTitleMarkup().markup()).startsWith("The <em>Argo</em><sup><a ")
                .contains("role=\"doc-noteref\"");
        assertThat(converted.xhtml().markup()).contains("A ship.");
    }

    @Test
    void headingsNeverSkipALevel() {
        assertThat(html("## One\n\n## Two\n\n#### Deep")).isEqualTo("<h2>One</h2>\n<h2>Two</h2>\n<h3>Deep</h3>");
    }

    @Test
    void verseKeepsItsIndents() {
        assertThat(html("You!  \n&emsp;Stuck  \n\u00A0\u00A0in the queue")).isEqualTo("<p class=\"lines\">"
                + "<span class=\"line\">You!</span>\n<span class=\"line\">\u2003Stuck</span>\n"
                + "<span class=\"line\">&#xa0;&#xa0;in the queue</span></p>");
    }

    @Test
    void aCommentThatNeverClosesIsPrintedNotHidingTheRest() {
        MarkdownConverter.Converted converted = convert("en", "First.\n<!-- TODO fix this\n\nSecond paragraph kept.");
        assertThat(converted.xhtml().markup()).contains("&lt;!-- TODO fix this", "<p>Second paragraph kept.</p>");
        assertThat(converted.warnings()).singleElement().asString().contains(":2: warning [COMMENT-OPEN]");
    }

    @Test
    void linkDefinitionsAreTheWritersText() {
        assertThat(html("See [1].\n\n[1]: https://example.org/a \"my source\"")).contains("See [1].")
                .contains("[1]: <span class=\"url\">https://example.org/a</span> \u201Cmy source\u201D");
    }

    @Test
    void aTagNeverClosedOrNeverOpenedInItsParagraphIsTextAndPrintsAsTyped() {
        MarkdownConverter.Converted converted = convert("en",
                "Before <b>never closed.\n\nAfter </em> stray and <i/> empty; <DATA> corrupted, <b> hi all.");
        assertThat(converted.xhtml().markup()).isEqualTo("<p>Before &lt;b&gt;never closed.</p>\n"
                + "<p>After &lt;/em&gt; stray and &lt;i/&gt; empty; &lt;DATA&gt; corrupted, &lt;b&gt; hi all.</p>");
        assertThat(converted.warnings()).extracting(Object::toString).allMatch(w -> w.contains("[HTML-AS-TEXT]")).hasSize(5);
    }

    @Test
    void linksToPagesOutsideTheBookKeepTheirWords() {
        MarkdownConverter.Converted converted = convert("en", "[Next](chapter2.html), <a href=\"../index.html\">home</a>, [web](https://x.org).");
        assertThat(converted.xhtml().markup()).isEqualTo("<p>Next, home, <a href=\"https://x.org\">web</a>.</p>");
        assertThat(converted.warnings()).hasSize(2).allMatch(w -> w.toString().contains("leads to a page outside this book"));
    }

    @Test
    void emoticonsPrintAsTyped() {
        assertThat(html("He shrugged \u00AF\\_(\u30C4)_/\u00AF and grinned ^_^ then -_- and snake_case."))
                .isEqualTo("<p>He shrugged \u00AF\\_(\u30C4)_/\u00AF and grinned ^_^ then -_- and snake_case.</p>");
    }

    @Test
    void pastedParagraphsAndDialogueLinesStayApart() {
        assertThat(html("\tOne pasted paragraph.\n\tAnother one.\n\u2014 Bonjour, dit-il.\n\u2014 Salut."))
                .isEqualTo("<p>One pasted paragraph.</p>\n<p>Another one.</p>\n<p>\u2014 Bonjour, dit-il.</p>\n<p>\u2014 Salut.</p>");
    }

    @Test
    void aRuleOfHyphensUnderTextIsASceneBreakNotAHeading() {
        assertThat(html("She closed the door.\n---\nMorning.")).doesNotContain("<h").contains("role=\"separator\"")
                .contains("<p>She closed the door.</p>", "<p>Morning.</p>");
    }

    @Test
    void verseIndentedWithSpacesKeepsItsIndent() {
        assertThat(html("Roses are red,  \n    violets are blue.")).contains("<span class=\"line\">&#xa0;&#xa0;&#xa0;&#xa0;violets");
    }

    @Test
    void anUnpairedQuoteMidSentenceIsAnElision() {
        assertThat(html("What 'appened in the 'Sixties, 'K?")).isEqualTo("<p>What \u2019appened in the \u2019Sixties, \u2019K?</p>");
    }

    @Test
    void tablesAsGitHubReadsThem() {
        assertThat(html("Text line.\n| A | B |\n|-|-|\n| 1 | 2 |")).startsWith("<p>Text line.</p>\n<table");
        assertThat(html("A | B\n--|--\n1 | 2")).startsWith("<table");
    }

    @Test
    void pastedBlocksKeepTheirWordsApartAndFormControlsAreText() {
        assertThat(html("<details><summary>Click</summary>Hidden</details>")).isEqualTo("<div><div>Click</div><p>Hidden</p></div>");
        assertThat(html("<Title acquired> and <select class> and <input required>"))
                .isEqualTo("<p>&lt;Title acquired&gt; and &lt;select class&gt; and &lt;input required&gt;</p>");
    }

    /** Trial 16, finding 8: a div left open wraps the rest of the chapter, and says so at its line; a closed one says nothing. */
    @Test
    void aBlockLeftOpenIsReportedAtItsLine() {
        List<Diagnostic> open = convert("en", "Before.\n\n<div class=\"letter\">\nDear John,\n\nI write.").warnings();
        assertThat(open).extracting(Diagnostic::code).containsExactly("HTML-UNCLOSED");
        assertThat(open.get(0).toString()).contains(":3:").contains("<div> is never closed").contains("</div>");
        assertThat(convert("en", "<div>\nA letter.\n\nMore.\n</div>\n\n<section>X</section> and </div>").warnings()).isEmpty();
    }

    /** Trial 16, finding 8: a div left open wraps the rest of the chapter; its first words were loose in it, in no paragraph. */
    @Test
    void wordsBesideParagraphsInADivAreAParagraph() {
        assertThat(html("<div class=\"letter\">\nDear John,\n\nI write to you.\n\nYours, M."))
                .isEqualTo("<div class=\"letter\"><p>Dear John,</p><p>I write to you.</p>\n<p>Yours, M.</p>\n</div>");
    }

    @Test
    void webAddressesAreMarkedSoThePdfNeverHyphenatesThem() {
        assertThat(html("Read https://example.org/a?b=c or write me@example.org."))
                .isEqualTo("<p>Read <span class=\"url\">https://example.org/a?b=c</span> or write <span class=\"url\">me@example.org</span>.</p>");
    }
}
