package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The family names of a {@code font-family} value (CSS Fonts 4 §4.2), and the declarations that name none a book has. */
public final class FontFamilies {
    private FontFamilies() {
    }

    /** The names in a {@code font-family} value, in order: quoted, or identifiers joined by spaces. */
    static List<String> of(List<Token> value) {
        List<String> families = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (Token t : value) {
            if (t.kind() == Token.Kind.COMMA) {
                if (name.length() > 0) {
                    families.add(name.toString());
                }
                name.setLength(0);
            } else {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(t.text());
            }
        }
        if (name.length() > 0) {
            families.add(name.toString());
        }
        return List.copyOf(families);
    }

    /**
     * Every {@code font-family} declaration of the sheets, rules and page-margin boxes alike,
     * none of whose families {@code known} accepts, with those families.
     */
    public static List<Unknown> unknown(List<StyleSheet> sheets, Predicate<String> known) {
        List<Unknown> found = new ArrayList<>();
        for (StyleSheet sheet : sheets) {
            for (Rule rule : sheet.rules()) {
                for (Declaration declaration : rule.declarations()) {
                    check(declaration, known, found);
                }
            }
        }
        return found;
    }

    private static void check(Declaration declaration, Predicate<String> known, List<Unknown> found) {
        if (!declaration.property().equals("font-family")) {
            return;
        }
        List<String> families = of(declaration.value());
        if (!families.isEmpty() && families.stream().noneMatch(f -> known.test(f) || f.equals("inherit")
                || f.equals("initial") || f.equals("unset"))) {
            found.add(new Unknown(declaration, families));
        }
    }

    /** A declaration naming only families the book does not have. */
    public record Unknown(Declaration declaration, List<String> families) {
    }
}
