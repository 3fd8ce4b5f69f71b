package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.ast.Node;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON that frontend/tools/ast_json.py writes from CPython's {@code ast} back into
 * Weft's AST classes, so passes after the parser are tested on CPython's own trees.
 */
final class AstJsonReader {
    private static final String AST = "dev.weft.frontend.ast.";
    private static final Map<String, String> JAVA_NAMES = Map.of("Expr", "ExprStmt", "arguments", "Arguments",
            "arg", "Arg", "keyword", "Keyword", "alias", "Alias", "withitem", "WithItem", "match_case", "MatchCase",
            "comprehension", "Comprehension");
    private static final List<Class<?>> ENUMS = List.of(dev.weft.frontend.ast.ExprContext.class,
            dev.weft.frontend.ast.BoolOpKind.class, dev.weft.frontend.ast.Operator.class,
            dev.weft.frontend.ast.UnaryOpKind.class, dev.weft.frontend.ast.CmpOpKind.class);
    private static final Map<String, Object> ENUM_CONSTANTS = new HashMap<>();

    static {
        try {
            for (Class<?> e : ENUMS) {
                for (Object c : e.getEnumConstants()) {
                    ENUM_CONSTANTS.put((String) e.getMethod("nodeName").invoke(c), c);
                }
            }
        } catch (ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private AstJsonReader() {}

    static Mod read(String json) {
        return (Mod) toAst(new JsonParser(json).value());
    }

    @SuppressWarnings("unchecked")
    private static Object toAst(Object json) {
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<Object>) json) {
                out.add(toAst(o));
            }
            return out;
        }
        if (!(json instanceof Map)) {
            return json;
        }
        Map<String, Object> obj = (Map<String, Object>) json;
        String type = (String) obj.get("_");
        if (type.equals("const")) {
            return constant(obj);
        }
        if (ENUM_CONSTANTS.containsKey(type) && obj.size() == 1) {
            return ENUM_CONSTANTS.get(type);
        }
        try {
            Class<?> cls = Class.forName(AST + JAVA_NAMES.getOrDefault(type, type));
            Constructor<?> ctor = cls.getConstructors()[0];
            Parameter[] params = ctor.getParameters();
            List<String> fields = (List<String>) cls.getField("FIELDS").get(null);
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                Object v = toAst(obj.get(fields.get(i)));
                Class<?> pt = params[i].getType();
                if (pt == int.class) {
                    v = v == null ? 0 : ((Number) v).intValue();
                } else if (pt == Integer.class && v != null) {
                    v = ((Number) v).intValue();
                }
                args[i] = v;
            }
            Node node = (Node) ctor.newInstance(args);
            List<Object> pos = (List<Object>) obj.get("pos");
            if (pos != null) {
                node.at(num(pos.get(0)), num(pos.get(1)), num(pos.get(2)), num(pos.get(3)));
            }
            return node;
        } catch (ReflectiveOperationException ex) {
            throw new IllegalArgumentException("cannot build " + type, ex);
        }
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static Object constant(Map<String, Object> obj) {
        for (Map.Entry<String, Object> e : obj.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "none":
                    return ConstantValue.NONE;
                case "ellipsis":
                    return ConstantValue.ELLIPSIS;
                case "bool":
                    return v;
                case "int":
                    return new BigInteger((String) v);
                case "float":
                    return parseFloat((String) v);
                case "complex":
                    return new ConstantValue.Imaginary(parseFloat((String) v));
                case "str":
                    return v;
                case "bytes": {
                    String hex = (String) v;
                    byte[] data = new byte[hex.length() / 2];
                    for (int i = 0; i < data.length; i++) {
                        data[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
                    }
                    return new ConstantValue.Bytes(data);
                }
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("bad constant " + obj);
    }

    private static double parseFloat(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(s);
        }
    }

    /** A minimal JSON parser: objects (ordered), arrays, strings, numbers, booleans, null. */
    private static final class JsonParser {
        private final String s;
        private int i;

        JsonParser(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (s.charAt(i) == '}') {
                i++;
                return out;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                i++; // ':'
                out.put(key, value());
                skipSpace();
                if (s.charAt(i++) == '}') {
                    return out;
                }
            }
        }

        private List<Object> array() {
            List<Object> out = new ArrayList<>();
            i++;
            skipSpace();
            if (s.charAt(i) == ']') {
                i++;
                return out;
            }
            while (true) {
                out.add(value());
                skipSpace();
                if (s.charAt(i++) == ']') {
                    return out;
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'u':
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: sb.append(e); break;
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String t = s.substring(start, i);
            if (t.contains(".") || t.contains("e") || t.contains("E")) {
                return Double.parseDouble(t);
            }
            return Long.parseLong(t);
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
