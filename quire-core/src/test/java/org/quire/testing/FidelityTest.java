package org.quire.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fidelity check itself: it must see a lost word, and must not see one that is only broken across lines. */
class FidelityTest {
    private static List<SourceWords.Unit> text(String markdown) {
        return List.of(new SourceWords.Unit("1.md text", SourceWords.words(markdown), true));
    }

    @Test
    void findsEveryWordOfAnIntactBook() {
        Fidelity.Result result = new Fidelity(BookWords.sequence("Title\nThe *quick* brown fox jumps.")).check(text("The *quick* brown fox jumps."));
        assertThat(result.missing()).isEmpty();
        assertThat(result.kept()).isEqualTo(5);
    }

    @Test
    void reportsALostWordWithWhereItWas() {
        Fidelity.Result result = new Fidelity(BookWords.sequence("The quick fox jumps.")).check(text("The quick brown fox jumps."));
        assertThat(result.kept()).isEqualTo(4);
        assertThat(result.missing()).singleElement().asString().contains("'brown' after 'the quick'");
    }

    @Test
    void reportsALostParagraphEvenWhenItsCommonWordsStandElsewhere() {
        Fidelity.Result result = new Fidelity(BookWords.sequence("It was the night. And then the end."))
                .check(text("It was the night.\n\nThe lighthouse keeper climbed the stairs.\n\nAnd then the end."));
        assertThat(result.missing()).isNotEmpty();
    }

    @Test
    void joinsAWordBrokenAtALinesEndAndSeparatesANoteCall() {
        Fidelity.Result result = new Fidelity(BookWords.sequence("a won-\nderful lens1 and a supercal\nifragilistic day"))
                .check(text("a wonderful lens[^1] and a supercalifragilistic day"));
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void joinsAWordHyphenatedBeforeItsNoteCall() {
        Fidelity.Result result = new Fidelity(BookWords.sequence("chevalier sans peur et sans re-\nproche1 as he styled himself\n"
                + "and sans re-\n1. Knight without fear and without reproach.\nproche2 again"))
                .check(text("chevalier sans peur et sans reproche[^1] as he styled himself and sans reproche[^2] again"));
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void keepsChaptersInReadingOrder() {
        List<SourceWords.Unit> units = List.of(
                new SourceWords.Unit("1.md text", SourceWords.words("first chapter words here now"), true),
                new SourceWords.Unit("2.md text", SourceWords.words("second chapter words here now"), true));
        Fidelity.Result result = new Fidelity(BookWords.sequence("second chapter words here now first chapter words here now")).check(units);
        assertThat(result.missing()).isNotEmpty().allMatch(missing -> missing.startsWith("2.md text"));
    }
}
