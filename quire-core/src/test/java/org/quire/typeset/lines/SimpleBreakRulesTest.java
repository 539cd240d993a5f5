package org.quire.typeset.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line may break, as the text would be cut there ("a|b"). */
class SimpleBreakRulesTest {
    private static List<String> pieces(String text) {
        boolean[] allowed = new boolean[text.length() + 1];
        SimpleBreakRules.INSTANCE.opportunities(text, allowed);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < text.length(); i++) {
            if (allowed[i]) {
                out.add(text.substring(from, i));
                from = i;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /** Trial 1, finding 12: "…&othe / r=thing" broke inside a word though & and = were there. */
    @Test
    void anAddressBreaksWhereChicagoBreaksOne() {
        assertThat(pieces("https://example.com/path?a=1&other=thing"))
                .containsExactly("https://", "example", ".com", "/path", "?a", "=", "1", "&", "other", "=", "thing");
    }

    @Test
    void anAddressBreaksBeforeItsHyphensNeverAfter() {
        assertThat(pieces("www.very-long-domain.org")).containsExactly("www", ".very", "-long", "-domain", ".org");
        assertThat(pieces("write to jane.doe@example.org.")).containsExactly("write ", "to ", "jane", ".doe", "@example",
                ".org.");
    }

    @Test
    void proseKeepsItsOwnBreaks() {
        assertThat(pieces("a mother-in-law and/or two")).containsExactly("a ", "mother-", "in-", "law ", "and/", "or ", "two");
    }
}
