package org.quire.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Counts words the way fan-fiction archives do: runs of text between spaces that hold at least
 * one letter or digit. "Please…please" is one word, a lone dash is none. In the scripts written
 * without spaces between words (Han, Hiragana, Katakana, Thai) each character is a word, as the
 * Archive of Our Own counts them (otwarchive's {@code WordCounter}).
 */
public final class Words {
    private int words;
    private boolean inToken;
    private boolean tokenHasWord;

    private Words() {
    }

    public static int count(CharSequence text) {
        Words counter = new Words();
        counter.add(text);
        return counter.total();
    }

    /**
     * The words of an element's text as jsoup's {@link Element#text()} gives it (a space where a
     * block starts or ends and at a line break, text nodes joined as they stand), counted without
     * making that text: a chapter's is as long as the chapter.
     */
    static int count(Element root) {
        Words counter = new Words();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    counter.add(text.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    counter.space();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Node next = node.nextSibling();
                if (node instanceof Element element && !element.tag().isInline()
                        && (next instanceof TextNode || next instanceof Element e && e.tag().isInline())) {
                    counter.space();
                }
            }
        });
        return counter.total();
    }

    private void add(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 128) {
                // ASCII, most of most books: the same answers as below, without the Unicode tables.
                i++;
                if (c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F) {
                    space();
                } else {
                    inToken = true;
                    tokenHasWord |= c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                }
                continue;
            }
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                space();
            } else if (countedByCharacter(codePoint)) {
                space();
                words++;
            } else {
                inToken = true;
                tokenHasWord |= Character.isLetterOrDigit(codePoint);
            }
        }
    }

    private static boolean countedByCharacter(int codePoint) {
        // Thai is U+0E00-0E7F and Han and kana start at U+2E80: the punctuation of Latin text
        // (curly quotes, dashes) is asked nothing more on this path, which sees every letter.
        if (codePoint < 0x0E00 || codePoint > 0x0E7F && codePoint < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private void space() {
        if (inToken && tokenHasWord) {
            words++;
        }
        inToken = false;
        tokenHasWord = false;
    }

    private int total() {
        space();
        return words;
    }
}
