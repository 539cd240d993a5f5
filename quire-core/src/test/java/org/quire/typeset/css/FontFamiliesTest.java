package org.quire.typeset.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quire.model.Diagnostic;

/**
 * Every font-family declaration naming no family the book has is found at its line (trial 15,
 * finding 4: only the body's was reported, at the template, with no line; a heading's was silent).
 */
class FontFamiliesTest {
    @Test
    void findsEachDeclarationThatNamesNoFamilyTheBookHas() {
        List<Diagnostic> warnings = new ArrayList<>();
        StyleSheet sheet = CssParser.parse("body { font-family: \"Quire Serif\", serif }\n"
                + "h1 { font-family: \"Comic Neue\" }\n"
                + "blockquote { font-family: Alegreya Sans, Georgia }\n"
                + "code { font-family: \"Nope\", monospace }\n"
                + "p { font-family: inherit }", Path.of("templates/print.css.ftl"), 1, 1, warnings);
        Set<String> known = Set.of("quire serif", "serif", "monospace");
        List<FontFamilies.Unknown> unknown = FontFamilies.unknown(List.of(sheet),
                family -> known.contains(family.toLowerCase(java.util.Locale.ROOT)));
        assertThat(unknown).extracting(FontFamilies.Unknown::families)
                .containsExactly(List.of("Comic Neue"), List.of("Alegreya Sans", "Georgia"));
        assertThat(unknown).extracting(u -> u.declaration().at().toString())
                .containsExactly("templates/print.css.ftl:2", "templates/print.css.ftl:3");
    }
}
