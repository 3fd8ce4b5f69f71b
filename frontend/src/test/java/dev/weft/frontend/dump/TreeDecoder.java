package dev.weft.frontend.dump;

import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.frontend.ast.Visitor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds Java syntax trees from the JSON that gen_dump_goldens.py writes of CPython's trees, so
 * the dumper is tested on CPython's own trees without depending on the parser. Node classes are
 * found through {@link Visitor} (one method per concrete node) and built by their constructor,
 * whose parameters are the fields in CPython's order.
 */
final class TreeDecoder {
    private static final Map<String, Constructor<?>> CONSTRUCTORS = new HashMap<>();
    private static final Map<String, Object> SINGLETONS = new HashMap<>();

    static {
        for (Method m : Visitor.class.getMethods()) {
            Class<?> type = m.getParameterTypes()[0];
            Constructor<?> constructor = type.getConstructors()[0];
            try {
                Node probe = (Node) constructor.newInstance(defaults(constructor.getParameterTypes()));
                CONSTRUCTORS.put(probe.nodeName(), constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        for (ExprContext v : ExprContext.values()) {
            SINGLETONS.put(v.nodeName(), v);
        }
        for (Operator v : Operator.values()) {
            SINGLETONS.put(v.nodeName(), v);
        }
        for (BoolOpKind v : BoolOpKind.values()) {
            SINGLETONS.put(v.nodeName(), v);
        }
        for (UnaryOpKind v : UnaryOpKind.values()) {
            SINGLETONS.put(v.nodeName(), v);
        }
        for (CmpOpKind v : CmpOpKind.values()) {
            SINGLETONS.put(v.nodeName(), v);
        }
    }

    private TreeDecoder() {}

    private static Object[] defaults(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i] == int.class ? 0 : null;
        }
        return args;
    }

    static Object decode(Object json) {
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object element : (List<?>) json) {
                out.add(decode(element));
            }
            return out;
        }
        if (json instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) json;
            if (map.containsKey("$")) {
                return constant(map);
            }
            String name = (String) map.get("_");
            if (SINGLETONS.containsKey(name)) {
                return SINGLETONS.get(name);
            }
            return node(name, map);
        }
        if (json instanceof Long) {
            return Math.toIntExact((Long) json);
        }
        return json;
    }

    private static Node node(String name, Map<?, ?> map) {
        Constructor<?> constructor = CONSTRUCTORS.get(name);
        if (constructor == null) {
            throw new IllegalArgumentException("unknown node " + name);
        }
        Object[] args = defaults(constructor.getParameterTypes());
        try {
            Node probe = (Node) constructor.newInstance(args);
            List<String> fields = probe.fieldNames();
            for (int i = 0; i < fields.size(); i++) {
                if (map.containsKey(fields.get(i))) {
                    Object value = decode(map.get(fields.get(i)));
                    args[i] = value == null && constructor.getParameterTypes()[i] == int.class ? 0 : value;
                }
            }
            Node node = (Node) constructor.newInstance(args);
            if (map.containsKey("lineno") && node.hasLocation()) {
                node.at(intOf(map, "lineno"), intOf(map, "col_offset"), intOf(map, "end_lineno"),
                        intOf(map, "end_col_offset"));
            }
            return node;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static int intOf(Map<?, ?> map, String key) {
        return Math.toIntExact((Long) map.get(key));
    }

    private static Object constant(Map<?, ?> map) {
        Object v = map.get("v");
        switch ((String) map.get("$")) {
            case "None":
                return ConstantValue.NONE;
            case "Ellipsis":
                return ConstantValue.ELLIPSIS;
            case "bool":
                return v;
            case "int":
                return new BigInteger((String) v);
            case "float":
                return Double.longBitsToDouble(Long.parseUnsignedLong((String) v, 16));
            case "complex":
                return new ConstantValue.Imaginary(Double.longBitsToDouble(Long.parseUnsignedLong((String) v, 16)));
            case "str":
                return v;
            case "bytes":
                return new ConstantValue.Bytes(HexFormat.of().parseHex((String) v));
            default:
                throw new IllegalArgumentException("unknown constant " + map);
        }
    }
}
