package org.quire.typeset.flow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quire.typeset.tags.StructNode;

/**
 * The structure elements a unit's blocks make (ISO 32000-1 14.7.2, PDF/UA-1 7.1): each block's
 * own element under its container's, list items as LI with Lbl and LBody (14.8.4.3.3), and the
 * unit's roots, which are hung under the document in order when the book is assembled.
 */
final class StructureTree {
    private final String language;
    private final List<StructNode> roots = new ArrayList<>();
    /** Stands for the document: elements made under it become roots. */
    private final StructNode holder = StructNode.root("Document");
    private final Map<StructNode, StructNode> labels = new IdentityHashMap<>();
    private StructNode lastListItem;

    /** @param language the book's language: an element in it needs no /Lang of its own */
    StructureTree(String language) {
        this.language = language;
    }

    StructNode holder() {
        return holder;
    }

    List<StructNode> roots() {
        return roots;
    }

    /** A new structure element; under the document it is a root of this unit. */
    StructNode node(String type, StructNode parent) {
        if (parent == holder) {
            StructNode root = StructNode.root(type);
            roots.add(root);
            return root;
        }
        return new StructNode(type, parent);
    }

    /** The structure element of a block: its own, or {@code parent} when it has none. */
    StructNode of(XElement e, String role, StructNode parent) {
        if (role == null || role.equals(Roles.ARTIFACT) || parent == null) {
            return parent;
        }
        StructNode container = parent;
        if (role.equals("Lbl") && parent.type().equals("L")) {
            lastListItem = node("LI", parent);
            container = lastListItem;
        } else if (role.equals("LBody") && parent.type().equals("L")) {
            container = lastListItem != null && lastListItem.parent() == parent ? lastListItem : node("LI", parent);
        } else if (role.equals("LI")) {
            StructNode item = node("LI", parent).lang(langIfOther(e));
            return new StructNode("LBody", item);
        }
        StructNode node = node(role, container).lang(langIfOther(e));
        if (role.equals("Note") && e.attribute("id") != null) {
            node.id(e.attribute("id"));
        }
        return node;
    }

    /** The Lbl element of a list item, made beside its LBody. */
    StructNode lbl(StructNode body) {
        return labels.computeIfAbsent(body, b -> new StructNode("Lbl", b.parent()));
    }

    /** The element's language when it differs from the book's, for its /Lang. */
    String langIfOther(XElement e) {
        String lang = e.attribute("lang", e.attribute("xml:lang"));
        return lang == null || lang.equalsIgnoreCase(language) ? null : lang;
    }
}
