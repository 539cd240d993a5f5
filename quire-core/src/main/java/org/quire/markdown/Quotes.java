package org.quire.markdown;

import java.util.Locale;
import java.util.Map;

/**
 * Quotation marks by language, primary (double) and secondary (single) pairs, after the usage
 * tables in the Unicode CLDR ({@code delimiters}: quotationStart/End, alternateQuotationStart/End).
 */
record Quotes(String doubleOpen, String doubleClose, String singleOpen, String singleClose) {
    private static final String NBSP = "\u00A0";
    static final Quotes ENGLISH = new Quotes("\u201C", "\u201D", "\u2018", "\u2019");
    private static final Quotes LOW_NINE = new Quotes("\u201E", "\u201C", "\u201A", "\u2018");
    private static final Quotes GUILLEMETS = new Quotes("\u00AB", "\u00BB", "\u201C", "\u201D");
    private static final Map<String, Quotes> BY_LANGUAGE = Map.ofEntries(
            Map.entry("de", LOW_NINE),
            Map.entry("cs", LOW_NINE),
            Map.entry("sk", LOW_NINE),
            Map.entry("is", LOW_NINE),
            Map.entry("lt", LOW_NINE),
            Map.entry("fr", new Quotes("\u00AB" + NBSP, NBSP + "\u00BB", "\u201C", "\u201D")),
            Map.entry("es", GUILLEMETS),
            Map.entry("it", GUILLEMETS),
            Map.entry("pt", GUILLEMETS),
            Map.entry("ca", GUILLEMETS),
            Map.entry("ru", new Quotes("\u00AB", "\u00BB", "\u201E", "\u201C")),
            Map.entry("uk", new Quotes("\u00AB", "\u00BB", "\u201E", "\u201C")),
            Map.entry("pl", new Quotes("\u201E", "\u201D", "\u00AB", "\u00BB")),
            Map.entry("nl", ENGLISH),
            Map.entry("sv", new Quotes("\u201D", "\u201D", "\u2019", "\u2019")),
            Map.entry("fi", new Quotes("\u201D", "\u201D", "\u2019", "\u2019")),
            Map.entry("da", new Quotes("\u201C", "\u201D", "\u2018", "\u2019")),
            Map.entry("nb", GUILLEMETS),
            Map.entry("no", GUILLEMETS),
            Map.entry("el", new Quotes("\u00AB", "\u00BB", "\u201C", "\u201D")),
            Map.entry("ja", new Quotes("\u300C", "\u300D", "\u300E", "\u300F")),
            Map.entry("zh", new Quotes("\u201C", "\u201D", "\u2018", "\u2019")));

    /** Whether the language's quotation marks include guillemets, so {@code <<} and {@code >>} mean them. */
    boolean usesGuillemets() {
        return (doubleOpen + doubleClose + singleOpen + singleClose).matches(".*[\u00AB\u00BB\u2039\u203A].*");
    }

    /** The marks for a BCP 47 tag such as {@code de-AT}; English marks when the language is not listed. */
    static Quotes forLanguage(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        if (languageTag.toLowerCase(Locale.ROOT).startsWith("de-ch")) {
            return new Quotes("\u00AB", "\u00BB", "\u2039", "\u203A");
        }
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }
}
