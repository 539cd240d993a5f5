package org.quire.typeset.flow;

/**
 * A piece of a page's vertical flow, in reading order: paragraphs, space, rules, pictures,
 * tables, and marks that take no room (anchors, running strings, bookmarks, breaks).
 */
public sealed interface Block permits TextBlock, Gap, RuleBlock, ImageBlock, TableBlock, Mark {
}
