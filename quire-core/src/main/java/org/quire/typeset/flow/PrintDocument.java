package org.quire.typeset.flow;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The print templates' XHTML, read into a tree of {@link XElement}s: element names are local
 * names in lower case, comments and processing instructions are dropped (they never reach the
 * PDF), no DTD or entity outside the document is ever read.
 */
public final class PrintDocument {
    private static final SAXParserFactory FACTORY = factory();

    /** A {@code <style>} element's text and the document line where it starts. */
    public record StyleText(String css, int line) {
    }

    private XElement root;
    private final List<StyleText> styles;

    private PrintDocument(XElement root, List<StyleText> styles) {
        this.root = root;
        this.styles = List.copyOf(styles);
    }

    /** @throws IllegalStateException after {@link #release()} */
    public XElement root() {
        if (root == null) {
            throw new IllegalStateException("the print document was given up once its book was laid out");
        }
        return root;
    }

    /** Lets the tree go: whoever set the book needs it no more, and a long book's tree is large. */
    public void release() {
        root = null;
    }

    /** The document's own {@code <style>} elements, in order. */
    public List<StyleText> styles() {
        return styles;
    }

    /** @throws IllegalArgumentException when the text is not well-formed XML */
    public static PrintDocument parse(String xhtml) {
        Builder builder = new Builder();
        try {
            FACTORY.newSAXParser().parse(new InputSource(new StringReader(xhtml)), builder);
        } catch (SAXException e) {
            throw new IllegalArgumentException("the print document is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
        if (builder.root == null) {
            throw new IllegalArgumentException("the print document is empty");
        }
        return new PrintDocument(builder.root, builder.styles);
    }

    private static final class Builder extends DefaultHandler {
        XElement root;
        final List<StyleText> styles = new ArrayList<>();
        private XElement current;
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int styleLine = -1;

        @Override
        public void setDocumentLocator(Locator value) {
            locator = value;
        }

        private void flushText() {
            if (text.length() > 0 && current != null) {
                current.children.add(text.toString());
            }
            text.setLength(0);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
            String[] pairs = new String[attributes.getLength() * 2];
            for (int i = 0; i < attributes.getLength(); i++) {
                String key = attributes.getQName(i);
                pairs[2 * i] = key.startsWith("xml:") ? key : key.toLowerCase(Locale.ROOT);
                pairs[2 * i + 1] = attributes.getValue(i);
            }
            XElement element = new XElement(name, pairs, current, locator == null ? 0 : locator.getLineNumber());
            if (current == null) {
                root = element;
            } else {
                XElement previous = current.lastElement;
                element.previous = previous;
                current.lastElement = element;
                if (previous != null) {
                    previous.next = element;
                }
                current.children.add(element);
            }
            current = element;
            if (name.equals("style")) {
                styleLine = element.line();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (current.name().equals("style")) {
                styles.add(new StyleText(text.toString(), styleLine));
            }
            flushText();
            current = current.parent();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }
}
