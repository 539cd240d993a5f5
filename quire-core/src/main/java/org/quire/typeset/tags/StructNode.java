package org.quire.typeset.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of the PDF's structure tree (ISO 32000-1 §14.7, standard types of §14.8.4). A node
 * joins its parent when its first content is drawn, so the tree lists everything in reading
 * order whatever order the layout made it in; a node that never gets content stays out.
 * A node belongs to one layout thread until the book is put together.
 */
public final class StructNode {
    private final String type;
    private final StructNode parent;
    private final List<Object> kids = new ArrayList<>(2);
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private String alt;
    private String id;
    private String lang;
    private StructNode follower;
    private boolean attached;
    private List<StructNode> leaders;
    private boolean root;

    /** @param type a standard structure type: P, H1, Part, Link, Note… */
    public StructNode(String type, StructNode parent) {
        this.type = type;
        this.parent = parent;
    }

    /** A node that the book attaches itself (a part of the book laid out on its own). */
    public static StructNode root(String type) {
        StructNode node = new StructNode(type, null);
        node.root = true;
        return node;
    }

    public String type() {
        return type;
    }

    public StructNode parent() {
        return parent;
    }

    /** Child nodes, {@link MarkedContent} and {@link AnnotationRef}s, in reading order. */
    public List<Object> kids() {
        return kids;
    }

    /** Whether the node is in the tree (it had content, or is a root). */
    public boolean attached() {
        return attached || root;
    }

    public String alt() {
        return alt;
    }

    public StructNode alt(String value) {
        alt = value;
        return this;
    }

    public String id() {
        return id;
    }

    public StructNode id(String value) {
        id = value;
        return this;
    }

    public String lang() {
        return lang;
    }

    public StructNode lang(String value) {
        lang = value;
        return this;
    }

    /** Layout attributes ({@code /A}): owner, then key and value; a value is a name, a number or text. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    public StructNode attribute(String key, Object value) {
        attributes.put(key, value);
        return this;
    }

    /** A node to attach right after this one (a note after the link that calls it). */
    public void follower(StructNode value) {
        follower = value;
    }

    /**
     * A node with no content of its own to attach right before this one (an empty table cell
     * at the start of a row: PDF/UA-1 wants every row to have all its cells).
     */
    public void leader(StructNode value) {
        if (leaders == null) {
            leaders = new java.util.ArrayList<>();
        }
        leaders.add(value);
    }

    /** Adds content (marked content or an annotation), attaching this node and its ancestors first. */
    public void add(Object content) {
        attach();
        kids.add(content);
    }

    /** Puts the node into its parent's kids (after the parent's own content so far). */
    public void attach() {
        if (attached || root) {
            return;
        }
        attached = true;
        if (parent != null) {
            parent.attach();
            if (leaders != null) {
                for (StructNode leader : leaders) {
                    if (!leader.attached && leader.parent == parent) {
                        leader.attached = true;
                        parent.kids.add(leader);
                    }
                }
            }
            parent.kids.add(this);
            if (follower != null && !follower.attached && follower.parent == parent) {
                follower.attach(); // and its own follower: a run of empty cells
            }
        }
    }

    @Override
    public String toString() {
        return type;
    }
}
