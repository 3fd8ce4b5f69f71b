package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the subset of Python literal syntax that CPython's repr produces for the golden
 * tables: ints, floats (and inf/nan), str, bytes, None/True/False, list, tuple, dict, set.
 */
final class Literal {
    private final String s;
    private int i;

    private Literal(String s) {
        this.s = s;
    }

    static PyObject parse(String s) {
        Literal p = new Literal(s);
        PyObject v = p.value();
        p.ws();
        if (p.i != s.length()) {
            throw new IllegalArgumentException("trailing text in literal: " + s);
        }
        return v;
    }

    private void ws() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    private boolean eat(String t) {
        ws();
        if (s.startsWith(t, i)) {
            i += t.length();
            return true;
        }
        return false;
    }

    private PyObject value() {
        ws();
        char c = s.charAt(i);
        if (c == '[') {
            i++;
            return new PyList(items("]"));
        }
        if (c == '(') {
            i++;
            return PyTuple.of(items(")"));
        }
        if (c == '{') {
            i++;
            if (eat("}")) {
                return new PyDict();
            }
            PyObject first = value();
            if (eat(":")) {
                PyDict d = new PyDict();
                d.setItem(first, value());
                while (eat(",")) {
                    if (eat("}")) {
                        return d;
                    }
                    PyObject k = value();
                    eat(":");
                    d.setItem(k, value());
                }
                eat("}");
                return d;
            }
            PySet set = new PySet();
            set.add(first);
            while (eat(",")) {
                if (s.startsWith("}", i)) {
                    break;
                }
                set.add(value());
            }
            eat("}");
            return set;
        }
        if (c == '\'' || c == '"') {
            return PyStr.of(string());
        }
        if (s.startsWith("<built-in function ", i)) {
            int end = s.indexOf('>', i);
            String name = s.substring(i + 19, end);
            i = end + 1;
            return Py.builtin(name);
        }
        if (s.startsWith("<class '", i)) {
            int end = s.indexOf("'>", i);
            String name = s.substring(i + 8, end);
            i = end + 2;
            return Py.builtin(name);
        }
        if (c == 'b' && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')) {
            i++;
            String raw = string();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (char ch : raw.toCharArray()) {
                out.write(ch);
            }
            return PyBytes.of(out.toByteArray());
        }
        if (Character.isLetter(c) && !s.startsWith("inf", i) && !s.startsWith("nan", i)) {
            int st = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            String name = s.substring(st, i);
            if (i < s.length() && s.charAt(i) == '(') {
                i++;
                return Py.builtin(name).call(items(")"), null);
            }
            return Py.builtin(name);
        }
        for (String[] kw : new String[][] {{"None"}, {"True"}, {"False"}, {"inf"}, {"-inf"}, {"nan"}}) {
            if (s.startsWith(kw[0], i)) {
                i += kw[0].length();
                switch (kw[0]) {
                    case "None": return PyNone.NONE;
                    case "True": return PyBool.TRUE;
                    case "False": return PyBool.FALSE;
                    case "inf": return PyFloat.of(Double.POSITIVE_INFINITY);
                    case "-inf": return PyFloat.of(Double.NEGATIVE_INFINITY);
                    default: return PyFloat.of(Double.NaN);
                }
            }
        }
        int st = i;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        while (i < s.length() && "0123456789.eE+-xabcdefABCDEF".indexOf(s.charAt(i)) >= 0) {
            if ((s.charAt(i) == '+' || s.charAt(i) == '-') && !(s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')) {
                break;
            }
            i++;
        }
        String num = s.substring(st, i);
        if (num.contains(".") || ((num.contains("e") || num.contains("E")) && !num.contains("x"))) {
            return PyFloat.of(Double.parseDouble(num));
        }
        return PyInt.of(new BigInteger(num));
    }

    private PyObject[] items(String close) {
        List<PyObject> out = new ArrayList<>();
        if (eat(close)) {
            return new PyObject[0];
        }
        out.add(value());
        while (eat(",")) {
            if (eat(close)) {
                return out.toArray(new PyObject[0]);
            }
            out.add(value());
        }
        if (!eat(close)) {
            throw new IllegalArgumentException("expected " + close + " at " + i + " in " + s);
        }
        return out.toArray(new PyObject[0]);
    }

    private String string() {
        char q = s.charAt(i++);
        StringBuilder sb = new StringBuilder();
        while (s.charAt(i) != q) {
            char c = s.charAt(i++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'x': sb.append((char) Integer.parseInt(s.substring(i, i + 2), 16)); i += 2; break;
                case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                case 'U': sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16)); i += 8; break;
                default: throw new IllegalArgumentException("escape \\" + e);
            }
        }
        i++;
        return sb.toString();
    }
}
