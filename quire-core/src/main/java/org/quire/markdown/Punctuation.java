package org.quire.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Dashes, ellipses and the spaces a language sets around punctuation, applied to prose text
 * after quotes are curled.
 *
 * <ul>
 *   <li>{@code ---} is an em dash; {@code --} an en dash between figures or with a space on each
 *       side, else an em dash (fan fiction types {@code --} for the dash it has no key for). Only
 *       where they stand between words:
 *       a longer run of hyphens, an arrow ({@code -->}), a table's delimiter row or a rule of
 *       {@code -} and {@code =} stays as typed.</li>
 *   <li>{@code ...} and {@code . . .} are an ellipsis (U+2026).</li>
 *   <li>French (Imprimerie nationale, <i>Lexique des règles typographiques</i>): a narrow no-break
 *       space (U+202F) before {@code ? ! ;}, a no-break space (U+00A0) before {@code :} and inside
 *       « », whether the writer typed a space, none, or a breaking one, so that no line starts with
 *       a stranded mark.</li>
 * </ul>
 */
final class Punctuation {
    static final char NNBSP = '\u202F';
    static final char NBSP = '\u00A0';
    private static final Pattern DASHES = Pattern.compile("(?<![-<>|=+!\u2190-\u21FF])-{2,3}(?![->|=+])");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|\\. \\. \\.");
    private static final Pattern WORDY = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern FRENCH_HIGH = Pattern.compile(
            "(?<=[\\p{L}\\p{N}\\p{M}\u00BB\u201D\u2019)\\]\u2026.*_])[ \\t\u00A0\u202F\u2009]*(?=[?!;][?!;]*(?:[\\s\u00A0\u202F\u00BB\u201D)\\]\u2014\u2013.,]|$))");
    private static final Pattern FRENCH_COLON = Pattern.compile(
            "(?<=[\\p{L}\\p{N}\\p{M}\u00BB\u201D\u2019)\\]\u2026*_])[ \\t\u00A0\u202F\u2009]*(?=:(?:[\\s\u00A0\u202F]|$))");
    private static final Pattern OPEN_GUILLEMET = Pattern.compile("\u00AB[ \\t\u00A0\u202F\u2009]*(?=\\S)");
    private static final Pattern CLOSE_GUILLEMET = Pattern.compile("(?<=\\S)[ \\t\u00A0\u202F\u2009]*\u00BB");

    private static final java.util.Set<String> EM_DASH_LANGUAGES = java.util.Set.of("ru", "uk", "be", "bg", "sr", "mk");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\s)-(?=\\s)");

    private final boolean french;
    /** Russian and its neighbours set a spaced em dash where English sets a spaced en dash. */
    private final boolean emDashes;

    Punctuation(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        this.french = language.equals("fr");
        this.emDashes = EM_DASH_LANGUAGES.contains(language);
    }

    void apply(Element root) {
        BlockText.rewrite(root, this::apply);
    }

    /** Plain metadata text, such as a title, as a block of its own. */
    String plain(String text) {
        return apply(text, BlockText.EDGE, BlockText.EDGE);
    }

    String apply(String text, char before, char after) {
        String framed = before + text + after;
        String out = framed.contains("--") ? dashes(framed) : framed;
        if (emDashes) {
            out = inner(out, SPACED_HYPHEN, m -> "\u2014").replace(" \u2013 ", " \u2014 ");
        }
        if (out.contains("...") || out.contains(". . .")) {
            out = inner(out, ELLIPSIS, m -> "\u2026");
        }
        if (french) {
            out = inner(out, FRENCH_HIGH, m -> String.valueOf(NNBSP));
            out = inner(out, FRENCH_COLON, m -> String.valueOf(NBSP));
            out = inner(out, OPEN_GUILLEMET, m -> "\u00AB" + NBSP);
            out = inner(out, CLOSE_GUILLEMET, m -> NBSP + "\u00BB");
        }
        return out.substring(1, out.length() - 1);
    }

    /** A run of two or three hyphens becomes a dash when its line holds words; a rule or a row of a table does not. */
    private static String dashes(String framed) {
        return inner(framed, DASHES, m -> {
            int lineStart = framed.lastIndexOf('\n', m.start() - 1) + 1;
            int lineEnd = framed.indexOf('\n', m.end());
            String line = framed.substring(lineStart, lineEnd < 0 ? framed.length() : lineEnd);
            if (!WORDY.matcher(line).find()) {
                return m.group();
            }
            if (m.group().length() == 3) {
                return "\u2014";
            }
            // -- is a range between figures (1990–1999) or a spaced dash – like this; between words
            // or at a broken-off word ("I--", "since--since") it is the em dash fiction means.
            char before = framed.charAt(m.start() - 1);
            char after = framed.charAt(m.end());
            boolean range = Character.isDigit(before) && Character.isDigit(after);
            boolean spaced = Character.isWhitespace(before) && Character.isWhitespace(after);
            return range || spaced ? "\u2013" : "\u2014";
        });
    }

    /** Replaces matches that lie inside the frame: the first and last characters are context only. */
    private static String inner(String framed, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(framed);
        matcher.region(1, framed.length() - 1).useTransparentBounds(true).useAnchoringBounds(false);
        if (!matcher.find()) {
            return framed;
        }
        StringBuilder out = new StringBuilder(framed.length() + 8);
        int last = 0;
        do {
            out.append(framed, last, matcher.start()).append(replacement.apply(matcher));
            last = matcher.end();
        } while (matcher.find());
        return out.append(framed, last, framed.length()).toString();
    }
}
