package dev.weft.runtime.format;

import dev.weft.runtime.text.StrRepr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A miniature Python object model for tests: decodes the typed operand encoding of the
 * generator scripts and implements {@link PercentOperands} over it.
 * None is {@link #NONE}, bool Boolean, int BigInteger, float Double, complex double[2],
 * str String, tuple {@link Tuple}, list ArrayList, dict LinkedHashMap.
 */
final class PyTestValues implements PercentOperands<Object> {
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    record Tuple(List<Object> items) {}

    static Object decode(String s) {
        int[] pos = {0};
        Object v = decode(s, pos);
        if (pos[0] != s.length()) {
            throw new IllegalArgumentException("trailing operand text: " + s);
        }
        return v;
    }

    private static Object decode(String s, int[] pos) {
        char tag = s.charAt(pos[0]++);
        switch (tag) {
            case 'N': return NONE;
            case 'T': return Boolean.TRUE;
            case 'F': return Boolean.FALSE;
            case 'i': {
                int end = s.indexOf(';', pos[0]);
                String hex = s.substring(pos[0], end);
                pos[0] = end + 1;
                return FormatTable.parseHexInt(hex);
            }
            case 'f': {
                double d = FormatTable.bitsToDouble(s.substring(pos[0], pos[0] + 16));
                pos[0] += 17;
                return d;
            }
            case 'c': {
                double re = FormatTable.bitsToDouble(s.substring(pos[0], pos[0] + 16));
                double im = FormatTable.bitsToDouble(s.substring(pos[0] + 16, pos[0] + 32));
                pos[0] += 33;
                return new double[] {re, im};
            }
            case 's': {
                int colon = s.indexOf(':', pos[0]);
                int n = Integer.parseInt(s.substring(pos[0], colon));
                int end = s.offsetByCodePoints(colon + 1, n);
                String v = s.substring(colon + 1, end);
                pos[0] = end;
                return v;
            }
            case '(': case '[': {
                char close = tag == '(' ? ')' : ']';
                List<Object> items = new ArrayList<>();
                while (s.charAt(pos[0]) != close) {
                    items.add(decode(s, pos));
                }
                pos[0]++;
                return tag == '(' ? new Tuple(items) : items;
            }
            case '{': {
                Map<Object, Object> map = new LinkedHashMap<>();
                while (s.charAt(pos[0]) != '}') {
                    Object k = decode(s, pos);
                    map.put(k, decode(s, pos));
                }
                pos[0]++;
                return map;
            }
            default:
                throw new IllegalArgumentException("bad operand tag " + tag + " in " + s);
        }
    }

    static String pyRepr(Object v) {
        if (v == NONE) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof BigInteger i) {
            return IntDigitLimit.toDecimalString(i);
        }
        if (v instanceof Double d) {
            return FloatToString.repr(d);
        }
        if (v instanceof double[] c) {
            return ComplexFormat.repr(c[0], c[1]);
        }
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof Tuple t) {
            List<String> parts = new ArrayList<>();
            t.items().forEach(x -> parts.add(pyRepr(x)));
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(pyRepr(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(pyRepr(k) + ": " + pyRepr(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    static String pyStr(Object v) {
        return v instanceof String s ? s : pyRepr(v);
    }

    static String pyAscii(Object v) {
        String r = pyRepr(v);
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    static String pyTypeName(Object v) {
        if (v == NONE) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (v instanceof BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof double[]) return "complex";
        if (v instanceof String) return "str";
        if (v instanceof Tuple) return "tuple";
        if (v instanceof List) return "list";
        if (v instanceof Map) return "dict";
        throw new IllegalArgumentException(String.valueOf(v));
    }

    @Override
    public int tupleLength(Object args) {
        return args instanceof Tuple t ? t.items().size() : -1;
    }

    @Override
    public Object tupleItem(Object args, int index) {
        return ((Tuple) args).items().get(index);
    }

    @Override
    public boolean isMapping(Object args) {
        return args instanceof Map || args instanceof List;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        if (mapping instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw new FormatError("KeyError", key);
            }
            return m.get(key);
        }
        throw FormatError.typeError("list indices must be integers or slices, not str");
    }

    @Override
    public String str(Object v) {
        return pyStr(v);
    }

    @Override
    public String repr(Object v) {
        return pyRepr(v);
    }

    @Override
    public String ascii(Object v) {
        return pyAscii(v);
    }

    @Override
    public String typeName(Object v) {
        return pyTypeName(v);
    }

    @Override
    public Number intValue(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return null;
    }

    @Override
    public String strValue(Object v) {
        return v instanceof String s ? s : null;
    }

    @Override
    public boolean isNumber(Object v) {
        return v instanceof BigInteger || v instanceof Boolean || v instanceof Double || v instanceof double[];
    }

    @Override
    public Number index(Object v) {
        return intValue(v);
    }

    @Override
    public Number toInt(Object v) {
        Number n = intValue(v);
        if (n != null) {
            return n;
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw FormatError.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw FormatError.overflowError("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        return null;
    }

    @Override
    public Double toFloat(Object v) {
        return v instanceof Double d ? d : null;
    }
}
