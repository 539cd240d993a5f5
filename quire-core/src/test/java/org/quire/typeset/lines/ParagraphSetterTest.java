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
        SetParagraph p = setter.set(text, plain(text, roman(10.5f)), justified(measure, 0));
        System.out.println("pass " + p.pass());
        return LineText.lines(p);
    }

    @Test
    void printsLines() throws Exception {
        lines("The path was https://www.example.org/archive/works/123456789/chapters/987654321?view_adult=true&show_comments=true#comment_thread_4567 and it went on.", 323).forEach(System.out::println);
    }
}
