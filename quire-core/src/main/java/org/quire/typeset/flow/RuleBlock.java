package org.quire.typeset.flow;

/** A horizontal rule (a border or {@code <hr>}), drawn as an artifact: insets and thickness in points. */
public record RuleBlock(float left, float right, float thickness, int color) implements Block {
}
