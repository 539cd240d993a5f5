package org.quire.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Reads the text of a book back, in reading order, and compares word sequences. */
public final class BookText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

    private BookText() {
    }

    /** The text of every spine document of an EPUB, in spine order. */
    public static String epubText(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document opf = Jsoup.parse(read(zip, "EPUB/package.opf"), "", Parser.xmlParser());
            StringBuilder text = new StringBuilder();
            for (var itemref : opf.select("spine > itemref")) {
                String href = opf.selectFirst("manifest > item[id=" + itemref.attr("idref") + "]").attr("href");
                text.append(Jsoup.parse(read(zip, "EPUB/" + href)).body().text()).append('\n');
            }
            return text.toString();
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Words with typographic apostrophes made straight, so "Where’s" matches "Where's". */
    public static List<String> words(String text) {
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(plain);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The words of {@code expected} that cannot be matched, in order, within {@code actual}. */
    public static List<String> missingInOrder(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            int found = actual.subList(at, actual.size()).indexOf(expected.get(i));
            if (found < 0) {
                missing.add("#" + i + " " + expected.get(i));
            } else {
                at += found + 1;
            }
        }
        return missing;
    }
}
