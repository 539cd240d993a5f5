package org.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counting a chapter's words from its tree gives what counting its text() gives, on every kind of boundary. */
class WordsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>One two three.</p>",
        "<p>one</p><p>two</p>",
        "<p>run<em>on</em>word and <strong>bold</strong>ly</p>",
        "<p>line<br>break</p>",
        "<div>block</div>after<em>inline</em><p>para</p><span>tail</span>",
        "<blockquote><p>quoted</p></blockquote>text",
        "<ul><li>one</li><li>two</li></ul>",
        "<table><tr><td>a</td><td>b</td></tr></table>",
        "<p>soft\u00ADhyphen zero\u200Bwidth no\u00A0break em\u2003space – — …</p>",
        "<pre>  code\n  lines  </pre>",
        "<p>«\u202FFrench\u202F» l’apostrophe</p><hr>rule",
        "<p>\u05E9\u05DC\u05D5\u05DD 世界 😀 x</p>",
        "<p></p><p> </p>",
    })
    void countsTheTreeAsItsText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(Words.count(body)).isEqualTo(Words.count(body.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>one</p><p>two</p>", "<p>a<br>b</p>", "<div>x</div>y"})
    void aBlockOrALineBreakEndsAWord(String html) {
        assertThat(Words.count(Jsoup.parseBodyFragment(html).body())).isEqualTo(2);
    }

    /** As the Archive of Our Own counts: a character of Han, kana or Thai is a word; other scripts by spaces. */
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "她说：“我们走吧。”|6",
        "ひらがなとカタカナ|9",
        "สวัสดีครับ|10",
        "한국어 문장입니다|2",
        "Hello 世界 world|4",
        "One two three.|3",
    })
    @ParameterizedTest
    void charactersOfScriptsWithoutSpacesAreWords(String text, int words) {
        assertThat(Words.count(text)).isEqualTo(words);
        assertThat(Words.count(Jsoup.parseBodyFragment("<p>" + text + "</p>").body())).isEqualTo(words);
    }
}
