package org.quire.typeset.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A pattern file is read in the charset its first line names. LibreOffice's files name KOI8-R,
 * ISO8859-7 (no hyphen after ISO), ISO8859-2 or UTF-8; a file read in the wrong one matches no
 * Cyrillic or Greek word and hyphenates nothing, without an error.
 */
class LiangHyphenatorTest {
    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = LiangHyphenator.class.getResourceAsStream("/org/quire/theme/hyphenation/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The same patterns in another charset, first line and all. */
    private static byte[] recoded(byte[] utf8, String charset) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        return (charset + text.substring(text.indexOf('\n'))).getBytes(Charset.forName(charset));
    }

    @Test
    void readsKoi8rPatternsAsTheirUtf8Twins() throws Exception {
        byte[] utf8 = bundled("hyph_ru_RU.dic");
        assertThat(new String(utf8, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("UTF-8");
        LiangHyphenator koi8 = new LiangHyphenator(recoded(utf8, "KOI8-R"));
        LiangHyphenator unicode = new LiangHyphenator(utf8);
        for (String word : new String[] {"прекрасный", "разговаривайте", "частнопредпринимательская", "подъезд"}) {
            assertThat(koi8.marked(word, '-')).isEqualTo(unicode.marked(word, '-')).contains("-");
        }
        assertThat(koi8.marked("прекрасный", '-')).isEqualTo("пре-крас-ный");
    }

    @Test
    void readsIso8859Patterns() throws Exception {
        byte[] greek = bundled("hyph_el_GR.dic");
        assertThat(new String(greek, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("ISO8859-7");
        assertThat(new LiangHyphenator(greek).marked("άνθρωπος", '-')).isEqualTo("άν-θρω-πος");
        byte[] polish = bundled("hyph_pl_PL.dic");
        assertThat(new String(polish, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("ISO8859-2");
        assertThat(new LiangHyphenator(polish).marked("rzeczywistość", '-')).isEqualTo("rze-czy-wi-stość");
    }
}
