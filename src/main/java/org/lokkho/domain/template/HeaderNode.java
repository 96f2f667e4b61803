package org.lokkho.domain.template;

import java.util.List;

/**
 * The table header as a tree: a leaf names a column (its label is the column's header),
 * a group has a label spanning its children. Multi-row headers with spans follow from the tree's depth.
 */
public record HeaderNode(String column, LocalizedText label, List<HeaderNode> children) {
    public HeaderNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isLeaf() {
        return column != null;
    }

    public int depth() {
        return isLeaf() ? 1 : 1 + children.stream().mapToInt(HeaderNode::depth).max().orElse(0);
    }

    public int leafCount() {
        return isLeaf() ? 1 : children.stream().mapToInt(HeaderNode::leafCount).sum();
    }
}
