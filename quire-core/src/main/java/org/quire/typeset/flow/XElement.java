package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.List;
import org.quire.typeset.css.CssElement;

/**
 * An element of the print document, as read by {@link PrintDocument}: a light, read-only tree
 * that many layout threads share. Children are elements and text ({@link String}s).
 */
public final class XElement implements CssElement {
    private final String name;
    private final String[] attributes;
    private final XElement parent;
    private final int line;
    final List<Object> children = new ArrayList<>(2);
    XElement previous;
    XElement next;
    /** While reading: the last element child so far. */
    XElement lastElement;

    XElement(String name, String[] attributes, XElement parent, int line) {
        this.name = name;
        this.attributes = attributes;
        this.parent = parent;
        this.line = line;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String attribute(String key) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(key)) {
                return attributes[i + 1];
            }
        }
        return null;
    }

    public String attribute(String key, String otherwise) {
        String value = attribute(key);
        return value == null ? otherwise : value;
    }

    @Override
    public XElement parent() {
        return parent;
    }

    @Override
    public XElement previousSibling() {
        return previous;
    }

    @Override
    public XElement nextSibling() {
        return next;
    }

    /** Elements and texts, in document order. */
    public List<Object> children() {
        return children;
    }

    /** The line of the print document where the element starts. */
    public int line() {
        return line;
    }

    public boolean hasClass(String name) {
        String classes = attribute("class");
        if (classes == null) {
            return false;
        }
        for (String c : classes.split("\\s+")) {
            if (c.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the element and its descendants. */
    public String text() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    void appendText(StringBuilder out) {
        for (Object child : children) {
            if (child instanceof String text) {
                out.append(text);
            } else {
                ((XElement) child).appendText(out);
            }
        }
    }

    /** The first element below this one (depth first) with that name, or null. */
    public XElement find(String elementName) {
        for (Object child : children) {
            if (child instanceof XElement element) {
                if (element.name.equals(elementName)) {
                    return element;
                }
                XElement found = element.find(elementName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        String id = attribute("id");
        String classes = attribute("class");
        return "<" + name + (id == null ? "" : " id=" + id) + (classes == null ? "" : " class=" + classes) + ">";
    }
}
