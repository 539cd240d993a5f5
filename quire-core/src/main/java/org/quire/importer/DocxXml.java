package org.quire.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** WordprocessingML elements by name (ECMA-376 Part 1 §17), in its transitional and strict namespaces. */
final class DocxXml {
    private static final Set<String> W = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxXml() {
    }

    /** True for a {@code w:} element named {@code local}. */
    static boolean is(Node node, String local) {
        return node instanceof Element && W.contains(node.getNamespaceURI()) && local.equals(node.getLocalName());
    }

    static boolean isW(Node node) {
        return node instanceof Element && W.contains(node.getNamespaceURI());
    }

    /** The element children of {@code parent}. */
    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent == null ? null : parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The first {@code w:local} child of {@code parent}, or null. */
    static Element child(Node parent, String local) {
        for (Element child : children(parent)) {
            if (is(child, local)) {
                return child;
            }
        }
        return null;
    }

    /** A {@code w:} attribute's value ({@code w:val}…), or empty. */
    static String attr(Element element, String local) {
        if (element == null) {
            return "";
        }
        for (String namespace : W) {
            if (element.hasAttributeNS(namespace, local)) {
                return element.getAttributeNS(namespace, local);
            }
        }
        return element.hasAttribute("w:" + local) ? element.getAttribute("w:" + local) : "";
    }

    /** A toggle property ({@code <w:i/>}, {@code <w:b w:val="0"/>}): null when absent, else on or off (§17.7.3). */
    static Boolean toggle(Element properties, String local) {
        Element property = child(properties, local);
        if (property == null) {
            return null;
        }
        String value = attr(property, "val");
        return !(value.equals("0") || value.equals("false") || value.equals("off") || value.equals("none"));
    }

    /** Every {@code w:local} element under {@code root}, in document order. */
    static List<Element> all(Node root, String local) {
        List<Element> found = new ArrayList<>();
        collect(root, local, found);
        return found;
    }

    private static void collect(Node node, String local, List<Element> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, local)) {
                found.add((Element) child);
            }
            collect(child, local, found);
        }
    }
}
