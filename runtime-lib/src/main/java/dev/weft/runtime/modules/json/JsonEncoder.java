package dev.weft.runtime.modules.json;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.format.FloatToString;
import dev.weft.runtime.format.IntDigitLimit;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The one-shot JSON encoder of {@code _json.make_encoder}, as CPython's
 * {@code encoder_listencode_obj}: None/True/False, str (and subclasses) through the string
 * encoder, int and float by the base types' repr, list and tuple, dict (str, int, float,
 * bool and None keys; others skipped or a TypeError), anything else through {@code default}.
 * Containers being encoded are remembered when circular references are checked.
 */
final class JsonEncoder {
    private final boolean checkCircular;
    private final PyObject defaultFn;
    private final PyObject stringEncoder;
    /** 1 ASCII, 0 plain: the Java quoting when the encoder is one of this module's functions; -1 call it. */
    private final int quoting;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;

    JsonEncoder(boolean checkCircular, PyObject defaultFn, PyObject stringEncoder, PyObject asciiFn,
                PyObject plainFn, String keySeparator, String itemSeparator, boolean sortKeys, boolean skipKeys,
                boolean allowNan) {
        this.checkCircular = checkCircular;
        this.defaultFn = defaultFn;
        this.stringEncoder = stringEncoder;
        this.quoting = stringEncoder == asciiFn ? 1 : stringEncoder == plainFn ? 0 : -1;
        this.keySeparator = keySeparator;
        this.itemSeparator = itemSeparator;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.allowNan = allowNan;
    }

    String encode(PyObject o) {
        StringBuilder out = new StringBuilder();
        Set<PyObject> markers = checkCircular ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
        try {
            value(out, o, markers);
        } catch (StackOverflowError e) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.RecursionError,
                    "maximum recursion depth exceeded while encoding a JSON object");
        }
        return out.toString();
    }

    private void value(StringBuilder out, PyObject o, Set<PyObject> markers) {
        if (o == PyNone.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (o instanceof PyStr s) {
            string(out, s);
        } else if (o instanceof PyInt i) {
            out.append(intRepr(i));
        } else if (o instanceof PyFloat f) {
            out.append(floatRepr(f.value));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            array(out, o, markers);
        } else if (o instanceof PyDict d) {
            object(out, d, markers);
        } else {
            enter(markers, o);
            PyObject replacement = Calls.call1(defaultFn, o);
            value(out, replacement, markers);
            leave(markers, o);
        }
    }

    private void string(StringBuilder out, PyStr s) {
        if (quoting >= 0) {
            JsonStrings.quote(out, s.value(), quoting == 1);
            return;
        }
        PyObject r = Calls.call1(stringEncoder, s);
        if (!(r instanceof PyStr rs)) {
            throw Errors.typeError("encoder() must return a string, not %s", r.type().name());
        }
        out.append(rs.value());
    }

    private void array(StringBuilder out, PyObject seq, Set<PyObject> markers) {
        PyObject[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).toArray();
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        enter(markers, seq);
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(itemSeparator);
            }
            value(out, items[i], markers);
        }
        out.append(']');
        leave(markers, seq);
    }

    private void object(StringBuilder out, PyDict d, Set<PyObject> markers) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        enter(markers, d);
        PyObject[] keys;
        PyObject[] values;
        if (d.getClass() == PyDict.class && !sortKeys) {
            PyObject[][] kv = d.snapshot();
            keys = kv[0];
            values = kv[1];
        } else {
            // dict subclasses answer items() themselves; sort_keys sorts the (key, value) pairs
            PyList items = new PyList(Protocols.toArray(Ops.callMethod(d, "items")));
            if (sortKeys) {
                Ops.callMethod(items, "sort");
            }
            PyObject[] pairs = items.toArray();
            keys = new PyObject[pairs.length];
            values = new PyObject[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                PyObject[] kv = Protocols.toArray(pairs[i]);
                if (kv.length != 2) {
                    throw Errors.valueError("items must return 2-tuples");
                }
                keys[i] = kv[0];
                values[i] = kv[1];
            }
        }
        out.append('{');
        boolean first = true;
        for (int i = 0; i < keys.length; i++) {
            String key = keyString(keys[i]);
            if (key == null) {
                continue;   // skipkeys
            }
            if (!first) {
                out.append(itemSeparator);
            }
            first = false;
            string(out, keys[i] instanceof PyStr s ? s : PyStr.of(key));
            out.append(keySeparator);
            value(out, values[i], markers);
        }
        out.append('}');
        leave(markers, d);
    }

    /** The text of a key before quoting, or null to skip it. */
    private String keyString(PyObject k) {
        if (k instanceof PyStr s) {
            return s.value();
        }
        if (k instanceof PyFloat f) {
            return floatRepr(f.value);
        }
        if (k == PyBool.TRUE) {
            return "true";
        }
        if (k == PyBool.FALSE) {
            return "false";
        }
        if (k == PyNone.NONE) {
            return "null";
        }
        if (k instanceof PyInt i) {
            return intRepr(i);
        }
        if (skipKeys) {
            return null;
        }
        throw Errors.typeError("keys must be str, int, float, bool or None, not %s", k.type().name());
    }

    private static String intRepr(PyInt i) {
        return i.fitsLong() ? Long.toString(i.longValue()) : IntDigitLimit.toDecimalString(i.bigValue());
    }

    private String floatRepr(double v) {
        if (Double.isFinite(v)) {
            return FloatToString.repr(v);
        }
        if (!allowNan) {
            throw Errors.valueError("Out of range float values are not JSON compliant: %s",
                    Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf");
        }
        return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    private static void enter(Set<PyObject> markers, PyObject o) {
        if (markers != null && !markers.add(o)) {
            throw Errors.valueError("Circular reference detected");
        }
    }

    private static void leave(Set<PyObject> markers, PyObject o) {
        if (markers != null) {
            markers.remove(o);
        }
    }
}
