package dev.weft.frontend.dump;

import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.MatchSingleton;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.UnaryOpKind;
import java.util.List;

/**
 * Prints a syntax tree exactly as CPython 3.13's {@code ast.dump(tree)} does, or as
 * {@code ast.dump(tree, include_attributes=True)} with {@code includeAttributes}.
 *
 * <p>CPython 3.13 leaves out fields that are {@code None} or empty lists, except the
 * {@code value} of {@code Constant} and {@code MatchSingleton}, where {@code None} is a value
 * ({@code Constant.kind} is optional and still left out when {@code None}).
 */
public final class AstDumper {
    private final boolean includeAttributes;
    private final StringBuilder out = new StringBuilder();

    private AstDumper(boolean includeAttributes) {
        this.includeAttributes = includeAttributes;
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Node node) {
        return dump(node, false);
    }

    /** {@code ast.dump(node, include_attributes=includeAttributes)}. */
    public static String dump(Node node, boolean includeAttributes) {
        AstDumper dumper = new AstDumper(includeAttributes);
        dumper.node(node);
        return dumper.out.toString();
    }

    private void node(Node node) {
        out.append(node.nodeName()).append('(');
        boolean first = true;
        List<String> names = node.fieldNames();
        boolean noneIsValue = node instanceof Constant || node instanceof MatchSingleton;
        for (int i = 0; i < names.size(); i++) {
            Object value = node.field(i);
            if (omitted(node, names.get(i), value, noneIsValue)) {
                continue;
            }
            first = separator(first);
            out.append(names.get(i)).append('=');
            value(value);
        }
        if (includeAttributes && node.hasLocation()) {
            int[] positions = {node.lineno, node.colOffset, node.endLineno, node.endColOffset};
            for (int i = 0; i < positions.length; i++) {
                first = separator(first);
                out.append(Node.ATTRIBUTES.get(i)).append('=').append(positions[i]);
            }
        }
        out.append(')');
    }

    private static boolean omitted(Node node, String name, Object value, boolean noneIsValue) {
        if (value instanceof List) {
            return ((List<?>) value).isEmpty();
        }
        if (value != null) {
            return false;
        }
        // Constant.kind is declared optional (class default None) and is left out even there.
        return !noneIsValue || (node instanceof Constant && name.equals("kind"));
    }

    private boolean separator(boolean first) {
        if (!first) {
            out.append(", ");
        }
        return false;
    }

    private void value(Object value) {
        if (value instanceof Node) {
            node((Node) value);
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object element : (List<?>) value) {
                first = separator(first);
                value(element);
            }
            out.append(']');
        } else if (value instanceof Enum) {
            out.append(singletonName((Enum<?>) value)).append("()");
        } else {
            out.append(PyRepr.repr(value));
        }
    }

    private static String singletonName(Enum<?> value) {
        if (value instanceof ExprContext) {
            return ((ExprContext) value).nodeName();
        }
        if (value instanceof Operator) {
            return ((Operator) value).nodeName();
        }
        if (value instanceof BoolOpKind) {
            return ((BoolOpKind) value).nodeName();
        }
        if (value instanceof UnaryOpKind) {
            return ((UnaryOpKind) value).nodeName();
        }
        if (value instanceof CmpOpKind) {
            return ((CmpOpKind) value).nodeName();
        }
        throw new IllegalArgumentException("not an ast singleton: " + value);
    }
}
