package dev.weft.runtime.modules.json;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _json.make_scanner(context)}'s scanner, as CPython's C {@code scan_once_unicode}: one
 * JSON value at an index, (value, end) or StopIteration(index) when none starts there, with the
 * C scanner's errors and positions (json.decoder turns StopIteration into "Expecting value").
 * The context's hooks and number parsers are honoured; float and int parse natively when they
 * are the built-in types. Keys are shared within one scan, as the C scanner's memo does.
 */
final class JsonScanner {
    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject pairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;

    JsonScanner(PyObject context) {
        strict = Ops.isTrue(Attr.getAttr(context, "strict"));
        objectHook = noneToNull(Attr.getAttr(context, "object_hook"));
        pairsHook = noneToNull(Attr.getAttr(context, "object_pairs_hook"));
        // null: the built-in parsing (the library leaves these None for "float", "int" and
        // the three constants when not given, as GraalPy's copy of json.decoder does)
        PyObject pf = Attr.getAttr(context, "parse_float");
        parseFloat = pf == PyFloat.TYPE || pf == PyNone.NONE ? null : pf;
        PyObject pi = Attr.getAttr(context, "parse_int");
        parseInt = pi == PyInt.TYPE || pi == PyNone.NONE ? null : pi;
        parseConstant = noneToNull(Attr.getAttr(context, "parse_constant"));
    }

    private static PyObject noneToNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    /** One scan: the state of a call (the text, its memo, the innermost container entered). */
    private final class Scan {
        final PyStr doc;
        final String s;
        final boolean bmp;
        final Map<String, PyStr> memo = new HashMap<>();
        final int[] after = new int[1];
        char innermost;

        Scan(PyStr doc) {
            this.doc = doc;
            this.s = doc.value();
            this.bmp = doc.isBmpOnly();
        }

        PyObject value(int idx) {
            int n = s.length();
            if (idx >= n) {
                throw stop(idx);
            }
            char c = s.charAt(idx);
            switch (c) {
                case '"':
                    return PyStr.of(JsonStringScanner.body(doc, idx + 1, strict, bmp, after));
                case '{':
                    return object(idx + 1);
                case '[':
                    return array(idx + 1);
                case 'n':
                    if (s.startsWith("null", idx)) {
                        after[0] = idx + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (s.startsWith("true", idx)) {
                        after[0] = idx + 4;
                        return PyBool.TRUE;
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", idx)) {
                        after[0] = idx + 5;
                        return PyBool.FALSE;
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", idx)) {
                        return constant("NaN", idx + 3);
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", idx)) {
                        return constant("Infinity", idx + 8);
                    }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", idx)) {
                        return constant("-Infinity", idx + 9);
                    }
                    break;
                default:
                    break;
            }
            return number(idx);
        }

        private PyObject constant(String name, int end) {
            after[0] = end;
            if (parseConstant == null) {
                return PyFloat.of(name.equals("NaN") ? Double.NaN
                        : name.equals("Infinity") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            }
            return Calls.call1(parseConstant, PyStr.of(name));
        }

        private PyObject number(int start) {
            int n = s.length();
            int i = start;
            if (i < n && s.charAt(i) == '-') {
                i++;
                if (i >= n) {
                    throw stop(start);
                }
            }
            if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
                i = digits(i + 1);
            } else if (i < n && s.charAt(i) == '0') {
                i++;
            } else {
                throw stop(start);
            }
            boolean isFloat = false;
            if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                i = digits(i + 2);
                isFloat = true;
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int e = i + 1;
                if (e < n && (s.charAt(e) == '-' || s.charAt(e) == '+')) {
                    e++;
                }
                int end = digits(e);
                if (end > e) {
                    i = end;
                    isFloat = true;
                }
            }
            String text = s.substring(start, i);
            after[0] = i;
            if (isFloat) {
                return parseFloat == null ? PyFloat.of(Double.parseDouble(text)) : Calls.call1(parseFloat, PyStr.of(text));
            }
            if (parseInt != null) {
                return Calls.call1(parseInt, PyStr.of(text));
            }
            return text.length() <= 18 ? PyInt.of(Long.parseLong(text)) : Calls.call1(PyInt.TYPE, PyStr.of(text));
        }

        private int digits(int i) {
            int n = s.length();
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private int skipSpace(int i) {
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        private PyObject object(int start) {
            innermost = '{';
            int n = s.length();
            List<PyObject> pairs = pairsHook != null ? new ArrayList<>() : null;
            PyDict dict = pairsHook == null ? new PyDict() : null;
            int i = skipSpace(start);
            if (i >= n || s.charAt(i) != '}') {
                while (i < n) {
                    if (s.charAt(i) != '"') {
                        throw error("Expecting property name enclosed in double quotes", i);
                    }
                    String keyText = JsonStringScanner.body(doc, i + 1, strict, bmp, after);
                    PyStr key = memo.computeIfAbsent(keyText, PyStr::of);
                    i = skipSpace(after[0]);
                    if (i >= n || s.charAt(i) != ':') {
                        throw error("Expecting ':' delimiter", i);
                    }
                    i = skipSpace(i + 1);
                    PyObject v = value(i);
                    if (pairs != null) {
                        pairs.add(PyTuple.of(key, v));
                    } else {
                        dict.setItem(key, v);
                    }
                    i = skipSpace(after[0]);
                    if (i < n && s.charAt(i) == '}') {
                        break;
                    }
                    if (i >= n || s.charAt(i) != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    int comma = i;
                    i = skipSpace(i + 1);
                    if (i < n && s.charAt(i) == '}') {
                        throw error("Illegal trailing comma before end of object", comma);
                    }
                }
            }
            if (i >= n || s.charAt(i) != '}') {
                throw error("Expecting property name enclosed in double quotes", i);
            }
            after[0] = i + 1;
            if (pairs != null) {
                return Calls.call1(pairsHook, new PyList(pairs.toArray(new PyObject[0])));
            }
            return objectHook != null ? Calls.call1(objectHook, dict) : dict;
        }

        private PyObject array(int start) {
            innermost = '[';
            int n = s.length();
            List<PyObject> items = new ArrayList<>();
            int i = skipSpace(start);
            if (i < n && s.charAt(i) != ']') {
                while (i < n) {
                    items.add(value(i));
                    i = skipSpace(after[0]);
                    if (i < n && s.charAt(i) == ']') {
                        break;
                    }
                    if (i >= n || s.charAt(i) != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    int comma = i;
                    i = skipSpace(i + 1);
                    if (i < n && s.charAt(i) == ']') {
                        throw error("Illegal trailing comma before end of array", comma);
                    }
                }
            }
            if (i >= n || s.charAt(i) != ']') {
                throw error("Expecting value", i);
            }
            after[0] = i + 1;
            return new PyList(items.toArray(new PyObject[0]));
        }

        private PyException error(String msg, int charIndex) {
            return JsonStringScanner.error(msg, doc, charIndex, bmp);
        }

        private PyException stop(int charIndex) {
            return Errors.stopIterationRaised(PyInt.of(JsonStringScanner.position(s, charIndex, bmp)));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code scanner(string, idx)}: (value, end). */
    PyObject scanOnce(PyObject string, PyObject index) {
        if (!(string instanceof PyStr doc)) {
            throw Errors.typeError("first argument must be a string, not %s", string.type().name());
        }
        long idx = dev.weft.runtime.ops.Protocols.indexValue(index, "int");
        if (idx < 0) {
            throw Errors.valueError("idx cannot be negative");
        }
        Scan scan = new Scan(doc);
        if (idx >= doc.length()) {
            throw Errors.stopIterationRaised(PyInt.of(idx));
        }
        int start = scan.bmp ? (int) idx : doc.charIndex((int) idx);
        PyObject v;
        try {
            v = scan.value(start);
        } catch (StackOverflowError e) {
            throw Errors.make(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON "
                    + (scan.innermost == '[' ? "array" : "object") + " from a unicode string");
        }
        return PyTuple.of(v, PyInt.of(JsonStringScanner.position(scan.s, scan.after[0], scan.bmp)));
    }
}
