package org.quire.typeset.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A selector of the subset (Selectors Level 3): type and universal selectors, {@code .class},
 * {@code #id}, attribute selectors ({@code [a]}, {@code [a=v]}, {@code [a~=v]}, {@code [a^=v]},
 * {@code [a$=v]}, {@code [a*=v]}), {@code :first-child}, {@code :last-child},
 * {@code :not(simple)}, the combinators descendant, {@code >}, {@code +} and {@code ~}, and at the
 * end one pseudo-element {@code ::before} or {@code ::after}.
 */
public final class Selector {
    private final List<Compound> compounds;
    private final List<Character> combinators;
    private final String pseudoElement;
    private final int specificity;
    private final String text;

    private Selector(List<Compound> compounds, List<Character> combinators, String pseudoElement, String text) {
        this.compounds = compounds;
        this.combinators = combinators;
        this.pseudoElement = pseudoElement;
        this.text = text;
        int a = 0;
        int b = 0;
        int c = pseudoElement == null ? 0 : 1;
        for (Compound compound : compounds) {
            a += compound.ids;
            b += compound.classes;
            c += compound.types;
        }
        this.specificity = a * 10_000 + b * 100 + c;
    }

    /** The pseudo-element ({@code before}, {@code after}) or null for the element itself. */
    public String pseudoElement() {
        return pseudoElement;
    }

    public int specificity() {
        return specificity;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * What the element must have for the selector to match: {@code #id}, {@code .class} or the
     * element name of its last compound; null when any element might match.
     */
    String key() {
        Compound last = compounds.get(compounds.size() - 1);
        for (String[] attribute : last.attributes) {
            if (attribute[0].equals("id") && "=".equals(attribute[1])) {
                return "#" + attribute[2];
            }
        }
        for (String[] attribute : last.attributes) {
            if (attribute[0].equals("class") && "~=".equals(attribute[1])) {
                return "." + attribute[2];
            }
        }
        return last.type;
    }

    public boolean matches(CssElement element) {
        return matchFrom(compounds.size() - 1, element);
    }

    private boolean matchFrom(int index, CssElement element) {
        if (!compounds.get(index).matches(element)) {
            return false;
        }
        if (index == 0) {
            return true;
        }
        char combinator = combinators.get(index - 1);
        switch (combinator) {
            case '>' -> {
                CssElement parent = element.parent();
                return parent != null && matchFrom(index - 1, parent);
            }
            case '+' -> {
                CssElement previous = element.previousSibling();
                return previous != null && matchFrom(index - 1, previous);
            }
            case '~' -> {
                for (CssElement previous = element.previousSibling(); previous != null; previous = previous.previousSibling()) {
                    if (matchFrom(index - 1, previous)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                for (CssElement parent = element.parent(); parent != null; parent = parent.parent()) {
                    if (matchFrom(index - 1, parent)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /**
     * Parses one selector (no commas).
     *
     * @throws IllegalArgumentException naming the part outside the subset
     */
    public static Selector parse(String text) {
        List<Compound> compounds = new ArrayList<>();
        List<Character> combinators = new ArrayList<>();
        String pseudo = null;
        int at = 0;
        String s = text.strip();
        while (at < s.length()) {
            if (pseudo != null) {
                throw new IllegalArgumentException("nothing may follow ::" + pseudo);
            }
            Compound compound = new Compound();
            at = compound.parse(s, at);
            if (compound.pseudoElement != null) {
                pseudo = compound.pseudoElement;
            }
            compounds.add(compound);
            int space = at;
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at >= s.length()) {
                break;
            }
            char c = s.charAt(at);
            if (c == '>' || c == '+' || c == '~') {
                combinators.add(c);
                at++;
                while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                    at++;
                }
            } else if (at > space) {
                combinators.add(' ');
            } else {
                throw new IllegalArgumentException("'" + c + "'");
            }
        }
        if (compounds.isEmpty() || compounds.size() != combinators.size() + 1) {
            throw new IllegalArgumentException("an empty selector");
        }
        return new Selector(compounds, combinators, pseudo, s);
    }

    /** Type, classes, id, attributes and pseudo-classes that one element must all have. */
    private static final class Compound {
        private String type;
        private final List<String[]> attributes = new ArrayList<>();
        private final List<String> pseudoClasses = new ArrayList<>();
        private final List<Compound> negations = new ArrayList<>();
        private String pseudoElement;
        int ids;
        int classes;
        int types;

        int parse(String s, int start) {
            int at = start;
            if (at < s.length() && s.charAt(at) == '*') {
                at++;
            } else if (at < s.length() && isNameChar(s.charAt(at))) {
                int end = nameEnd(s, at);
                type = s.substring(at, end).toLowerCase(Locale.ROOT);
                types++;
                at = end;
            }
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '.' || c == '#') {
                    int end = nameEnd(s, at + 1);
                    if (end == at + 1) {
                        throw new IllegalArgumentException("'" + c + "' without a name");
                    }
                    attributes.add(new String[] {c == '.' ? "class" : "id", c == '.' ? "~=" : "=", s.substring(at + 1, end)});
                    if (c == '.') {
                        classes++;
                    } else {
                        ids++;
                    }
                    at = end;
                } else if (c == '[') {
                    int end = s.indexOf(']', at);
                    if (end < 0) {
                        throw new IllegalArgumentException("'[' without ']'");
                    }
                    attributes.add(attribute(s.substring(at + 1, end)));
                    classes++;
                    at = end + 1;
                } else if (c == ':') {
                    at = pseudo(s, at);
                } else {
                    break;
                }
            }
            if (at == start) {
                throw new IllegalArgumentException("'" + s.charAt(at) + "'");
            }
            return at;
        }

        private int pseudo(String s, int at) {
            boolean element = s.startsWith("::", at);
            int begin = at + (element ? 2 : 1);
            int end = nameEnd(s, begin);
            String name = s.substring(begin, end).toLowerCase(Locale.ROOT);
            if (name.equals("before") || name.equals("after")) {
                pseudoElement = name;
                return end;
            }
            if (element) {
                throw new IllegalArgumentException("::" + name);
            }
            if (name.equals("not") && end < s.length() && s.charAt(end) == '(') {
                int close = s.indexOf(')', end);
                if (close < 0) {
                    throw new IllegalArgumentException(":not( without ')'");
                }
                Compound negated = new Compound();
                String inner = s.substring(end + 1, close).strip();
                if (negated.parse(inner, 0) != inner.length() || negated.pseudoElement != null) {
                    throw new IllegalArgumentException(":not(" + inner + ")");
                }
                negations.add(negated);
                ids += negated.ids;
                classes += negated.classes;
                types += negated.types;
                return close + 1;
            }
            if (!name.equals("first-child") && !name.equals("last-child") && !name.equals("only-child")) {
                throw new IllegalArgumentException(":" + name);
            }
            pseudoClasses.add(name);
            classes++;
            return end;
        }

        private static String[] attribute(String inside) {
            String body = inside.strip();
            for (String op : new String[] {"~=", "^=", "$=", "*=", "|=", "="}) {
                int i = body.indexOf(op);
                if (i > 0) {
                    String value = body.substring(i + op.length()).strip();
                    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return new String[] {body.substring(0, i).strip().toLowerCase(Locale.ROOT), op, value};
                }
            }
            return new String[] {body.toLowerCase(Locale.ROOT), null, null};
        }

        boolean matches(CssElement element) {
            if (type != null && !type.equals(element.name())) {
                return false;
            }
            for (String[] a : attributes) {
                String value = element.attribute(a[0]);
                if (value == null || (a[1] != null && !test(a[1], value, a[2]))) {
                    return false;
                }
            }
            for (String pseudo : pseudoClasses) {
                boolean ok = switch (pseudo) {
                    case "first-child" -> element.previousSibling() == null;
                    case "last-child" -> element.nextSibling() == null;
                    default -> element.previousSibling() == null && element.nextSibling() == null;
                };
                if (!ok) {
                    return false;
                }
            }
            for (Compound negated : negations) {
                if (negated.matches(element)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean test(String op, String value, String wanted) {
            return switch (op) {
                case "=" -> value.equals(wanted);
                case "~=" -> containsWord(value, wanted);
                case "^=" -> value.startsWith(wanted);
                case "$=" -> value.endsWith(wanted);
                case "*=" -> value.contains(wanted);
                default -> value.equals(wanted) || value.startsWith(wanted + "-");
            };
        }

        private static boolean containsWord(String list, String word) {
            int from = 0;
            while (true) {
                int i = list.indexOf(word, from);
                if (i < 0) {
                    return false;
                }
                int end = i + word.length();
                if ((i == 0 || Character.isWhitespace(list.charAt(i - 1)))
                        && (end == list.length() || Character.isWhitespace(list.charAt(end)))) {
                    return true;
                }
                from = i + 1;
            }
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_';
        }

        private static int nameEnd(String s, int at) {
            int i = at;
            while (i < s.length() && (isNameChar(s.charAt(i)) || (s.charAt(i) == '\\' && i + 1 < s.length()))) {
                i += s.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }
    }
}
