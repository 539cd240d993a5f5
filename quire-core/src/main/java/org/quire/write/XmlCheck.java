package org.quire.write;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that a rendered page is well-formed XML before it goes into a book: an edited template
 * that breaks the markup is reported here, naming the template, not later by a reading system.
 */
final class XmlCheck {
    private static final SAXParserFactory FACTORY = factory();

    private XmlCheck() {
    }

    static void wellFormed(String xml, java.nio.file.Path template, String output) throws StoryException {
        try {
            FACTORY.newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw malformed(e, template, output);
        } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }

    /** The error for a page a template made that is not well-formed: {@code TEMPLATE-XHTML} at the template. */
    static StoryException malformed(SAXParseException e, java.nio.file.Path template, String output) {
        return new StoryException(Diagnostic.error("TEMPLATE-XHTML", Location.of(template),
                "the template made malformed XML in " + output + " (its line " + e.getLineNumber()
                        + "): " + e.getMessage() + "; check the tags you edited"));
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            // Never resolve a DOCTYPE or entity: pages must not read anything outside the book.
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
