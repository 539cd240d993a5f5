package org.quire.typeset.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.typeset.flow.PrintDocument;
import org.quire.typeset.flow.XElement;

/** Selectors, specificity, source order and inheritance, as CSS Cascade Level 4 says. */
class CascadeTest {
    private static final String HTML = "<html><body><section class=\"chapter\"><h1>T</h1><p id=\"a\">one</p>"
            + "<p class=\"x\">two</p><blockquote><p>three</p></blockquote></section></body></html>";

    private Cascade cascade(String css) {
        StyleSheet ua = CssParser.parse("p { display: block } h1, section, body, html, blockquote { display: block }",
                Path.of("ua.css"), 1, 0, new ArrayList<>());
        return new Cascade(ua, List.of(CssParser.parse(css, Path.of("t.css"), 1, 1, new ArrayList<>())), 12);
    }

    private Style style(Cascade cascade, String path) {
        XElement root = PrintDocument.parse(HTML).root();
        Style style = cascade.compute(root, null, null);
        XElement element = root;
        for (String step : path.split("/")) {
            int index = Integer.parseInt(step);
            element = (XElement) element.children().stream().filter(c -> c instanceof XElement).toList().get(index);
            style = cascade.compute(element, style, null);
        }
        return style;
    }

    @Test
    void moreSpecificSelectorsWinAndLaterOnesBreakTies() {
        Cascade cascade = cascade("p { text-indent: 1em } .x { text-indent: 2em } p.x { text-indent: 3em } p { text-indent: 4em }");
        assertThat(style(cascade, "0/0/1").textIndent().points()).isEqualTo(48f);
        assertThat(style(cascade, "0/0/2").textIndent().points()).isEqualTo(36f);
    }

    /** counter-reset is not inherited: the page counter restarts where the element starts, not at its children. */
    @Test
    void counterResetOfThePageCounterIsTheElementsOwn() {
        Cascade cascade = cascade("section { counter-reset: page 1 } .x { counter-reset: page } blockquote { counter-reset: page 3 }"
                + " blockquote { counter-reset: none }");
        assertThat(style(cascade, "0/0").pageReset()).isEqualTo(1);
        assertThat(style(cascade, "0/0/1").pageReset()).isNull();
        assertThat(style(cascade, "0/0/2").pageReset()).isZero();
        assertThat(style(cascade, "0/0/3").pageReset()).isNull();
    }

    @Test
    void combinatorsAndFirstChildMatchAsInSelectorsLevel3() {
        Cascade cascade = cascade("h1 + p { text-align: center } section > p { color: #ff0000 } blockquote p { font-style: italic }"
                + " p:first-child { letter-spacing: 1pt }");
        assertThat(style(cascade, "0/0/1").textAlign()).isEqualTo(Style.Align.CENTER);
        assertThat(style(cascade, "0/0/2").textAlign()).isEqualTo(Style.Align.START); // the initial value (CSS Text 3 §7.1)
        assertThat(style(cascade, "0/0/2").color()).isEqualTo(0xFF0000);
        assertThat(style(cascade, "0/0/3/0").color()).isZero();
        assertThat(style(cascade, "0/0/3/0").italic()).isTrue();
        assertThat(style(cascade, "0/0/3/0").letterSpacing()).isEqualTo(1f);
    }

    @Test
    void inheritedPropertiesFlowDownAndEmsFollowTheFontSize() {
        Cascade cascade = cascade("html { font-size: 10pt; line-height: 1.5; hyphens: auto } section { font-size: 1.2em }"
                + " p { margin-top: 1em; text-indent: 10% }");
        Style p = style(cascade, "0/0/1");
        assertThat(p.fontSize()).isEqualTo(12f);
        assertThat(p.lineHeight()).isEqualTo(18f);
        assertThat(p.hyphens()).isTrue();
        assertThat(p.margin(Style.TOP).points()).isEqualTo(12f);
        assertThat(p.textIndent().of(200)).isEqualTo(20f);
    }

    @Test
    void importantBeatsSpecificity() {
        Cascade cascade = cascade("p { widows: 3 !important } #a { widows: 1 }");
        assertThat(style(cascade, "0/0/1").widows()).isEqualTo(3);
    }

    @Test
    void legacyPageBreaksMapToTheirLevel4Names() {
        Cascade cascade = cascade("section { page-break-before: right } h1 { break-after: avoid } p { page-break-inside: avoid }");
        assertThat(style(cascade, "0/0").breakBefore()).isEqualTo(Style.Break.RECTO);
        assertThat(style(cascade, "0/0/0").breakAfter()).isEqualTo(Style.Break.AVOID);
        assertThat(style(cascade, "0/0/1").avoidBreakInside()).isTrue();
    }
}
