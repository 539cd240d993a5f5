package org.quire.typeset.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.typeset.TypesetFixtures.justified;
import static org.quire.typeset.TypesetFixtures.plain;
import static org.quire.typeset.TypesetFixtures.roman;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSetterTest {
    private final ParagraphSetter setter = new ParagraphSetter(BreakParameters.BOOK);

    private List<String> lines(String text, float measure) throws Exception {
        return LineText.lines(setter.set(text, plain(text, roman(10.5f)), justified(measure, 0)));
    }

    @Test
    void printsLines() throws Exception {
        String text = "There were one hundred and twelve steps from the kitchen of Skerrow Head to the lamp room, and Maren Holt had counted every one of them on every evening of her life that she could remember.";
        lines(text, 323).forEach(System.out::println);
        lines("A supercalifragilisticexpialidociousandevenlongerkeysmashasdfghjklqwertyuiop word here.", 120).forEach(System.out::println);
    }
}
