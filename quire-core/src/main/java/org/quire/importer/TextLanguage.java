package org.quire.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language a story's text is written in, when nothing names it: by its script (Arabic,
 * Hebrew, Greek, Cyrillic, Chinese, Japanese, Korean, Thai, Devanagari…), and for Latin script
 * by the share of the commonest short words of English, German, French, Spanish, Italian,
 * Portuguese and Dutch. A guess is made only on enough text and a clear lead, else none.
 */
final class TextLanguage {
    /** Enough of the text to tell its language; the rest adds nothing but time. */
    private static final int SAMPLE = 20_000;
    private static final int MIN_LETTERS = 20;
    private static final int MIN_WORDS = 12;

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "was", "he", "she", "it", "you", "that", "his", "her", "with", "is", "in"),
            "de", Set.of("der", "die", "und", "das", "nicht", "sie", "er", "ist", "ich", "zu", "den", "mit", "es", "ein", "war"),
            "fr", Set.of("le", "la", "les", "et", "est", "une", "des", "il", "elle", "pas", "je", "que", "dans", "du", "qui"),
            "es", Set.of("el", "la", "los", "y", "que", "una", "las", "del", "por", "pero", "se", "con", "no", "su", "lo"),
            "it", Set.of("il", "che", "non", "di", "una", "della", "per", "sono", "gli", "era", "lei", "lui", "mi", "si", "ma"),
            "pt", Set.of("o", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "ela", "ele", "se", "mas", "eu"),
            "nl", Set.of("de", "het", "een", "en", "van", "niet", "zij", "hij", "ik", "dat", "is", "op", "maar", "met", "was"));

    private TextLanguage() {
    }

    /** The BCP 47 tag of the text's language, or empty when the text does not say clearly. */
    static Optional<String> guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Optional<String> script = byScript(sample);
        return script.isPresent() ? script : byWords(sample);
    }

    /** A language told by its letters alone: most letters of the text in one script other than Latin. */
    private static Optional<String> byScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        boolean kana = false;
        boolean persian = false;
        boolean ukrainian = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            counts.merge(script, 1, Integer::sum);
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            persian |= "پچژگ".indexOf(c) >= 0;
            ukrainian |= "іїєґІЇЄҐ".indexOf(c) >= 0;
        }
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        Character.UnicodeScript top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        if (counts.get(top) * 2 < letters) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (top) {
            case ARABIC -> persian ? "fa" : "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case CYRILLIC -> ukrainian ? "uk" : "ru";
            case HAN -> kana ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            default -> null;
        });
    }

    /** A Latin-script language told by its commonest words: one well ahead of the others. */
    private static Optional<String> byWords(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS || hits.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        int best = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return best >= 4 && best >= 2 * second && best * 10 >= words ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    /** "Prologue" in the story's language, for an opening that has no title of its own. */
    static String prologue(String language) {
        return switch (language.length() >= 2 ? language.substring(0, 2) : language) {
            case "de" -> "Prolog";
            case "es", "pt" -> "Prólogo";
            case "it" -> "Prologo";
            case "nl" -> "Proloog";
            case "pl" -> "Prolog";
            case "ru", "uk" -> "Пролог";
            case "zh", "ja" -> "序章";
            default -> "Prologue";
        };
    }
}
