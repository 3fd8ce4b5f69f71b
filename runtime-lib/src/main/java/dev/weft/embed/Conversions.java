package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value conversions between Java and Python.
 *
 * <table>
 * <caption>Java → Python ({@link #toPython})</caption>
 * <tr><th>Java</th><th>Python</th></tr>
 * <tr><td>{@code null}</td><td>{@code None}</td></tr>
 * <tr><td>{@code Boolean}</td><td>{@code bool}</td></tr>
 * <tr><td>{@code Byte, Short, Integer, Long, BigInteger}</td><td>{@code int}</td></tr>
 * <tr><td>{@code Float, Double}</td><td>{@code float}</td></tr>
 * <tr><td>{@code String, Character}</td><td>{@code str}</td></tr>
 * <tr><td>{@code java.util.List}</td><td>{@code list} (a copy, elements converted)</td></tr>
 * <tr><td>{@code Object[]}</td><td>{@code tuple} (elements converted)</td></tr>
 * <tr><td>{@code java.util.Map}</td><td>{@code dict} (a copy, keys and values converted)</td></tr>
 * <tr><td>{@link PythonObject}</td><td>the object it wraps</td></tr>
 * <tr><td>anything else</td><td>a Java object usable from Python ({@link JavaInterop})</td></tr>
 * </table>
 *
 * <table>
 * <caption>Python → Java ({@link #toJava})</caption>
 * <tr><th>Python</th><th>Java</th></tr>
 * <tr><td>{@code None}</td><td>{@code null}</td></tr>
 * <tr><td>{@code bool}</td><td>{@code Boolean}</td></tr>
 * <tr><td>{@code int}</td><td>{@code Long}, or {@code BigInteger} beyond 64 bits</td></tr>
 * <tr><td>{@code float}</td><td>{@code Double}</td></tr>
 * <tr><td>{@code str}</td><td>{@code String}</td></tr>
 * <tr><td>{@code list}</td><td>{@code ArrayList} (elements converted)</td></tr>
 * <tr><td>{@code tuple}</td><td>unmodifiable {@code List} (elements converted)</td></tr>
 * <tr><td>{@code dict}</td><td>{@code LinkedHashMap} in insertion order (keys and values converted)</td></tr>
 * <tr><td>a wrapped Java object</td><td>the object</td></tr>
 * <tr><td>anything else</td><td>{@link PythonObject}</td></tr>
 * </table>
 * Subclasses of the builtin types convert as their base type.
 */
public final class Conversions {
    private Conversions() { }

    public static PyObject toPython(Object o) {
        if (o == null) {
            return PyNone.NONE;
        }
        if (o instanceof PyObject p) {
            return p;
        }
        if (o instanceof PythonObject p) {
            return p.unwrap();
        }
        if (o instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (o instanceof Double || o instanceof Float) {
            return PyFloat.of(((Number) o).doubleValue());
        }
        if (o instanceof String s) {
            return PyStr.of(s);
        }
        if (o instanceof Character c) {
            return PyStr.of(String.valueOf(c));
        }
        if (o instanceof List<?> l) {
            PyObject[] items = new PyObject[l.size()];
            int i = 0;
            for (Object x : l) {
                items[i++] = toPython(x);
            }
            return new PyList(items);
        }
        if (o instanceof Object[] a) {
            PyObject[] items = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                items[i] = toPython(a[i]);
            }
            return PyTuple.of(items);
        }
        if (o instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                d.setItem(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        return JavaInterop.wrap(o);
    }

    public static Object toJava(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (o instanceof PyInt i) {
            return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
        }
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyList l) {
            List<Object> out = new ArrayList<>();
            for (PyObject x : l.toArray()) {
                out.add(toJava(x));
            }
            return out;
        }
        if (o instanceof PyTuple t) {
            List<Object> out = new ArrayList<>(t.size());
            for (PyObject x : t.toArray()) {
                out.add(toJava(x));
            }
            return Collections.unmodifiableList(out);
        }
        if (o instanceof PyDict d) {
            Map<Object, Object> out = new LinkedHashMap<>();
            PyObject[][] kv = d.snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                out.put(toJava(kv[0][i]), toJava(kv[1][i]));
            }
            return out;
        }
        Object java = JavaInterop.unwrap(o);
        if (java != null) {
            return java;
        }
        return new PythonObject(o);
    }

    /**
     * Converts to a requested Java type: the boxed and primitive number types, {@code String},
     * {@code Boolean}, {@code List}, {@code Map}, {@code Object}, {@link PythonObject}, or an
     * interface the Python object implements (see {@link PythonObject#asInterface}).
     *
     * @throws PythonException a Python {@code TypeError} when the value does not convert
     */
    @SuppressWarnings("unchecked")
    public static <T> T toJava(PyObject o, Class<T> type) {
        Object v = JavaInterop.convertArgument(o, type);
        if (v == JavaInterop.NO_CONVERSION) {
            throw new PythonException(Errors.typeError("cannot convert Python %s to Java %s", o.type().name(),
                    type.getName()));
        }
        return (T) v;
    }
}
