package org.quire.typeset.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.typeset.TypesetFixtures.justified;
import static org.quire.typeset.TypesetFixtures.plain;
import static org.quire.typeset.TypesetFixtures.roman;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs set in the bundled Noto Serif at 10.5 pt on the A5 measure (323 pt): expected line
 * breaks, as a reader sees them ("-" at the end of a line is a hyphen the break added).
 */
class ParagraphSetterTest {
    private static final String LAMP = "There were one hundred and twelve steps from the kitchen of Skerrow Head to "
            + "the lamp room, and Maren Holt had counted every one of them on every evening of her life that she could "
            + "remember. She counted them now, one hand on the cold iron rail, the other holding the brass tin of "
            + "polish her father insisted on.";

    private final ParagraphSetter setter = new ParagraphSetter(BreakParameters.BOOK);

    private SetParagraph set(String text, float measure, float indent) throws Exception {
        return setter.set(text, plain(text, roman(10.5f)), justified(measure, indent));
    }

    @Test
    void setsTheLampParagraph() throws Exception {
        assertThat(LineText.lines(set(LAMP, 323, 12.6f))).containsExactly(
                "There were one hundred and twelve steps from the kitchen of",
                "Skerrow Head to the lamp room, and Maren Holt had counted",
                "every one of them on every evening of her life that she could",
                "remember. She counted them now, one hand on the cold iron rail,",
                "the other holding the brass tin of polish her father insisted on.");
    }

    /** Trial 1, finding 16: a long centred title wrapped with one stranded word ("Noticed"). */
    @Test
    void aCentredTitleThatWrapsIsBalanced() throws Exception {
        String title = "In Which It Is a Truth Universally Acknowledged That Mr. Darcy Was at Last Noticed";
        SetParagraph p = setter.set(title, plain(title, roman(18f)), org.quire.typeset.TypesetFixtures.centred(323));
        List<String> lines = LineText.lines(p);
        assertThat(lines).hasSize(3);
        assertThat(String.join(" ", lines)).isEqualTo(title);
        List<Float> rights = LineText.rights(p);
        List<Float> widths = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // Centred in the full measure, so a line's width is twice its right edge's distance past the middle.
            widths.add(2 * (rights.get(i) - 161.5f));
        }
        float longest = java.util.Collections.max(widths);
        assertThat(java.util.Collections.min(widths)).as("lines %s, widths %s", lines, widths).isGreaterThan(0.6f * longest);
    }

    /** Trial 1, finding 17: a letter-spaced scene break stood left of centre by its trailing letter spacing. */
    @Test
    void aLetterSpacedCentredLineIsCentredByItsInk() throws Exception {
        String ornament = "* * *";
        SetParagraph p = setter.set(ornament, plain(ornament, org.quire.typeset.TypesetFixtures.spaced(10.5f, 4.2f)),
                org.quire.typeset.TypesetFixtures.centred(323));
        float[] edges = LineText.inkEdges(p, 0);
        assertThat(edges[0]).as("left margin against right margin").isCloseTo(323 - edges[1], org.assertj.core.data.Offset.offset(0.05f));
    }

    @Test
    void aCentredLineThatFitsStaysOneLine() throws Exception {
        String title = "Chapter One";
        assertThat(LineText.lines(setter.set(title, plain(title, roman(18f)),
                org.quire.typeset.TypesetFixtures.centred(323)))).containsExactly("Chapter One");
    }

    @Test
    void everyJustifiedLineEndsAtTheMeasure() throws Exception {
        SetParagraph p = set(LAMP, 200, 0);
        List<Float> rights = LineText.rights(p);
        for (int i = 0; i < rights.size() - 1; i++) {
            assertThat(rights.get(i)).as("line %d", i).isCloseTo(200f, org.assertj.core.data.Offset.offset(0.6f));
        }
        assertThat(rights.get(rights.size() - 1)).isLessThanOrEqualTo(200.6f);
    }

    @Test
    void hyphenatesWhenTheMeasureIsNarrow() throws Exception {
        List<String> lines = LineText.lines(set(LAMP, 80, 0));
        assertThat(lines).anyMatch(line -> line.endsWith("-"));
        assertThat(String.join("", lines).replace("-", "").replace(" ", ""))
                .isEqualTo(LAMP.replace(" ", "").replace("-", ""));
    }

    /** Trial 1, finding 9: a word broken in an emergency (a long compound in a table cell) showed no hyphen. */
    @Test
    void aWordBrokenInAnEmergencyShowsAHyphenAnAddressDoesNot() throws Exception {
        String word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";
        List<String> lines = LineText.lines(set(word, 60, 0));
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.endsWith("-"));
        assertThat(String.join("", lines).replace("-", "")).isEqualTo(word);
        String address = "https://example.com/averyverylongpathsegment/anotherlongpathsegment";
        List<String> parts = LineText.lines(set(address, 60, 0));
        assertThat(parts).hasSizeGreaterThan(1).noneMatch(line -> line.endsWith("-"));
        assertThat(String.join("", parts)).isEqualTo(address);
    }

    @Test
    void aCompoundBreaksAtItsOwnHyphenWithoutASecondOne() throws Exception {
        String text = "She had met her brother-in-law at the mother-of-pearl counter.";
        List<String> lines = LineText.lines(set(text, 100, 0));
        assertThat(lines).noneMatch(line -> line.endsWith("--"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void noLineStartsWithClosingPunctuationEvenAfterATypedSpace() throws Exception {
        String text = "Tu viens avec nous au port pour voir les voiliers rentrer ce soir ? Oui ! dit-il ; « Bonjour » dit-elle : non.";
        for (float measure : new float[] {80, 95, 110, 125, 140, 155, 170}) {
            for (String line : LineText.lines(set(text, measure, 0))) {
                assertThat(line).as("measure %s", measure).doesNotStartWith("?").doesNotStartWith("!")
                        .doesNotStartWith(";").doesNotStartWith(":").doesNotStartWith("»");
                assertThat(line).doesNotEndWith("«");
            }
        }
    }

    @Test
    void aWordLongerThanTheMeasureIsBrokenToFit() throws Exception {
        String text = "She typed asdfghjklqwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklqwerty and screamed.";
        SetParagraph p = set(text, 150, 0);
        for (float right : LineText.rights(p)) {
            assertThat(right).isLessThanOrEqualTo(150.6f);
        }
        String joined = String.join("\n", LineText.lines(p)).replaceAll("-\n", "").replace("\n", "");
        assertThat(joined.replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void kernsAndSetsLigatures() throws Exception {
        SetParagraph p = set("office AVAVAV", 300, 0);
        assertThat(LineText.lines(p)).containsExactly("office AVAVAV");
        org.quire.typeset.shape.Shaped office = roman(10.5f).fonts().primary().shape("office");
        assertThat(office.size()).isLessThan(6);
        assertThat(office.text(1)).isEqualTo("ffi");
        org.quire.typeset.shape.Shaped av = roman(10.5f).fonts().primary().shape("AV");
        float unkerned = roman(10.5f).fonts().primary().advance(av.glyph(0));
        assertThat(av.x(1)).isLessThan(unkerned);
    }
}
