package org.quire.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words the theme prints around a story ("Contents", "Chapter 3", "Afterword"), in the
 * story's language: {@code labels_<language>.properties} over {@code labels.properties}, and
 * in each the author's entries over the built-in ones, so a writer changes only what they list.
 * A language without its file gets English.
 */
public final class Labels {
    private final Map<String, String> values;
    private final Locale locale;

    private Labels(Map<String, String> values, Locale locale) {
        this.values = Map.copyOf(values);
        this.locale = locale;
    }

    public static Labels of(Theme theme, String languageTag) throws IOException {
        Locale locale = Locale.forLanguageTag(languageTag);
        Map<String, String> values = new TreeMap<>();
        for (byte[] layer : theme.layers("labels.properties")) {
            read(layer, values);
        }
        for (byte[] layer : theme.layers("labels_" + locale.getLanguage() + ".properties")) {
            read(layer, values);
        }
        return new Labels(values, locale);
    }

    private static void read(byte[] file, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(file, StandardCharsets.UTF_8)));
        properties.stringPropertyNames().forEach(key -> into.put(key, properties.getProperty(key)));
    }

    public String get(String key) {
        return values.getOrDefault(key, key);
    }

    /** "Chapter 3", "Kapitel 3": the name of a chapter the author did not title. */
    public String chapter(int number) {
        return format("chapter", String.valueOf(number)); // a string: no "1,000" grouping
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key).replace("'", "''"), locale).format(arguments);
    }

    /**
     * A count as the story's language groups it: "2,896", "2 896" (narrow no-break space, French),
     * "2.896" (German), from the JDK's CLDR data. Digits stay Latin (CLDR's {@code nu-latn}) like
     * the dates beside them, so the built-in fonts print them in every language.
     */
    public String number(long count) {
        Locale latin = new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
        return NumberFormat.getIntegerInstance(latin).format(count);
    }

    /** A date in the story's language, CLDR's long form: "March 12, 2024", "12 mars 2024", "12. März 2024". */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /**
     * Names joined as the story's language joins them: "A", "A and B", "A, B and C". The label
     * {@code and} is the word between the last two, or a pattern with {@code {0}} (the names
     * before) and {@code {1}} (the last) where the word is not set apart by spaces (Hebrew
     * "{0} ו{1}", Chinese "{0}和{1}"); the label {@code comma} separates the others (", ", or
     * "、" in Chinese and Japanese).
     */
    public String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        String before = String.join(values.getOrDefault("comma", ", "), names.subList(0, names.size() - 1));
        String last = names.get(names.size() - 1);
        String and = get("and");
        if (!and.contains("{0}")) {
            return before + " " + and + " " + last;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < and.length(); i++) {
            if (and.startsWith("{0}", i) || and.startsWith("{1}", i)) {
                joined.append(and.charAt(i + 1) == '0' ? before : last);
                i += 2;
            } else {
                joined.append(and.charAt(i));
            }
        }
        return joined.toString();
    }

    /** Every label, for templates as {@code labels.contents} and so on. */
    public Map<String, String> asMap() {
        return values;
    }
}
