package org.quire.typeset.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.Diagnostic;

/** The print stylesheet subset: what is read, and a warning at file:line for everything else. */
class CssParserTest {
    private final List<Diagnostic> warnings = new ArrayList<>();

    private StyleSheet parse(String css) {
        return CssParser.parse(css, Path.of("templates/print.css.ftl"), 1, 1, warnings);
    }

    private List<String> warnings() {
        return warnings.stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsRulesWithOneRulePerSelector() {
        StyleSheet sheet = parse("h1, h2 { font-size: 2em; text-align: center }\np { text-indent: 1.2em; }");
        assertThat(sheet.rules()).hasSize(3);
        assertThat(sheet.rules().get(0).declarations()).extracting(Declaration::property).containsExactly("font-size", "text-align");
        assertThat(warnings).isEmpty();
    }

    @Test
    void warnsAboutAPropertyOutsideTheSubsetAtItsLine() {
        parse("p {\n  margin: 0;\n  float: left;\n  -fs-page-sequence: start;\n}");
        assertThat(warnings()).containsExactly(
                "templates/print.css.ftl:3: warning [CSS-VALUE] 'float: left' is not a value Quire's print stylesheet accepts for float; it is ignored",
                "templates/print.css.ftl:4: warning [CSS-UNSUPPORTED] the property -fs-page-sequence is outside Quire's print stylesheet subset; it is ignored");
    }

    /** Trial 1, finding 20: the page counter restarts after the cover; other counters are not in the subset. */
    @Test
    void acceptsCounterResetOfThePageCounterOnly() {
        parse("section.title-page { counter-reset: page 1 }\np { counter-reset: page }\nh1 { counter-reset: none }\n"
                + "h2 { counter-reset: chapter }\nh3 { counter-reset: page 1.5 }");
        assertThat(warnings()).containsExactly(
                "templates/print.css.ftl:4: warning [CSS-VALUE] 'counter-reset: chapter' is not a value Quire's print stylesheet accepts for counter-reset; it is ignored",
                "templates/print.css.ftl:5: warning [CSS-VALUE] 'counter-reset: page 1.5' is not a value Quire's print stylesheet accepts for counter-reset; it is ignored");
    }

    /** Trial 15, finding 1: #zzz passed as a colour and crashed the build with a NumberFormatException. */
    @Test
    void aHashThatIsNotHexadecimalIsNoColour() {
        parse("p { color: #zzz }\nh1 { color: #12345g }\nh2 { color: #a0B }");
        assertThat(warnings()).containsExactly(
                "templates/print.css.ftl:1: warning [CSS-VALUE] 'color: #zzz' is not a value Quire's print stylesheet accepts for color; it is ignored",
                "templates/print.css.ftl:2: warning [CSS-VALUE] 'color: #12345g' is not a value Quire's print stylesheet accepts for color; it is ignored");
    }

    @Test
    void warnsAboutASelectorOutsideTheSubsetAndDropsTheRule() {
        StyleSheet sheet = parse("a:hover { color: red }\n\np:nth-child(2) { color: blue }");
        assertThat(sheet.rules()).isEmpty();
        assertThat(warnings()).hasSize(2);
        assertThat(warnings().get(1)).startsWith("templates/print.css.ftl:3: warning [CSS-UNSUPPORTED] the selector 'p:nth-child(2)' uses :nth-child");
    }

    @Test
    void readsPageRulesWithMarginBoxesAndTheFootnoteArea() {
        StyleSheet sheet = parse("@page :left { margin-left: 10mm; @top-left { content: string(story); font-style: italic } }\n"
                + "@page chapter:first, :blank { @bottom-left { content: none } }\n"
                + "@page { @footnote { border-top: 0.4pt solid black; padding-top: 1mm } }");
        assertThat(sheet.pages()).hasSize(4);
        PageRule left = sheet.pages().get(0);
        assertThat(left.pseudoClasses()).containsExactly("left");
        assertThat(left.boxes().get("top-left")).extracting(Declaration::property).containsExactly("content", "font-style");
        assertThat(sheet.pages().get(1).name()).isEqualTo("chapter");
        assertThat(sheet.pages().get(1).pseudoClasses()).containsExactly("first");
        assertThat(sheet.pages().get(2).pseudoClasses()).containsExactly("blank");
        assertThat(sheet.pages().get(3).boxes()).containsKey("footnote");
        assertThat(warnings).isEmpty();
    }

    @Test
    void appliesMediaPrintAndSkipsScreenWithoutAWord() {
        StyleSheet sheet = parse("@media screen { p { color: red } }\n@media print { p { color: blue } }");
        assertThat(sheet.rules()).hasSize(1);
        assertThat(sheet.rules().get(0).declarations().get(0).value().get(0).text()).isEqualTo("blue");
        assertThat(warnings).isEmpty();
    }

    @Test
    void fontFaceSaysWhereFontsGo() {
        parse("\n@font-face { font-family: X; src: url(x.ttf) }");
        assertThat(warnings()).singleElement().asString()
                .startsWith("templates/print.css.ftl:2: warning [CSS-UNSUPPORTED] @font-face")
                .contains("fonts/ folder");
    }

    @Test
    void countsLinesFromWhereTheSheetStarts() {
        CssParser.parse("p {\n  zoom: 2;\n}", Path.of("print.ftlx"), 40, 2, warnings);
        assertThat(warnings()).singleElement().asString().startsWith("print.ftlx:41:");
    }

    @Test
    void readsStringsEscapesAndFunctions() {
        StyleSheet sheet = parse("a::after { content: leader('.') target-counter(attr(href), page) \"\\2014 \" }");
        List<Token> value = sheet.rules().get(0).declarations().get(0).value();
        assertThat(value).extracting(Token::text).containsExactly("leader", "target-counter", "\u2014");
        assertThat(value.get(1).arguments().get(0).text()).isEqualTo("attr");
        assertThat(sheet.rules().get(0).selector().pseudoElement()).isEqualTo("after");
    }
}
