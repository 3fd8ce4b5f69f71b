package dev.weft.frontend.ast;

import java.util.List;

/**
 * Walks a tree depth-first in field order, like {@code ast.NodeVisitor.generic_visit}: override
 * {@link #enter} to act on each node and return {@code false} to skip its children.
 */
public abstract class NodeWalker {
    /** Called for each node before its children; returning false skips the children. */
    protected abstract boolean enter(Node node);

    /** Called for each node after its children (or right after {@link #enter} returned false). */
    protected void leave(Node node) {}

    public final void walk(Node node) {
        if (node == null) {
            return;
        }
        if (enter(node)) {
            List<String> names = node.fieldNames();
            for (int i = 0; i < names.size(); i++) {
                walkValue(node.field(i));
            }
        }
        leave(node);
    }

    private void walkValue(Object value) {
        if (value instanceof Node) {
            walk((Node) value);
        } else if (value instanceof List) {
            for (Object item : (List<?>) value) {
                walkValue(item);
            }
        }
    }
}
